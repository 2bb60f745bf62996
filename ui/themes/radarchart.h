// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "model/entities.h"

#include <QHash>
#include <QList>
#include <QPointF>
#include <QWidget>

namespace hoego {

// A year's themes on the four rings of a technology radar (Adopt in the middle, then Trial, Assess and Hold),
// with one sector per area. A theme is moved to another ring by dragging its dot there, or with the keyboard:
// Left/Right choose a theme, Up moves it inward, Down outward. Drawn with the palette, so it follows the theme.
class RadarChart final : public QWidget
{
    Q_OBJECT

public:
    explicit RadarChart(QWidget *parent = nullptr);

    void setThemes(const QList<YearTheme> &themes, const QHash<Id, Area> &areas);
    void setEditable(bool editable) { m_editable = editable; }
    void setSelectedEntry(Id entryId);
    Id selectedEntry() const { return m_selected; }
    // The themes shown and an area's name as the radar labels its sector (for the accessibility interface).
    const QList<YearTheme> &themes() const { return m_themes; }
    QString areaName(Id areaId) const;
    // Where a theme's dot is drawn (for tests and the accessibility description); a null point when absent.
    QPointF dotPosition(Id entryId) const;
    // The middle of a ring (0 = Adopt ... 3 = Hold) in the theme's sector, to drop a dot on.
    QPointF ringPoint(Id entryId, ThemeState state) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void entrySelected(Id entryId);
    void stateChangeRequested(Id entryId, hoego::ThemeState state);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Placed
    {
        const YearTheme *theme;
        double angle; // radians, within its sector
        QPointF dot;
    };

    QPointF center() const;
    double outerRadius() const;
    double ringRadius(int ring) const; // outer edge of ring 0..3
    // The ring (0..3) at a distance from the centre, or -1 outside the radar.
    int ringAt(const QPointF &point) const;
    void layoutDots();
    const Placed *placedAt(const QPointF &point) const;
    const Placed *placedOf(Id entryId) const;
    void updateAccessibleText();
    void requestState(Id entryId, ThemeState state);

    QList<YearTheme> m_themes;
    QHash<Id, Area> m_areas;
    QList<Id> m_sectorAreas; // area ids in sector order (0: no area)
    QList<Placed> m_placed;
    Id m_selected = 0;
    Id m_dragged = 0;
    QPointF m_dragPoint;
    bool m_editable = true;
};

} // namespace hoego
