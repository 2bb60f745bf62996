// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "model/entities.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// The one way Hoego counts a year's goals. Every surface (overview, goals board, ring, area bars, timeline,
// exports, command line) takes its numbers from here, so they cannot disagree.
//
// The rule: a dropped goal and a goal carried over to a later year are listed but not counted; the carried goal
// counts in the year it was carried into. total = done + in progress + open, and the share is done / total.
namespace hoego::progress {

// Where a goal stands in its own year.
enum class GoalState {
    Done,
    InProgress, // open, with a count above zero or at least one milestone done
    Open, // open, nothing done yet
    Dropped,
    Carried, // carried over to a later year
};

GoalState stateOf(const Goal &goal);
// Whether the goal is in the total (neither dropped nor carried over).
bool isCounted(GoalState state);

struct GoalCounts
{
    int done = 0;
    int inProgress = 0;
    int open = 0;
    int dropped = 0;
    int carried = 0;

    int total() const { return done + inProgress + open; }
    int all() const { return total() + dropped + carried; }
    double rate() const { return total() > 0 ? double(done) / double(total()) : 0.0; }
    // The rate rounded to a whole percent; inline, as the charts module draws it without linking core.
    int percent() const { return qRound(rate() * 100.0); }
    void add(GoalState state);
    bool operator==(const GoalCounts &other) const = default;
};

GoalCounts countGoals(const QList<Goal> &goals);
// Done, dropped, carried and the total from the per-year numbers the timeline reads in one query. Telling the
// goals under way from those not started needs every milestone, which that query leaves out (it would double
// its time), so `open` holds both and `inProgress` is 0: use it for done / total, countGoals for the split.
GoalCounts countsOf(const YearOverview &overview);

// The words for counts in the interface language ("3 of 8 done · 38%"), shared by the window and the command
// line. Exports use reportwords instead: they are written in the language chosen for the export.
class CountsText
{
    Q_DECLARE_TR_FUNCTIONS(hoego::progress::CountsText)

public:
    // "3 of 8 done · 38%"; "No goals counted" when the total is zero.
    static QString doneOfTotal(const GoalCounts &counts);
    // "2 in progress · 3 open · 1 dropped · 1 carried over", leaving out the parts that are zero.
    static QString breakdown(const GoalCounts &counts);
    // Both, joined: the one line the overview, tooltips and `hoego goals --summary` show.
    static QString line(const GoalCounts &counts);
    // "3 of 8 done · 38% · 1 dropped · 1 carried over": for counts from countsOf, without the split.
    static QString withoutSplit(const GoalCounts &counts);
};

} // namespace hoego::progress
