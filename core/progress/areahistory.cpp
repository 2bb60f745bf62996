// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "areahistory.h"

#include <QHash>
#include <QSet>

namespace hoego::progress {
namespace {

GoalState stateOfTrace(const GoalTrace &trace)
{
    switch (trace.status) {
    case GoalStatus::Done:
        return GoalState::Done;
    case GoalStatus::Dropped:
        return GoalState::Dropped;
    case GoalStatus::CarriedOver:
        return GoalState::Carried;
    case GoalStatus::Open:
        break;
    }
    return GoalState::Open; // telling open from in progress needs the milestones; the rate does not
}

} // namespace

CompletionByArea completionByArea(const QList<GoalTrace> &traces, const QList<Area> &areas)
{
    CompletionByArea result;
    int first = 0;
    int last = 0;
    for (const GoalTrace &trace : traces) {
        if (!isCounted(stateOfTrace(trace)))
            continue;
        first = first == 0 ? trace.yearNumber : qMin(first, trace.yearNumber);
        last = qMax(last, trace.yearNumber);
    }
    if (first == 0)
        return result;
    for (int year = first; year <= last; ++year)
        result.years << year;

    QHash<Id, QList<GoalCounts>> byArea;
    QSet<Id> known;
    for (const Area &area : areas)
        known.insert(area.id);
    for (const GoalTrace &trace : traces) {
        const GoalState state = stateOfTrace(trace);
        if (!isCounted(state))
            continue;
        // An area deleted meanwhile leaves its goals without one, as the board shows them.
        const Id area = known.contains(trace.areaId) ? trace.areaId : 0;
        QList<GoalCounts> &years = byArea[area];
        if (years.isEmpty())
            years.resize(result.years.size());
        years[trace.yearNumber - first].add(state);
    }
    for (const Area &area : areas) {
        if (byArea.contains(area.id))
            result.areas << AreaYears{area.id, byArea.value(area.id)};
    }
    if (byArea.contains(0))
        result.areas << AreaYears{0, byArea.value(0)};
    return result;
}

} // namespace hoego::progress
