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

Status notifyBoard(StoredCommand &command, const GoalCommandEnv &env, const Status &status)
{
    if (env.sink) {
        if (status.ok()) {
            emit env.sink->applied();
        } else {
            emit env.sink->failed(status.error().message);
            command.setShownInPage();
        }
    }
    return status;
}

GoalEditCommand::GoalEditCommand(const GoalCommandEnv &env, Id goalId, const QString &text, QUndoCommand *parent)
    : StoredCommand(text, parent)
    , m_env(env)
    , m_goalId(goalId)
{ }

Status GoalEditCommand::apply()
{
    GoalRepository &goals = m_env.repos->goals;
    if (m_after)
        return notifyBoard(*this, m_env, goals.revert(*m_after));
    auto before = goals.get(m_goalId);
    if (!before.ok())
        return notifyBoard(*this, m_env, before);
    m_before = before.value();
    if (Status edited = edit(goals); !edited.ok())
        return notifyBoard(*this, m_env, edited);
    auto after = goals.get(m_goalId);
    if (after.ok())
        m_after = after.value();
    return notifyBoard(*this, m_env, after);
}

Status GoalEditCommand::revert()
{
    if (!m_before)
        return {};
    return notifyBoard(*this, m_env, m_env.repos->goals.revert(*m_before));
}

CheckGoalCommand::CheckGoalCommand(const GoalCommandEnv &env, Id goalId, bool done, QUndoCommand *parent)
    : GoalEditCommand(env, goalId, done ? Tr::tr("Check Off Goal") : Tr::tr("Uncheck Goal"), parent)
    , m_done(done)
{ }

Status CheckGoalCommand::edit(GoalRepository &goals)
{
    return m_done ? goals.check(m_goalId) : goals.uncheck(m_goalId);
}

SetDoneDateCommand::SetDoneDateCommand(const GoalCommandEnv &env, Id goalId, QDate day, QUndoCommand *parent)
    : GoalEditCommand(env, goalId, Tr::tr("Change Done Date"), parent)
    , m_day(day)
{ }

Status SetDoneDateCommand::edit(GoalRepository &goals)
{
    return goals.setDoneOn(m_goalId, m_day);
}

SetCountCommand::SetCountCommand(const GoalCommandEnv &env, Id goalId, int count, QUndoCommand *parent)
    : GoalEditCommand(env, goalId, Tr::tr("Change Count"), parent)
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

SetMilestoneDoneCommand::SetMilestoneDoneCommand(const GoalCommandEnv &env, Id goalId, Id milestoneId, bool done,
                                                 QUndoCommand *parent)
    : GoalEditCommand(env, goalId, done ? Tr::tr("Check Off Milestone") : Tr::tr("Uncheck Milestone"), parent)
    , m_milestoneId(milestoneId)
    , m_done(done)
{ }

Status SetMilestoneDoneCommand::edit(GoalRepository &goals)
{
    return goals.setMilestoneDone(m_milestoneId, m_done);
}

AddMilestoneCommand::AddMilestoneCommand(const GoalCommandEnv &env, Id goalId, const QString &title,
                                         QUndoCommand *parent)
    : GoalEditCommand(env, goalId, Tr::tr("Add Milestone"), parent)
    , m_title(title)
{ }

Status AddMilestoneCommand::edit(GoalRepository &goals)
{
    return goals.addMilestone(m_goalId, m_title);
}

RemoveMilestoneCommand::RemoveMilestoneCommand(const GoalCommandEnv &env, Id goalId, Id milestoneId,
                                               QUndoCommand *parent)
    : GoalEditCommand(env, goalId, Tr::tr("Remove Milestone"), parent)
    , m_milestoneId(milestoneId)
{ }

Status RemoveMilestoneCommand::edit(GoalRepository &goals)
{
    return goals.removeMilestone(m_milestoneId);
}

MoveMilestoneCommand::MoveMilestoneCommand(const GoalCommandEnv &env, Id goalId, Id milestoneId, int newIndex,
                                           QUndoCommand *parent)
    : GoalEditCommand(env, goalId, Tr::tr("Move Milestone"), parent)
    , m_milestoneId(milestoneId)
    , m_newIndex(newIndex)
{ }

Status MoveMilestoneCommand::edit(GoalRepository &goals)
{
    return goals.moveMilestone(m_milestoneId, m_newIndex);
}

AddLinkCommand::AddLinkCommand(const GoalCommandEnv &env, Id goalId, const QString &label, const QString &url,
                               QUndoCommand *parent)
    : GoalEditCommand(env, goalId, Tr::tr("Add Link"), parent)
    , m_label(label)
    , m_url(url)
{ }

Status AddLinkCommand::edit(GoalRepository &goals)
{
    return goals.addLink(m_goalId, m_label, m_url);
}

RemoveLinkCommand::RemoveLinkCommand(const GoalCommandEnv &env, Id goalId, Id linkId, QUndoCommand *parent)
    : GoalEditCommand(env, goalId, Tr::tr("Remove Link"), parent)
    , m_linkId(linkId)
{ }

Status RemoveLinkCommand::edit(GoalRepository &goals)
{
    return goals.removeLink(m_linkId);
}

DropGoalCommand::DropGoalCommand(const GoalCommandEnv &env, Id goalId, const QString &reason, QUndoCommand *parent)
    : GoalEditCommand(env, goalId, Tr::tr("Drop Goal"), parent)
    , m_reason(reason)
{ }

Status DropGoalCommand::edit(GoalRepository &goals)
{
    return goals.drop(m_goalId, m_reason);
}

ReopenGoalCommand::ReopenGoalCommand(const GoalCommandEnv &env, Id goalId, QUndoCommand *parent)
    : GoalEditCommand(env, goalId, Tr::tr("Reopen Goal"), parent)
{ }

Status ReopenGoalCommand::edit(GoalRepository &goals)
{
    return goals.reopen(m_goalId);
}

EditGoalCommand::EditGoalCommand(const GoalCommandEnv &env, const Goal &edited, QUndoCommand *parent)
    : GoalEditCommand(env, edited.id, Tr::tr("Edit Goal"), parent)
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
    return goals.update(goal);
}

AddGoalCommand::AddGoalCommand(const GoalCommandEnv &env, const Goal &goal, QUndoCommand *parent)
    : StoredCommand(Tr::tr("Add Goal"), parent)
    , m_env(env)
    , m_goal(goal)
{ }

Status AddGoalCommand::apply()
{
    GoalRepository &goals = m_env.repos->goals;
    if (m_stored)
        return notifyBoard(*this, m_env, goals.restore(*m_stored));
    auto created = goals.create(m_goal);
    if (!created.ok())
        return notifyBoard(*this, m_env, created);
    auto stored = goals.get(*created);
    if (stored.ok())
        m_stored = stored.value();
    return notifyBoard(*this, m_env, stored);
}

Status AddGoalCommand::revert()
{
    if (!m_stored)
        return {};
    return notifyBoard(*this, m_env, m_env.repos->goals.remove(m_stored->id));
}

RemoveGoalCommand::RemoveGoalCommand(const GoalCommandEnv &env, Id goalId, QUndoCommand *parent)
    : StoredCommand(Tr::tr("Delete Goal"), parent)
    , m_env(env)
    , m_goalId(goalId)
{ }

Status RemoveGoalCommand::apply()
{
    auto goal = m_env.repos->goals.get(m_goalId);
    if (!goal.ok())
        return notifyBoard(*this, m_env, goal);
    m_removed = goal.value();
    auto links = m_env.repos->goals.incomingLinks(m_goalId);
    if (!links.ok())
        return notifyBoard(*this, m_env, links);
    m_links = links.value();
    return notifyBoard(*this, m_env, m_env.repos->goals.remove(m_goalId));
}

Status RemoveGoalCommand::revert()
{
    if (!m_removed)
        return {};
    return notifyBoard(*this, m_env, m_env.repos->goals.restore(*m_removed, m_links));
}

MoveGoalCommand::MoveGoalCommand(const GoalCommandEnv &env, Id goalId, int fromIndex, int toIndex, QUndoCommand *parent)
    : StoredCommand(Tr::tr("Move Goal"), parent)
    , m_env(env)
    , m_goalId(goalId)
    , m_from(fromIndex)
    , m_to(toIndex)
{ }

Status MoveGoalCommand::apply()
{
    return notifyBoard(*this, m_env, m_env.repos->goals.move(m_goalId, m_to));
}

Status MoveGoalCommand::revert()
{
    return notifyBoard(*this, m_env, m_env.repos->goals.move(m_goalId, m_from));
}

} // namespace hoego
