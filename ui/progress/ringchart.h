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

private:
    void placeLabels();

    QLabel *m_percent = nullptr;
    QLabel *m_count = nullptr;
};

} // namespace hoego
