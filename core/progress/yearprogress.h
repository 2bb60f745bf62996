#pragma once

#include "model/entities.h"

#include <QList>

// Aggregates of a year's goals: the ring (done of total) and the bars by area.
namespace hoego::progress {

struct Summary
{
    int done = 0;
    int total = 0; // goals that count (dropped ones left out)
    double rate = 0.0; // done / total, 0 when there is nothing to count
    double average = 0.0; // mean of the goals' fractions: partial progress included
};

struct AreaProgress
{
    Id areaId = 0; // 0: goals without an area
    Summary summary;
};

Summary summarize(const QList<Goal> &goals);
// One entry per area that has counted goals, in the order the areas first appear on the board.
QList<AreaProgress> byArea(const QList<Goal> &goals);

} // namespace hoego::progress
