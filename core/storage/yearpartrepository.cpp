// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "yearpartrepository.h"

#include "sql.h"

namespace hoego {

Result<QList<YearPart>> YearPartRepository::order(Id yearId) const
{
    auto query = sql::exec(m_connection,
                           QStringLiteral("SELECT part FROM year_part WHERE year_id = ? ORDER BY position"), {yearId});
    if (!query.ok())
        return query.error();
    QList<YearPart> parts;
    while (query.value().next()) {
        // The schema's CHECK admits only known keys; one this build lacks would be a newer part, left out.
        if (const auto part = yearPartFromKey(query.value().value(0).toString()))
            parts << *part;
    }
    return parts;
}

Status YearPartRepository::setOrder(Id yearId, const QList<YearPart> &parts)
{
    return sql::inTransaction(m_connection, [&]() -> Status {
        auto cleared = sql::exec(m_connection, QStringLiteral("DELETE FROM year_part WHERE year_id = ?"), {yearId});
        if (!cleared.ok())
            return cleared.error();
        for (qsizetype position = 0; position < parts.size(); ++position) {
            auto inserted = sql::exec(
                    m_connection, QStringLiteral("INSERT INTO year_part (year_id, position, part) VALUES (?, ?, ?)"),
                    {yearId, position, yearPartKey(parts[position])});
            if (!inserted.ok())
                return inserted.error();
        }
        return Status();
    });
}

} // namespace hoego
