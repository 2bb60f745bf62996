// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "deferredsearchindexing.h"

#include "schema.h"
#include "server/serverdatabase.h"
#include "sql.h"

namespace hoego {
namespace {

Status execAll(const QString &connection, const QStringList &statements)
{
    for (const QString &statement : statements) {
        if (auto done = sql::exec(connection, statement); !done.ok())
            return done.error();
    }
    return {};
}

} // namespace

Result<DeferredSearchIndexing> DeferredSearchIndexing::start(const QString &connection)
{
    DeferredSearchIndexing deferred;
    // A server database keeps no search index of its own to defer (search reads the tables themselves).
    if (serverdatabase::isServerConnection(connection))
        return deferred;
    deferred.m_connection = connection;
    for (const QString &table : schema::searchedTables()) {
        // Table names come from the schema, never from user text.
        auto last
                = sql::single(connection, QStringLiteral("SELECT coalesce(max(id), 0) FROM %1").arg(table), {}, table);
        if (!last.ok())
            return last.error();
        deferred.m_lastIdBefore.insert(table, last.value().value(0).toLongLong());
    }
    if (Status dropped = execAll(connection, schema::dropSearchTriggers()); !dropped.ok())
        return dropped.error();
    return deferred;
}

Status DeferredSearchIndexing::finish() const
{
    if (m_connection.isEmpty())
        return {};
    return execAll(m_connection, schema::restoreSearchIndexing(m_lastIdBefore));
}

} // namespace hoego
