// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "model/ids.h"

#include <QAbstractScrollArea>
#include <QPersistentModelIndex>

class QAbstractItemModel;

namespace hoego {

// The year as a month-by-month timeline: a lane for events known only to the year, then one row per month
// with a lane for month-only events and the day events placed along the month's days. Cards are coloured by
// area and show their tags. Drag a card onto another month to move it there.
class EventTimelineView final : public QAbstractScrollArea
{
    Q_OBJECT

public:
    static constexpr int kYearLane = 0; // "month" number of the lane for year-only events

    explicit EventTimelineView(QWidget *parent = nullptr);
    // The MIME type a dragged event carries (its id as text).
    static QString mimeType();

    // Reads rows of `model` (an EventsModel or a proxy over it); the view does not own it.
    void setModel(QAbstractItemModel *model);
    QAbstractItemModel *model() const { return m_model; }
    void setYearNumber(int yearNumber);
    void setReadOnly(bool readOnly);

    QModelIndex currentIndex() const { return m_current; }
    void setCurrentIndex(const QModelIndex &index);
    // The month of the selected event, or of the month row clicked last; 0 when none.
    int selectedMonth() const;
    // Where an index or a month row is drawn, in viewport coordinates (empty when unknown).
    QRect visualRect(const QModelIndex &index) const;
    QRect monthRect(int month) const;
    QModelIndex indexAt(const QPoint &viewportPos) const;
    // The month row under a viewport position: 1..12, kYearLane, or -1 outside every row.
    int monthAt(const QPoint &viewportPos) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void currentChanged(const QModelIndex &current);
    void activated(const QModelIndex &index);
    void eventDropped(Id eventId, int month);
    void pasteRequested(const QString &text);
    void deleteRequested();
    void addRequested();
    // A right-click: on an event (valid index) or on a month row (invalid index, month in selectedMonth()).
    void contextMenuRequested(const QModelIndex &index, const QPoint &globalPos);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    struct Card
    {
        int row = 0;
        QRect rect; // content coordinates
    };

    void relayout();
    void updateScrollBars();
    QPoint offset() const;
    QRect toViewport(const QRect &contentRect) const;
    int cardWidth(const QModelIndex &index) const;
    int cardHeight() const;
    void paintRowBackgrounds(QPainter &painter);
    void paintCard(QPainter &painter, const Card &card);
    void startDrag(const QModelIndex &index);
    void moveCurrent(int step);
    void describeCurrent();

    QAbstractItemModel *m_model = nullptr;
    QPersistentModelIndex m_current;
    QList<Card> m_cards;
    QList<QRect> m_rows; // 13 rows: kYearLane then January..December, content coordinates
    QSize m_contentSize;
    int m_yearNumber = 0;
    int m_clickedMonth = 0;
    int m_dropMonth = -1;
    int m_hoverRow = -1;
    bool m_readOnly = false;
    QPoint m_pressPos;
    QPersistentModelIndex m_pressIndex;
};

} // namespace hoego
