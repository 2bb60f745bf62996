#pragma once

#include <QChartView>

namespace hoego {

// One bar per year with its value on top: used side by side for the completion rate and the number of events.
class YearBarChart final : public QChartView
{
    Q_OBJECT

public:
    explicit YearBarChart(const QString &title, QWidget *parent = nullptr);
    // `percent`: values are 0..100 and the axis reads as a percentage.
    void setYears(const QList<int> &years, const QList<int> &values, bool percent, const QColor &color);

private:
    QString m_title;
};

} // namespace hoego
