// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "databasesettings.h"

#include "sql.h"

namespace hoego {

Result<QString> DatabaseSettings::value(const QString &key) const
{
    auto query = sql::exec(m_connection, QStringLiteral("SELECT value FROM database_setting WHERE key = ?"), {key});
    if (!query.ok())
        return query.error();
    return query.value().next() ? query.value().value(0).toString() : QString();
}

Status DatabaseSettings::setValue(const QString &key, const QString &value)
{
    auto written = sql::exec(m_connection,
                             QStringLiteral("INSERT INTO database_setting (key, value) VALUES (?, ?) "
                                            "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                             {key, value});
    if (!written.ok())
        return written.error();
    return Status();
}

} // namespace hoego
