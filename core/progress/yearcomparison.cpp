#include "yearcomparison.h"

#include <algorithm>

namespace hoego::progress {

QList<YearComparison> acrossYears(const QList<YearOverview> &years)
{
    QList<YearComparison> result;
    for (const YearOverview &overview : years) {
        YearComparison row;
        row.yearNumber = overview.year.number;
        row.goalsDone = overview.goalsDone;
        row.goalsCounted = std::max(0, overview.goalCount - overview.goalsDropped);
        row.rate = row.goalsCounted > 0 ? double(row.goalsDone) / double(row.goalsCounted) : 0.0;
        row.events = overview.eventCount;
        result << row;
    }
    std::sort(result.begin(), result.end(),
              [](const YearComparison &a, const YearComparison &b) { return a.yearNumber < b.yearNumber; });
    return result;
}

} // namespace hoego::progress
