// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "progress/monthlyprogress.h"

#include "chartviews.h"

#include <QChartView>

namespace hoego {

// Goals done by the end of each month (a cumulative line) against the even pace that finishes them all by
// December (dashed).
class MonthLineChart final : public QChartView, public charts::MonthLine
{
    Q_OBJECT
    Q_INTERFACES(hoego::charts::Chart)

public:
    explicit MonthLineChart(QWidget *parent = nullptr);
    QWidget *widget() override { return this; }
    QList<AccessibleItem> accessibleItems() const override;
    void setMonths(const QList<progress::MonthPoint> &months, int total) override;

protected:
    // Draws again in the new palette as soon as this view has it.
    void changeEvent(QEvent *event) override;

private:
    QList<progress::MonthPoint> m_months;
    int m_total = 0;
};

} // namespace hoego
