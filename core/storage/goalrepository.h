#pragma once

#include "model/entities.h"
#include "result.h"

#include <QDate>
#include <QList>

namespace hoego {

// Goals of a year with their milestones and evidence links. Completion rules live here so every caller
// (board, command line, importers) agrees: reaching a count's target or checking the last milestone completes
// a goal; going back below reopens it.
class GoalRepository
{
public:
    explicit GoalRepository(QString connection) : m_connection(std::move(connection)) {}

    // Goals in board order, each with its milestones and links (three queries, not one per goal).
    Result<QList<Goal>> forYear(Id yearId) const;
    Result<Goal> get(Id id) const;

    // Stores a new goal with its milestones and links; returns its id.
    Result<Id> create(const Goal &goal);
    // Puts back a deleted goal with its milestones and links under the old ids (undo).
    Status restore(const Goal &goal);
    // Rewrites title, area, notes, kind and target; status follows from the new kind.
    Status update(const Goal &goal);
    Status remove(Id id);
    Status move(Id id, int newIndex);

    // Marks done on `day` (today when invalid) or back to open.
    Status check(Id id, QDate day = {});
    Status uncheck(Id id);
    // Sets the count of a count goal; reaching the target completes it, dropping below reopens it.
    Status setCount(Id id, int current, QDate day = {});
    Status drop(Id id, const QString &reason);
    Status reopen(Id id);

    Result<Id> addMilestone(Id goalId, const QString &title);
    Status renameMilestone(Id milestoneId, const QString &title);
    Status setMilestoneDone(Id milestoneId, bool done, QDate day = {});
    Status removeMilestone(Id milestoneId);
    Status moveMilestone(Id milestoneId, int newIndex);

    Result<Id> addLink(Id goalId, const QString &label, const QString &url);
    Status removeLink(Id linkId);

private:
    Result<Goal> validated(const Goal &goal) const;
    Result<Id> insert(const Goal &goal, bool keepIds);
    Status loadChildren(QList<Goal> &goals) const;
    Status setStatus(Id id, GoalStatus status, QDate doneOn, const QString &dropReason);
    // Brings the status of a milestone goal in line with its milestones.
    Status syncMilestoneStatus(Id goalId, QDate day);

    QString m_connection;
};

} // namespace hoego
