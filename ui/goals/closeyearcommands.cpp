// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "closeyearcommands.h"

#include "storage/repositories.h"

#include <QCoreApplication>

namespace hoego {

CloseYearCommand::CloseYearCommand(QString connection, YearClosing closing, int yearNumber)
    : StoredCommand(QCoreApplication::translate("hoego::GoalsPage", "Close the Year"))
    , m_connection(std::move(connection))
    , m_closing(std::move(closing))
    , m_yearNumbers{yearNumber, m_closing.nextYearNumber}
{
    setYearId(m_closing.yearId);
}

Status CloseYearCommand::apply()
{
    if (m_after)
        return restoreYearsFootprint(m_connection, *m_after);
    const Repositories repos(m_connection);
    auto before = readYearsFootprint(repos, m_yearNumbers);
    if (!before.ok())
        return Status(before.error());
    if (Status closed = closeYear(m_connection, m_closing); !closed.ok())
        return closed;
    auto after = readYearsFootprint(repos, m_yearNumbers);
    if (!after.ok())
        return Status(after.error());
    m_before = before.value();
    m_after = after.value();
    return Status();
}

Status CloseYearCommand::revert()
{
    if (!m_before)
        return {};
    return restoreYearsFootprint(m_connection, *m_before);
}

} // namespace hoego
