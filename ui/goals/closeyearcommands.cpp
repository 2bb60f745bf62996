#include "closeyearcommands.h"

#include "goalcommands.h"
#include "storage/repositories.h"

#include <QCoreApplication>

namespace hoego {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("hoego::GoalCommands", text);
}

} // namespace

CarryGoalCommand::CarryGoalCommand(const GoalCommandEnv &env, Id goalId, int toYearNumber, QUndoCommand *parent)
    : StoredCommand(tr("Carry Goal to %1").arg(toYearNumber), parent)
    , m_env(env)
    , m_goalId(goalId)
    , m_toYearNumber(toYearNumber)
{ }

Status CarryGoalCommand::apply()
{
    auto carried = m_env.repos->goals.carryOver(m_goalId, m_toYearNumber);
    if (carried.ok())
        m_result = carried.value();
    return notifyBoard(*this, m_env, carried);
}

Status CarryGoalCommand::revert()
{
    if (!m_result)
        return {};
    Status undone = m_env.repos->goals.undoCarry(m_result->goalId);
    if (undone.ok() && m_result->yearCreated) {
        // Only a year that is still empty goes away with the carry that made it.
        auto year = m_env.repos->years.overview(m_result->yearId);
        const bool empty = year.ok()
                && year->eventCount + year->sectionCount + year->lessonCount + year->unfinishedCount + year->goalCount
                        == 0
                && year->year.title.isEmpty() && year->year.summary.isEmpty() && year->year.closingNote.isEmpty();
        if (empty)
            undone = m_env.repos->years.remove(m_result->yearId);
    }
    m_result.reset();
    return notifyBoard(*this, m_env, undone);
}

AddLessonCommand::AddLessonCommand(const GoalCommandEnv &env, const Lesson &lesson, QUndoCommand *parent)
    : StoredCommand(tr("Add Lesson"), parent)
    , m_env(env)
    , m_lesson(lesson)
{ }

Status AddLessonCommand::apply()
{
    if (m_lesson.id != 0)
        return notifyBoard(*this, m_env, m_env.repos->lessons.restore(m_lesson));
    auto created = m_env.repos->lessons.create(m_lesson);
    if (!created.ok())
        return notifyBoard(*this, m_env, created);
    auto stored = m_env.repos->lessons.get(*created);
    if (stored.ok())
        m_lesson = stored.value();
    return notifyBoard(*this, m_env, stored);
}

Status AddLessonCommand::revert()
{
    return notifyBoard(*this, m_env, m_env.repos->lessons.remove(m_lesson.id));
}

AddUnfinishedCommand::AddUnfinishedCommand(const GoalCommandEnv &env, const UnfinishedItem &item, QUndoCommand *parent)
    : StoredCommand(tr("Add Unfinished Item"), parent)
    , m_env(env)
    , m_item(item)
{ }

Status AddUnfinishedCommand::apply()
{
    if (m_item.id != 0)
        return notifyBoard(*this, m_env, m_env.repos->unfinished.restore(m_item));
    auto created = m_env.repos->unfinished.create(m_item);
    if (!created.ok())
        return notifyBoard(*this, m_env, created);
    auto stored = m_env.repos->unfinished.get(*created);
    if (stored.ok())
        m_item = stored.value();
    return notifyBoard(*this, m_env, stored);
}

Status AddUnfinishedCommand::revert()
{
    return notifyBoard(*this, m_env, m_env.repos->unfinished.remove(m_item.id));
}

} // namespace hoego
