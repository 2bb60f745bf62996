// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "workerconnection.h"

#include "storage/sql.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <atomic>

namespace hoego {

WorkerConnection::WorkerConnection(const QString &sourceConnection)
{
    static std::atomic<int> counter{0};
    m_name = QStringLiteral("hoego-io-worker-%1").arg(++counter);
    // This overload of cloneDatabase is the one meant for cloning from another thread.
    QSqlDatabase db = QSqlDatabase::cloneDatabase(sourceConnection, m_name);
    if (!db.open()) {
        m_status = sql::toError(db.lastError(),
                                QCoreApplication::translate("hoego::WorkerConnection", "Cannot open the database"));
        return;
    }
    // The per-connection settings Database applies to its own connections.
    for (const QString &pragma :
         {QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("PRAGMA synchronous = FULL")}) {
        if (auto done = sql::exec(m_name, pragma); !done.ok()) {
            m_status = done.error();
            return;
        }
    }
}

WorkerConnection::~WorkerConnection()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

} // namespace hoego
