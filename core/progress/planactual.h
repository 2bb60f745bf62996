// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "goalcounts.h"
#include "model/entities.h"
#include "model/yearhistory.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <utility>

// Plan against actual (issue 13): the goals planned for a year, where each came from, and what happened to it.
namespace hoego::progress {

// A goal carried this many times stands out: it has been planned and put off year after year.
inline constexpr int kCarriedAgainAndAgain = 2;

enum class PlanOrigin {
    SetForYear, // a goal of its own year, not continued from an earlier one
    CarriedFromPreviousYear, // carried over at the close of the year before
    CarriedFromEarlierYear, // carried over from a year further back (a year was skipped)
};

// Where a goal came from: the chain of goals it continues, back to the year it was first set.
struct GoalOrigin
{
    PlanOrigin origin = PlanOrigin::SetForYear;
    int fromYear = 0; // the year of the goal it continues; 0 when set for its own year
    int firstYear = 0; // the year it was first set
    int timesCarried = 0; // how many closings carried it here
    QList<int> years; // every year it was planned for, the first one to this one

    bool carriedAgainAndAgain() const { return timesCarried >= kCarriedAgainAndAgain; }
};

// The origin of every goal of `yearNumber` among `traces` (all years' goals). A loop in the chain, which only a
// damaged file can hold, ends the chain where it comes back.
QHash<Id, GoalOrigin> originsInYear(const QList<GoalTrace> &traces, int yearNumber);

// One planned goal against what happened to it.
struct PlanRow
{
    Goal goal;
    GoalOrigin origin;
    GoalState state = GoalState::Open;
    int carriedToYear = 0; // the year it was carried on to, when it was
    QList<EvidenceItem> evidence; // outputs and events linked to it, by date
    QStringList themes; // the themes linked to it, in the order given
};

struct PlanSummary
{
    int planned = 0; // every goal of the year, dropped and carried ones included
    int setForYear = 0;
    int carried = 0; // continued from an earlier year
    int carriedAgainAndAgain = 0;
    GoalCounts newGoals; // the goals set for the year, counted by the one rule
    GoalCounts carriedGoals; // the goals continued from an earlier year
    int withEvidence = 0; // goals with at least one output or event linked
    int outputs = 0; // evidence links to outputs
    int events = 0; // evidence links to events

    GoalCounts all() const;
};

struct PlanAgainstActual
{
    int yearNumber = 0;
    QList<PlanRow> rows; // in the order of `goals`
    PlanSummary summary;
};

// `goals`: the year's goals with their milestones; `traces`: every year's goals (for the chains and where the
// carried ones went); `evidence`: the evidence of the year's goals; `themes`: goal id and theme name pairs.
PlanAgainstActual planAgainstActual(int yearNumber, const QList<Goal> &goals, const QList<GoalTrace> &traces,
                                    const QList<EvidenceItem> &evidence, const QList<std::pair<Id, QString>> &themes);

} // namespace hoego::progress
