// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "closeyearcommands.h"

#include "goalcommands.h"
#include "storage/repositories.h"

#include <QCoreApplication>

namespace hoego {

CloseYearCommand::CloseYearCommand(const GoalCommandEnv &env, QString connection, YearClosing closing, int yearNumber)
    : StoredCommand(QCoreApplication::translate("hoego::GoalsPage", "Close the Year"))
    , m_env(env)
    , m_connection(std::move(connection))
    , m_closing(std::move(closing))
    , m_yearNumbers{yearNumber, m_closing.nextYearNumber}
{
    setYearId(m_closing.yearId);
}

Status CloseYearCommand::apply()
{
    if (m_after)
        return notifyBoard(*this, m_env, restoreYearsFootprint(m_connection, *m_after));
    const Repositories repos(m_connection);
    auto before = readYearsFootprint(repos, m_yearNumbers);
    if (!before.ok())
        return notifyBoard(*this, m_env, Status(before.error()));
    if (Status closed = closeYear(m_connection, m_closing); !closed.ok())
        return notifyBoard(*this, m_env, closed);
    auto after = readYearsFootprint(repos, m_yearNumbers);
    if (!after.ok())
        return notifyBoard(*this, m_env, Status(after.error()));
    m_before = before.value();
    m_after = after.value();
    return notifyBoard(*this, m_env, Status());
}

Status CloseYearCommand::revert()
{
    if (!m_before)
        return {};
    return notifyBoard(*this, m_env, restoreYearsFootprint(m_connection, *m_before));
}

} // namespace hoego
