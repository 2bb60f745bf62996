#pragma once

#include "model/ids.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace hoego {

struct Repositories;
class AreaBarChart;
class MonthLineChart;
class RingChart;
class YearBarChart;

// Progress views: for the selected year the ring of goals done, progress by area and completions over the
// months; across years the completion rate and the number of events. refresh() rereads everything (the goals
// board calls it after each change); "Save as…" writes the charts as PNG or SVG.
class ProgressPage final : public QWidget
{
    Q_OBJECT

public:
    ProgressPage(Repositories &repos, QWidget *parent = nullptr);

    void setYear(Id yearId);
    void refresh();
    // Writes the charts to `path`, as SVG when it ends in .svg and as PNG otherwise; returns the error message
    // or an empty string.
    QString saveTo(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void saveAs();

    Repositories &m_repos;
    Id m_yearId = 0;
    QLabel *m_heading = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_save = nullptr;
    QWidget *m_charts = nullptr;
    RingChart *m_ring = nullptr;
    AreaBarChart *m_areas = nullptr;
    MonthLineChart *m_months = nullptr;
    YearBarChart *m_rates = nullptr;
    YearBarChart *m_events = nullptr;
};

} // namespace hoego
