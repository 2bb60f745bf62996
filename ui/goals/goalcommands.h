// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "goalcommandsink.h"
#include "model/entities.h"
#include "result.h"
#include "storage/incominglinks.h"
#include "undo/mergeids.h"
#include "undo/storedcommand.h"

#include <optional>

namespace hoego {

class GoalRepository;

// Tells the board what `command`'s write did (reload on success, show the message on failure) and passes the
// status on to StoredCommand, which drops a failed command from the stack and announces the failure.
Status notifyBoard(StoredCommand &command, const GoalCommandEnv &env, const Status &status);

// Base of every edit of one existing goal. The first redo performs the edit through GoalRepository and keeps
// snapshots of the goal before and after; undo and later redos put the snapshot back exactly (status, done date,
// count, milestones and links), so every kind of edit undoes the same way.
class GoalEditCommand : public StoredCommand
{
public:
    Id goalId() const { return m_goalId; }

protected:
    GoalEditCommand(const GoalCommandEnv &env, Id goalId, const QString &text, QUndoCommand *parent);
    Status apply() final;
    Status revert() final;
    // The edit itself, performed once; later redos restore the snapshot taken after it.
    virtual Status edit(GoalRepository &goals) = 0;

    GoalCommandEnv m_env;
    Id m_goalId = 0;
    std::optional<Goal> m_before;
    std::optional<Goal> m_after;
};

class CheckGoalCommand final : public GoalEditCommand
{
public:
    CheckGoalCommand(const GoalCommandEnv &env, Id goalId, bool done, QUndoCommand *parent = nullptr);

protected:
    Status edit(GoalRepository &goals) override;

private:
    bool m_done;
};

// Moves the day a done goal was done (GoalRepository::setDoneOn checks the day).
class SetDoneDateCommand final : public GoalEditCommand
{
public:
    SetDoneDateCommand(const GoalCommandEnv &env, Id goalId, QDate day, QUndoCommand *parent = nullptr);

protected:
    Status edit(GoalRepository &goals) override;

private:
    QDate m_day;
};

// Count changes from repeated +1/-1 clicks on one goal merge into one undo step.
class SetCountCommand final : public GoalEditCommand
{
public:
    SetCountCommand(const GoalCommandEnv &env, Id goalId, int count, QUndoCommand *parent = nullptr);
    int id() const override { return mergeIdOf(MergeId::GoalCount); }
    bool mergeWith(const QUndoCommand *other) override;

protected:
    Status edit(GoalRepository &goals) override;

private:
    int m_count;
};

class SetMilestoneDoneCommand final : public GoalEditCommand
{
public:
    SetMilestoneDoneCommand(const GoalCommandEnv &env, Id goalId, Id milestoneId, bool done,
                            QUndoCommand *parent = nullptr);

protected:
    Status edit(GoalRepository &goals) override;

private:
    Id m_milestoneId;
    bool m_done;
};

class AddMilestoneCommand final : public GoalEditCommand
{
public:
    AddMilestoneCommand(const GoalCommandEnv &env, Id goalId, const QString &title, QUndoCommand *parent = nullptr);

protected:
    Status edit(GoalRepository &goals) override;

private:
    QString m_title;
};

class RemoveMilestoneCommand final : public GoalEditCommand
{
public:
    RemoveMilestoneCommand(const GoalCommandEnv &env, Id goalId, Id milestoneId, QUndoCommand *parent = nullptr);

protected:
    Status edit(GoalRepository &goals) override;

private:
    Id m_milestoneId;
};

class MoveMilestoneCommand final : public GoalEditCommand
{
public:
    MoveMilestoneCommand(const GoalCommandEnv &env, Id goalId, Id milestoneId, int newIndex,
                         QUndoCommand *parent = nullptr);

protected:
    Status edit(GoalRepository &goals) override;

private:
    Id m_milestoneId;
    int m_newIndex;
};

class AddLinkCommand final : public GoalEditCommand
{
public:
    AddLinkCommand(const GoalCommandEnv &env, Id goalId, const QString &label, const QString &url,
                   QUndoCommand *parent = nullptr);

protected:
    Status edit(GoalRepository &goals) override;

private:
    QString m_label;
    QString m_url;
};

class RemoveLinkCommand final : public GoalEditCommand
{
public:
    RemoveLinkCommand(const GoalCommandEnv &env, Id goalId, Id linkId, QUndoCommand *parent = nullptr);

protected:
    Status edit(GoalRepository &goals) override;

private:
    Id m_linkId;
};

class DropGoalCommand final : public GoalEditCommand
{
public:
    DropGoalCommand(const GoalCommandEnv &env, Id goalId, const QString &reason, QUndoCommand *parent = nullptr);

protected:
    Status edit(GoalRepository &goals) override;

private:
    QString m_reason;
};

class ReopenGoalCommand final : public GoalEditCommand
{
public:
    ReopenGoalCommand(const GoalCommandEnv &env, Id goalId, QUndoCommand *parent = nullptr);

protected:
    Status edit(GoalRepository &goals) override;
};

// Title, area, kind, target and notes from the goal editor.
class EditGoalCommand final : public GoalEditCommand
{
public:
    EditGoalCommand(const GoalCommandEnv &env, const Goal &edited, QUndoCommand *parent = nullptr);

protected:
    Status edit(GoalRepository &goals) override;

private:
    Goal m_edited;
};

class AddGoalCommand final : public StoredCommand
{
public:
    AddGoalCommand(const GoalCommandEnv &env, const Goal &goal, QUndoCommand *parent = nullptr);
    Id goalId() const { return m_stored ? m_stored->id : 0; }

protected:
    Status apply() override;
    Status revert() override;

private:
    GoalCommandEnv m_env;
    Goal m_goal;
    std::optional<Goal> m_stored; // as first stored, to put back under the same id on redo
};

class RemoveGoalCommand final : public StoredCommand
{
public:
    RemoveGoalCommand(const GoalCommandEnv &env, Id goalId, QUndoCommand *parent = nullptr);

protected:
    Status apply() override;
    Status revert() override;

private:
    GoalCommandEnv m_env;
    Id m_goalId;
    std::optional<Goal> m_removed;
    IncomingLinks m_links; // unfinished items and carried goals that undo links again
};

class MoveGoalCommand final : public StoredCommand
{
public:
    MoveGoalCommand(const GoalCommandEnv &env, Id goalId, int fromIndex, int toIndex, QUndoCommand *parent = nullptr);

protected:
    Status apply() override;
    Status revert() override;

private:
    GoalCommandEnv m_env;
    Id m_goalId;
    int m_from;
    int m_to;
};

} // namespace hoego
