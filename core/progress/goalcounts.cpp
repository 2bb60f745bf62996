// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "goalcounts.h"

#include <algorithm>

namespace hoego::progress {

GoalState stateOf(const Goal &goal)
{
    switch (goal.status) {
    case GoalStatus::Done:
        return GoalState::Done;
    case GoalStatus::Dropped:
        return GoalState::Dropped;
    case GoalStatus::CarriedOver:
        return GoalState::Carried;
    case GoalStatus::Open:
        break;
    }
    const bool started = (goal.kind == GoalKind::Count && goal.current > 0)
            || (goal.kind == GoalKind::Milestones
                && std::any_of(goal.milestones.cbegin(), goal.milestones.cend(),
                               [](const Milestone &milestone) { return milestone.done; }));
    return started ? GoalState::InProgress : GoalState::Open;
}

bool isCounted(GoalState state)
{
    return state != GoalState::Dropped && state != GoalState::Carried;
}

void GoalCounts::add(GoalState state)
{
    switch (state) {
    case GoalState::Done:
        ++done;
        break;
    case GoalState::InProgress:
        ++inProgress;
        break;
    case GoalState::Open:
        ++open;
        break;
    case GoalState::Dropped:
        ++dropped;
        break;
    case GoalState::Carried:
        ++carried;
        break;
    }
}

GoalCounts countGoals(const QList<Goal> &goals)
{
    GoalCounts counts;
    for (const Goal &goal : goals)
        counts.add(stateOf(goal));
    return counts;
}

GoalCounts countsOf(const YearOverview &overview)
{
    GoalCounts counts;
    counts.done = overview.goalsDone;
    counts.dropped = overview.goalsDropped;
    counts.carried = overview.goalsCarried;
    counts.open = std::max(0, overview.goalCount - counts.done - counts.dropped - counts.carried);
    return counts;
}

QString CountsText::doneOfTotal(const GoalCounts &counts)
{
    if (counts.total() == 0)
        return tr("No goals counted");
    return tr("%1 of %2 done · %3%").arg(counts.done).arg(counts.total()).arg(counts.percent());
}

QString CountsText::breakdown(const GoalCounts &counts)
{
    QStringList parts;
    if (counts.inProgress > 0)
        parts << tr("%1 in progress").arg(counts.inProgress);
    if (counts.open > 0)
        parts << tr("%1 open").arg(counts.open);
    if (counts.dropped > 0)
        parts << tr("%1 dropped").arg(counts.dropped);
    if (counts.carried > 0)
        parts << tr("%1 carried over").arg(counts.carried);
    return parts.join(QStringLiteral(" · "));
}

QString CountsText::withoutSplit(const GoalCounts &counts)
{
    GoalCounts setAside;
    setAside.dropped = counts.dropped;
    setAside.carried = counts.carried;
    const QString rest = breakdown(setAside);
    return rest.isEmpty() ? doneOfTotal(counts) : doneOfTotal(counts) + QStringLiteral(" · ") + rest;
}

QString CountsText::line(const GoalCounts &counts)
{
    const QString rest = breakdown(counts);
    return rest.isEmpty() ? doneOfTotal(counts) : doneOfTotal(counts) + QStringLiteral(" · ") + rest;
}

} // namespace hoego::progress
