#pragma once

#include "progress/yearprogress.h"

#include <QChartView>

class QLabel;

namespace hoego {

// The share of a year's goals that are done: a donut with the percentage and "7 of 10" in its hole.
class RingChart final : public QChartView
{
    Q_OBJECT

public:
    explicit RingChart(QWidget *parent = nullptr);
    void setSummary(const progress::Summary &summary);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void placeLabels();

    QLabel *m_percent = nullptr;
    QLabel *m_count = nullptr;
};

} // namespace hoego
