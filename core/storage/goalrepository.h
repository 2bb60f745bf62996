// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "incominglinks.h"
#include "model/entities.h"
#include "result.h"

#include <QDate>
#include <QHash>
#include <QList>

namespace hoego {

// What carrying a goal over created: the new goal, and its year (created when it did not exist yet).
struct CarryResult
{
    Id goalId = 0;
    Id yearId = 0;
    bool yearCreated = false;
};

// A goal at the live end of a carry chain, with how many years it has been carried.
struct CarriedGoal
{
    Goal goal;
    int yearNumber = 0;
    int carriedYears = 0;
};

// Goals of a year with their milestones and evidence links. Completion rules live here so every caller
// (board, command line, importers) agrees: reaching a count's target or checking the last milestone completes
// a goal; going back below reopens it.
class GoalRepository
{
public:
    explicit GoalRepository(QString connection)
        : m_connection(std::move(connection))
    { }

    // Goals in board order, each with its milestones and links (three queries, not one per goal).
    Result<QList<Goal>> forYear(Id yearId) const;
    Result<Goal> get(Id id) const;

    // Stores a new goal with its milestones and links; returns its id.
    Result<Id> create(const Goal &goal);
    // Puts back a deleted goal with its milestones and links under the old ids (undo), and links again the
    // unfinished items and carried goals that pointed at it.
    Status restore(const Goal &goal, const IncomingLinks &links = {});
    // The unfinished items and carried goals pointing at the goal, which a delete unlinks: read them first.
    Result<IncomingLinks> incomingLinks(Id id) const;
    // Rewrites title, area, notes, kind and target; status follows from the new kind.
    Status update(const Goal &goal);
    Status remove(Id id);
    Status move(Id id, int newIndex);

    // Marks done on `day` (when invalid: today, at most the last day of the goal's year) or back to open. A
    // dropped or carried goal is refused: reopen it first, or check off its continuation in the later year.
    Status check(Id id, QDate day = {});
    Status uncheck(Id id);
    // Moves the done date of a done goal. The day may be neither before January 1 of the goal's year (a goal is
    // set for its year) nor after today (a date that has not come yet); later years are allowed: a goal finished
    // late was still finished then.
    Status setDoneOn(Id id, QDate day);
    // Sets the count of a count goal; reaching the target completes it, dropping below reopens it.
    Status setCount(Id id, int current, QDate day = {});
    // A counted goal that counts its evidence takes as its count the number of outputs and events linked to it
    // (EvidenceRepository); the schema keeps the count, so every way of linking or deleting agrees. Turning it
    // off keeps the count reached, to be typed on from there.
    Status setCountsEvidence(Id id, bool counts);
    Status drop(Id id, const QString &reason);
    Status reopen(Id id);

    Result<Id> addMilestone(Id goalId, const QString &title);
    Status renameMilestone(Id milestoneId, const QString &title);
    Status setMilestoneDone(Id milestoneId, bool done, QDate day = {});
    Status removeMilestone(Id milestoneId);
    Status moveMilestone(Id milestoneId, int newIndex);

    Result<Id> addLink(Id goalId, const QString &label, const QString &url);
    Status removeLink(Id linkId);

    // Puts a goal back exactly as the snapshot shows it (columns, milestones and links under their ids): the undo
    // of any edit of one goal. Other goals and rows pointing at it are left alone.
    Status revert(const Goal &snapshot);

    // Continues an open goal in a later year (created when missing): a new linked goal with the same title,
    // area, notes, kind and target and the milestones not yet done; the original is marked carried. One
    // transaction. A count starts again from zero in the new year.
    Result<CarryResult> carryOver(Id goalId, int toYearNumber);
    // Undoes carryOver: removes the carried goal and reopens the goal it came from.
    Status undoCarry(Id carriedGoalId);
    // How many years the goal has been carried: the length of its carried_from chain (0 for a new goal).
    Result<int> carriedYears(Id goalId) const;
    // carriedYears for every goal of a year, in one query; goals never carried are left out.
    Result<QHash<Id, int>> carriedYearsForYear(Id yearId) const;
    // For each goal of the year that was carried over, the year number of the goal that continues it.
    Result<QHash<Id, int>> carriedToYears(Id yearId) const;
    // Goals carried at least `minYears` times and not carried further, latest year first.
    Result<QList<CarriedGoal>> goalsCarriedRepeatedly(int minYears) const;

private:
    Result<Goal> validated(const Goal &goal) const;
    Result<Id> insert(const Goal &goal, bool keepIds, const IncomingLinks &links = {});
    Status insertChildren(Id goalId, const Goal &goal, bool keepIds);
    Status loadChildren(QList<Goal> &goals) const;
    Status setStatus(Id id, GoalStatus status, QDate doneOn, const QString &dropReason);
    // Brings the status of a milestone goal in line with its milestones.
    Status syncMilestoneStatus(Id goalId, QDate day);

    QString m_connection;
};

} // namespace hoego
