// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "planactual.h"

#include <QSet>

#include <algorithm>

namespace hoego::progress {

QHash<Id, GoalOrigin> originsInYear(const QList<GoalTrace> &traces, int yearNumber)
{
    QHash<Id, const GoalTrace *> byId;
    byId.reserve(traces.size());
    for (const GoalTrace &trace : traces)
        byId.insert(trace.id, &trace);

    QHash<Id, GoalOrigin> origins;
    for (const GoalTrace &trace : traces) {
        if (trace.yearNumber != yearNumber)
            continue;
        GoalOrigin origin;
        QList<int> years{trace.yearNumber};
        QSet<Id> seen{trace.id};
        const GoalTrace *step = &trace;
        while (const GoalTrace *earlier = byId.value(step->carriedFromId)) {
            if (seen.contains(earlier->id))
                break;
            seen.insert(earlier->id);
            years.prepend(earlier->yearNumber);
            step = earlier;
        }
        origin.years = years;
        origin.firstYear = years.constFirst();
        origin.timesCarried = int(years.size()) - 1;
        if (origin.timesCarried > 0) {
            origin.fromYear = years.at(years.size() - 2);
            origin.origin = origin.fromYear == yearNumber - 1 ? PlanOrigin::CarriedFromPreviousYear
                                                              : PlanOrigin::CarriedFromEarlierYear;
        }
        origins.insert(trace.id, origin);
    }
    return origins;
}

GoalCounts PlanSummary::all() const
{
    GoalCounts sum = newGoals;
    sum.done += carriedGoals.done;
    sum.inProgress += carriedGoals.inProgress;
    sum.open += carriedGoals.open;
    sum.dropped += carriedGoals.dropped;
    sum.carried += carriedGoals.carried;
    return sum;
}

PlanAgainstActual planAgainstActual(int yearNumber, const QList<Goal> &goals, const QList<GoalTrace> &traces,
                                    const QList<EvidenceItem> &evidence, const QList<std::pair<Id, QString>> &themes)
{
    PlanAgainstActual plan;
    plan.yearNumber = yearNumber;
    const QHash<Id, GoalOrigin> origins = originsInYear(traces, yearNumber);
    // Where a goal went: the later goal that names it as its origin.
    QHash<Id, int> carriedTo;
    for (const GoalTrace &trace : traces) {
        if (trace.carriedFromId != 0)
            carriedTo.insert(trace.carriedFromId, trace.yearNumber);
    }
    QHash<Id, QList<EvidenceItem>> evidenceOf;
    for (const EvidenceItem &item : evidence)
        evidenceOf[item.link.goalId] << item;
    QHash<Id, QStringList> themesOf;
    for (const auto &[goalId, name] : themes) {
        if (!themesOf[goalId].contains(name))
            themesOf[goalId] << name;
    }

    PlanSummary &summary = plan.summary;
    for (const Goal &goal : goals) {
        PlanRow row;
        row.goal = goal;
        // A goal missing from the traces (read a moment apart) is taken as set for its year.
        row.origin = origins.value(goal.id, GoalOrigin{PlanOrigin::SetForYear, 0, yearNumber, 0, {yearNumber}});
        row.state = stateOf(goal);
        row.carriedToYear = goal.status == GoalStatus::CarriedOver ? carriedTo.value(goal.id) : 0;
        row.evidence = evidenceOf.value(goal.id);
        std::stable_sort(row.evidence.begin(), row.evidence.end(), [](const EvidenceItem &a, const EvidenceItem &b) {
            return a.date.firstDay() < b.date.firstDay();
        });
        row.themes = themesOf.value(goal.id);

        ++summary.planned;
        if (row.origin.timesCarried > 0) {
            ++summary.carried;
            summary.carriedGoals.add(row.state);
            if (row.origin.carriedAgainAndAgain())
                ++summary.carriedAgainAndAgain;
        } else {
            ++summary.setForYear;
            summary.newGoals.add(row.state);
        }
        if (!row.evidence.isEmpty())
            ++summary.withEvidence;
        for (const EvidenceItem &item : std::as_const(row.evidence))
            ++(item.link.source == EvidenceSource::Output ? summary.outputs : summary.events);
        plan.rows << row;
    }
    return plan;
}

} // namespace hoego::progress
