// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "chartviews.h"
#include "progress/goalcounts.h"

#include <QChartView>

class QLabel;

namespace hoego {

// The share of a year's counted goals that are done: a donut with the percentage and "7 of 10" in its hole.
class RingChart final : public QChartView, public charts::GoalRing
{
    Q_OBJECT
    Q_INTERFACES(hoego::charts::Chart)

public:
    explicit RingChart(QWidget *parent = nullptr);
    QWidget *widget() override { return this; }
    QList<AccessibleItem> accessibleItems() const override;
    void setCounts(const progress::GoalCounts &counts, const QString &summary) override;

protected:
    void resizeEvent(QResizeEvent *event) override;
    // Draws again in the new palette: the page above hears of the change before its charts have the palette.
    void changeEvent(QEvent *event) override;

private:
    void placeLabels();

    QLabel *m_percent = nullptr;
    QLabel *m_count = nullptr;
    progress::GoalCounts m_counts;
    QString m_summary;
};

} // namespace hoego
