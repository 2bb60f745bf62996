// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "progress/goalcounts.h"

#include <QChartView>

class QLabel;

namespace hoego {

// The share of a year's counted goals that are done: a donut with the percentage and "7 of 10" in its hole.
class RingChart final : public QChartView
{
    Q_OBJECT

public:
    explicit RingChart(QWidget *parent = nullptr);
    void setCounts(const progress::GoalCounts &counts);

protected:
    void resizeEvent(QResizeEvent *event) override;
    // Draws again in the new palette: the page above hears of the change before its charts have the palette.
    void changeEvent(QEvent *event) override;

private:
    void placeLabels();

    QLabel *m_percent = nullptr;
    QLabel *m_count = nullptr;
    progress::GoalCounts m_counts;
};

} // namespace hoego
