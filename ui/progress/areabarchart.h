#pragma once

#include "model/entities.h"
#include "progress/yearprogress.h"

#include <QChartView>

namespace hoego {

// Progress by area as horizontal bars in each area's colour; the label says how many goals are done.
class AreaBarChart final : public QChartView
{
    Q_OBJECT

public:
    explicit AreaBarChart(QWidget *parent = nullptr);
    void setAreas(const QList<progress::AreaProgress> &progress, const QList<Area> &areas);
};

} // namespace hoego
