// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "goalcommands.h"

#include "storage/repositories.h"

#include <QCoreApplication>

namespace hoego {
namespace {

// Names the context of this file's strings for tr() and for lupdate alike.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hoego::GoalCommands)
};

} // namespace

GoalEditCommand::GoalEditCommand(Repositories &repos, Id goalId, const QString &text, QUndoCommand *parent)
    : StoredCommand(text, parent)
    , m_repos(repos)
    , m_goalId(goalId)
{ }

Status GoalEditCommand::apply()
{
    GoalRepository &goals = m_repos.goals;
    if (m_after)
        return goals.revert(*m_after);
    auto before = goals.get(m_goalId);
    if (!before.ok())
        return before;
    m_before = before.value();
    if (Status edited = edit(goals); !edited.ok())
        return edited;
    auto after = goals.get(m_goalId);
    if (after.ok())
        m_after = after.value();
    return after;
}

Status GoalEditCommand::revert()
{
    if (!m_before)
        return {};
    return m_repos.goals.revert(*m_before);
}

CheckGoalCommand::CheckGoalCommand(Repositories &repos, Id goalId, bool done, QUndoCommand *parent)
    : GoalEditCommand(repos, goalId, done ? Tr::tr("Check Off Goal") : Tr::tr("Uncheck Goal"), parent)
    , m_done(done)
{ }

Status CheckGoalCommand::edit(GoalRepository &goals)
{
    return m_done ? goals.check(m_goalId) : goals.uncheck(m_goalId);
}

SetDoneDateCommand::SetDoneDateCommand(Repositories &repos, Id goalId, QDate day, QUndoCommand *parent)
    : GoalEditCommand(repos, goalId, Tr::tr("Change Done Date"), parent)
    , m_day(day)
{ }

Status SetDoneDateCommand::edit(GoalRepository &goals)
{
    return goals.setDoneOn(m_goalId, m_day);
}

SetCountCommand::SetCountCommand(Repositories &repos, Id goalId, int count, QUndoCommand *parent)
    : GoalEditCommand(repos, goalId, Tr::tr("Change Count"), parent)
    , m_count(count)
{ }

Status SetCountCommand::edit(GoalRepository &goals)
{
    return goals.setCount(m_goalId, m_count);
}

bool SetCountCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SetCountCommand *>(other);
    if (next->m_goalId != m_goalId || !next->m_after)
        return false;
    m_count = next->m_count;
    m_after = next->m_after;
    return true;
}

SetMilestoneDoneCommand::SetMilestoneDoneCommand(Repositories &repos, Id goalId, Id milestoneId, bool done,
                                                 QUndoCommand *parent)
    : GoalEditCommand(repos, goalId, done ? Tr::tr("Check Off Milestone") : Tr::tr("Uncheck Milestone"), parent)
    , m_milestoneId(milestoneId)
    , m_done(done)
{ }

Status SetMilestoneDoneCommand::edit(GoalRepository &goals)
{
    return goals.setMilestoneDone(m_milestoneId, m_done);
}

AddMilestoneCommand::AddMilestoneCommand(Repositories &repos, Id goalId, const QString &title, QUndoCommand *parent)
    : GoalEditCommand(repos, goalId, Tr::tr("Add Milestone"), parent)
    , m_title(title)
{ }

Status AddMilestoneCommand::edit(GoalRepository &goals)
{
    return goals.addMilestone(m_goalId, m_title);
}

RemoveMilestoneCommand::RemoveMilestoneCommand(Repositories &repos, Id goalId, Id milestoneId, QUndoCommand *parent)
    : GoalEditCommand(repos, goalId, Tr::tr("Remove Milestone"), parent)
    , m_milestoneId(milestoneId)
{ }

Status RemoveMilestoneCommand::edit(GoalRepository &goals)
{
    return goals.removeMilestone(m_milestoneId);
}

MoveMilestoneCommand::MoveMilestoneCommand(Repositories &repos, Id goalId, Id milestoneId, int newIndex,
                                           QUndoCommand *parent)
    : GoalEditCommand(repos, goalId, Tr::tr("Move Milestone"), parent)
    , m_milestoneId(milestoneId)
    , m_newIndex(newIndex)
{ }

Status MoveMilestoneCommand::edit(GoalRepository &goals)
{
    return goals.moveMilestone(m_milestoneId, m_newIndex);
}

AddLinkCommand::AddLinkCommand(Repositories &repos, Id goalId, const QString &label, const QString &url,
                               QUndoCommand *parent)
    : GoalEditCommand(repos, goalId, Tr::tr("Add Link"), parent)
    , m_label(label)
    , m_url(url)
{ }

Status AddLinkCommand::edit(GoalRepository &goals)
{
    return goals.addLink(m_goalId, m_label, m_url);
}

RemoveLinkCommand::RemoveLinkCommand(Repositories &repos, Id goalId, Id linkId, QUndoCommand *parent)
    : GoalEditCommand(repos, goalId, Tr::tr("Remove Link"), parent)
    , m_linkId(linkId)
{ }

Status RemoveLinkCommand::edit(GoalRepository &goals)
{
    return goals.removeLink(m_linkId);
}

DropGoalCommand::DropGoalCommand(Repositories &repos, Id goalId, const QString &reason, QUndoCommand *parent)
    : GoalEditCommand(repos, goalId, Tr::tr("Drop Goal"), parent)
    , m_reason(reason)
{ }

Status DropGoalCommand::edit(GoalRepository &goals)
{
    return goals.drop(m_goalId, m_reason);
}

ReopenGoalCommand::ReopenGoalCommand(Repositories &repos, Id goalId, QUndoCommand *parent)
    : GoalEditCommand(repos, goalId, Tr::tr("Reopen Goal"), parent)
{ }

Status ReopenGoalCommand::edit(GoalRepository &goals)
{
    return goals.reopen(m_goalId);
}

EditGoalCommand::EditGoalCommand(Repositories &repos, const Goal &edited, QUndoCommand *parent)
    : GoalEditCommand(repos, edited.id, Tr::tr("Edit Goal"), parent)
    , m_edited(edited)
{ }

Status EditGoalCommand::edit(GoalRepository &goals)
{
    // The editor changes the describing fields only; status, milestones and links stay as stored.
    Goal goal = *m_before;
    goal.title = m_edited.title;
    goal.areaId = m_edited.areaId;
    goal.notes = m_edited.notes;
    goal.kind = m_edited.kind;
    goal.target = m_edited.target;
    // Refused on a server when the goal changed since the editor read it (issue 16); edit() runs once, undo and redo
    // restore snapshots.
    goal.version = m_edited.version;
    return goals.update(goal);
}

AddGoalCommand::AddGoalCommand(Repositories &repos, const Goal &goal, QUndoCommand *parent)
    : StoredCommand(Tr::tr("Add Goal"), parent)
    , m_repos(repos)
    , m_goal(goal)
{ }

Status AddGoalCommand::apply()
{
    GoalRepository &goals = m_repos.goals;
    if (m_stored)
        return goals.restore(*m_stored);
    auto created = goals.create(m_goal);
    if (!created.ok())
        return created;
    auto stored = goals.get(*created);
    if (stored.ok())
        m_stored = stored.value();
    return stored;
}

Status AddGoalCommand::revert()
{
    if (!m_stored)
        return {};
    return m_repos.goals.remove(m_stored->id);
}

RemoveGoalCommand::RemoveGoalCommand(Repositories &repos, Id goalId, QUndoCommand *parent)
    : StoredCommand(Tr::tr("Delete Goal"), parent)
    , m_repos(repos)
    , m_goalId(goalId)
{ }

Status RemoveGoalCommand::apply()
{
    auto goal = m_repos.goals.get(m_goalId);
    if (!goal.ok())
        return goal;
    m_removed = goal.value();
    auto links = m_repos.goals.incomingLinks(m_goalId);
    if (!links.ok())
        return links;
    m_links = links.value();
    return m_repos.goals.remove(m_goalId);
}

Status RemoveGoalCommand::revert()
{
    if (!m_removed)
        return {};
    return m_repos.goals.restore(*m_removed, m_links);
}

MoveGoalCommand::MoveGoalCommand(Repositories &repos, Id goalId, int fromIndex, int toIndex, QUndoCommand *parent)
    : StoredCommand(Tr::tr("Move Goal"), parent)
    , m_repos(repos)
    , m_goalId(goalId)
    , m_from(fromIndex)
    , m_to(toIndex)
{ }

Status MoveGoalCommand::apply()
{
    return m_repos.goals.move(m_goalId, m_to);
}

Status MoveGoalCommand::revert()
{
    return m_repos.goals.move(m_goalId, m_from);
}

} // namespace hoego
