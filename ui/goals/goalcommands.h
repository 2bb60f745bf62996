// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "model/entities.h"
#include "result.h"
#include "storage/incominglinks.h"
#include "undo/mergeids.h"
#include "undo/storedcommand.h"

#include <optional>

namespace hoego {

class GoalRepository;
struct Repositories;

// Base of every edit of one existing goal. The first redo performs the edit through GoalRepository and keeps
// snapshots of the goal before and after; undo and later redos put the snapshot back exactly (status, done date,
// count, milestones and links), so every kind of edit undoes the same way.
class GoalEditCommand : public StoredCommand
{
public:
    Id goalId() const { return m_goalId; }

protected:
    GoalEditCommand(Repositories &repos, Id goalId, const QString &text, QUndoCommand *parent);
    Status apply() final;
    Status revert() final;
    // The edit itself, performed once; later redos restore the snapshot taken after it.
    virtual Status edit(GoalRepository &goals) = 0;

    Repositories &m_repos;
    Id m_goalId = 0;
    std::optional<Goal> m_before;
    std::optional<Goal> m_after;
};

class CheckGoalCommand final : public GoalEditCommand
{
public:
    CheckGoalCommand(Repositories &repos, Id goalId, bool done, QUndoCommand *parent = nullptr);

protected:
    Status edit(GoalRepository &goals) override;

private:
    bool m_done;
};

// Moves the day a done goal was done (GoalRepository::setDoneOn checks the day).
class SetDoneDateCommand final : public GoalEditCommand
{
public:
    SetDoneDateCommand(Repositories &repos, Id goalId, QDate day, QUndoCommand *parent = nullptr);

protected:
    Status edit(GoalRepository &goals) override;

private:
    QDate m_day;
};

// Count changes from repeated +1/-1 clicks on one goal merge into one undo step.
class SetCountCommand final : public GoalEditCommand
{
public:
    SetCountCommand(Repositories &repos, Id goalId, int count, QUndoCommand *parent = nullptr);
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
    SetMilestoneDoneCommand(Repositories &repos, Id goalId, Id milestoneId, bool done, QUndoCommand *parent = nullptr);

protected:
    Status edit(GoalRepository &goals) override;

private:
    Id m_milestoneId;
    bool m_done;
};

class AddMilestoneCommand final : public GoalEditCommand
{
public:
    AddMilestoneCommand(Repositories &repos, Id goalId, const QString &title, QUndoCommand *parent = nullptr);

protected:
    Status edit(GoalRepository &goals) override;

private:
    QString m_title;
};

class RemoveMilestoneCommand final : public GoalEditCommand
{
public:
    RemoveMilestoneCommand(Repositories &repos, Id goalId, Id milestoneId, QUndoCommand *parent = nullptr);

protected:
    Status edit(GoalRepository &goals) override;

private:
    Id m_milestoneId;
};

class MoveMilestoneCommand final : public GoalEditCommand
{
public:
    MoveMilestoneCommand(Repositories &repos, Id goalId, Id milestoneId, int newIndex, QUndoCommand *parent = nullptr);

protected:
    Status edit(GoalRepository &goals) override;

private:
    Id m_milestoneId;
    int m_newIndex;
};

class AddLinkCommand final : public GoalEditCommand
{
public:
    AddLinkCommand(Repositories &repos, Id goalId, const QString &label, const QString &url,
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
    RemoveLinkCommand(Repositories &repos, Id goalId, Id linkId, QUndoCommand *parent = nullptr);

protected:
    Status edit(GoalRepository &goals) override;

private:
    Id m_linkId;
};

class DropGoalCommand final : public GoalEditCommand
{
public:
    DropGoalCommand(Repositories &repos, Id goalId, const QString &reason, QUndoCommand *parent = nullptr);

protected:
    Status edit(GoalRepository &goals) override;

private:
    QString m_reason;
};

class ReopenGoalCommand final : public GoalEditCommand
{
public:
    ReopenGoalCommand(Repositories &repos, Id goalId, QUndoCommand *parent = nullptr);

protected:
    Status edit(GoalRepository &goals) override;
};

// Title, area, kind, target and notes from the goal editor.
class EditGoalCommand final : public GoalEditCommand
{
public:
    EditGoalCommand(Repositories &repos, const Goal &edited, QUndoCommand *parent = nullptr);

protected:
    Status edit(GoalRepository &goals) override;

private:
    Goal m_edited;
};

class AddGoalCommand final : public StoredCommand
{
public:
    AddGoalCommand(Repositories &repos, const Goal &goal, QUndoCommand *parent = nullptr);
    Id goalId() const { return m_stored ? m_stored->id : 0; }

protected:
    Status apply() override;
    Status revert() override;

private:
    Repositories &m_repos;
    Goal m_goal;
    std::optional<Goal> m_stored; // as first stored, to put back under the same id on redo
};

class RemoveGoalCommand final : public StoredCommand
{
public:
    RemoveGoalCommand(Repositories &repos, Id goalId, QUndoCommand *parent = nullptr);

protected:
    Status apply() override;
    Status revert() override;

private:
    Repositories &m_repos;
    Id m_goalId;
    std::optional<Goal> m_removed;
    IncomingLinks m_links; // unfinished items and carried goals that undo links again
};

class MoveGoalCommand final : public StoredCommand
{
public:
    MoveGoalCommand(Repositories &repos, Id goalId, int fromIndex, int toIndex, QUndoCommand *parent = nullptr);

protected:
    Status apply() override;
    Status revert() override;

private:
    Repositories &m_repos;
    Id m_goalId;
    int m_from;
    int m_to;
};

} // namespace hoego
