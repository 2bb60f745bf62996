#pragma once

#include "goalcommandsink.h"
#include "model/entities.h"
#include "storage/goalrepository.h"
#include "undo/storedcommand.h"

#include <optional>

namespace hoego {

// Carries an open goal into a later year; undo removes the new goal (and the year, when the carry created it
// and it is still empty) and reopens the original.
class CarryGoalCommand final : public StoredCommand
{
public:
    CarryGoalCommand(const GoalCommandEnv &env, Id goalId, int toYearNumber, QUndoCommand *parent = nullptr);

protected:
    Status apply() override;
    Status revert() override;

private:
    GoalCommandEnv m_env;
    Id m_goalId;
    int m_toYearNumber;
    std::optional<CarryResult> m_result;
};

// A lesson written while closing the year.
class AddLessonCommand final : public StoredCommand
{
public:
    AddLessonCommand(const GoalCommandEnv &env, const Lesson &lesson, QUndoCommand *parent = nullptr);

protected:
    Status apply() override;
    Status revert() override;

private:
    GoalCommandEnv m_env;
    Lesson m_lesson;
};

// An unfinished item written while closing the year, usually about the goal on screen.
class AddUnfinishedCommand final : public StoredCommand
{
public:
    AddUnfinishedCommand(const GoalCommandEnv &env, const UnfinishedItem &item, QUndoCommand *parent = nullptr);

protected:
    Status apply() override;
    Status revert() override;

private:
    GoalCommandEnv m_env;
    UnfinishedItem m_item;
};

} // namespace hoego
