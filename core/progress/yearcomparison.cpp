// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "yearcomparison.h"

#include "goalcounts.h"

#include <algorithm>

namespace hoego::progress {

QList<YearComparison> acrossYears(const QList<YearOverview> &years)
{
    QList<YearComparison> result;
    for (const YearOverview &overview : years) {
        YearComparison row;
        row.yearNumber = overview.year.number;
        const GoalCounts counts = countsOf(overview);
        row.goalsDone = counts.done;
        row.goalsCounted = counts.total();
        row.rate = counts.rate();
        row.events = overview.eventCount;
        result << row;
    }
    std::sort(result.begin(), result.end(),
              [](const YearComparison &a, const YearComparison &b) { return a.yearNumber < b.yearNumber; });
    return result;
}

} // namespace hoego::progress
