// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "outputcounts.h"

#include "model/outputkinds.h"

#include <algorithm>

namespace hoego::progress {
namespace {

// The built-in kinds in their fixed order, then the others by name.
bool kindBefore(const QString &a, const QString &b)
{
    const QStringList builtin = outputkinds::builtinKeys();
    const qsizetype ia = builtin.indexOf(a);
    const qsizetype ib = builtin.indexOf(b);
    if (ia >= 0 || ib >= 0)
        return ib < 0 || (ia >= 0 && ia < ib);
    return a.localeAwareCompare(b) < 0;
}

KindCounts &countsFor(QList<KindCounts> &kinds, const QString &kind, qsizetype columns)
{
    auto found = std::find_if(kinds.begin(), kinds.end(), [&](const KindCounts &k) { return k.kind == kind; });
    if (found != kinds.end())
        return *found;
    kinds << KindCounts{kind, QList<int>(columns, 0), 0};
    return kinds.last();
}

void sortKinds(QList<KindCounts> &kinds)
{
    std::sort(kinds.begin(), kinds.end(),
              [](const KindCounts &a, const KindCounts &b) { return kindBefore(a.kind, b.kind); });
}

} // namespace

int OutputsByMonth::inMonth(int month) const
{
    int sum = 0;
    for (const KindCounts &kind : kinds)
        sum += kind.counts.value(month);
    return sum;
}

OutputsByMonth outputsByMonth(const QList<OutputTally> &tallies, int yearNumber)
{
    OutputsByMonth result;
    result.yearNumber = yearNumber;
    for (const OutputTally &tally : tallies) {
        if (tally.yearNumber != yearNumber || tally.month < 0 || tally.month > 12)
            continue;
        KindCounts &kind = countsFor(result.kinds, tally.kind, 13);
        kind.counts[tally.month] += tally.count;
        kind.total += tally.count;
        result.total += tally.count;
    }
    sortKinds(result.kinds);
    return result;
}

OutputsAcrossYears outputsAcrossYears(const QList<OutputTally> &tallies, QList<int> years)
{
    OutputsAcrossYears result;
    std::sort(years.begin(), years.end());
    years.erase(std::unique(years.begin(), years.end()), years.end());
    int first = 0;
    for (const OutputTally &tally : tallies) {
        if (tally.count > 0 && years.contains(tally.yearNumber))
            first = first == 0 ? tally.yearNumber : qMin(first, tally.yearNumber);
    }
    if (first == 0)
        return result;
    for (int year : std::as_const(years)) {
        if (year >= first)
            result.years << year;
    }
    for (const OutputTally &tally : tallies) {
        const qsizetype column = result.years.indexOf(tally.yearNumber);
        if (column < 0)
            continue;
        KindCounts &kind = countsFor(result.kinds, tally.kind, result.years.size());
        kind.counts[column] += tally.count;
        kind.total += tally.count;
    }
    sortKinds(result.kinds);
    return result;
}

} // namespace hoego::progress
