// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "progress/areahistory.h"

#include "chartviews.h"

#include <QChartView>

namespace hoego {

// Completion rate by area over the years (issue 13): one line per area in the area's colour, a point for each
// year the area had counted goals. The rates are also in the accessible description.
class AreaYearsChart final : public QChartView, public charts::AreaYears
{
    Q_OBJECT
    Q_INTERFACES(hoego::charts::Chart)

public:
    explicit AreaYearsChart(QWidget *parent = nullptr);
    QWidget *widget() override { return this; }
    QList<AccessibleItem> accessibleItems() const override;
    void setHistory(const progress::CompletionByArea &history, const QList<Area> &areas) override;
    // "Health: 2024 50%, 2025 100%; Study: …"
    QString valuesText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    QString areaName(Id areaId) const;

    progress::CompletionByArea m_history;
    QList<Area> m_areas;
};

} // namespace hoego
