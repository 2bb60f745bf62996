// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "chartviews.h"

#include <QChartView>

namespace hoego {

// One bar per year with its value on top: used side by side for the completion rate and the number of events.
class YearBarChart final : public QChartView, public charts::YearBars
{
    Q_OBJECT
    Q_INTERFACES(hoego::charts::Chart)

public:
    explicit YearBarChart(const QString &title, QWidget *parent = nullptr);
    QWidget *widget() override { return this; }
    QList<AccessibleItem> accessibleItems() const override;
    // `percent`: values are 0..100 and the axis reads as a percentage, drawn in the done colour; counts are
    // drawn in the accent colour.
    void setYears(const QList<int> &years, const QList<int> &values, bool percent) override;

protected:
    // Draws again in the new palette as soon as this view has it.
    void changeEvent(QEvent *event) override;

private:
    QString m_title;
    QList<int> m_years;
    QList<int> m_values;
    bool m_percent = false;
};

} // namespace hoego
