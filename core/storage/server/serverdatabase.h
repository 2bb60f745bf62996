// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "result.h"
#include "serverlocation.h"

#include <QString>

// The PostgreSQL side of Database: connecting through Qt's QPSQL driver, the schema kept by per-version SQL files
// (resources/postgresql/step-N.sql), and the names changes are filed under. Nothing here touches a file.
namespace hoego::serverdatabase {

// Opens a connection named `name` to `location`; `readOnly` makes every transaction of it read-only. A server that
// cannot be reached and a login the server refuses get messages of their own; the connection is removed on failure.
Status connect(const ServerLocation &location, const QString &name, bool readOnly);

// What prepareSchema found and did.
struct SchemaState
{
    int version = 0;
    bool created = false; // the database was empty and now holds Hoego's tables
};

// Creates Hoego's tables in an empty database or upgrades an older schema, in one transaction that holds an advisory
// lock, so two clients opening a new database at once create it once. Refuses a schema newer than this build and a
// database holding someone else's tables (nothing in it is touched).
Result<SchemaState> prepareSchema(const QString &connection, const QString &address);

// The address `connection` was opened with, without its password: Database::path() of a server database and the
// name its changes are filed under. Empty when `connection` was not opened by connect().
QString addressOf(const QString &connection);
// Forgets the address of a connection that is being removed.
void forget(const QString &connection);

// A server that dropped a connection (restarted, or the network went) fails the statement then running with
// Error::Code::Server, which is reported and writes nothing. noteLost() marks the connection; the next statement
// outside a transaction first opens it again (reopenIfLost: also one the driver closed on finding it broken), with
// the same settings and listening on the same
// channels, so the edit the user tries again goes in once the server is back.
void noteLost(const QString &connection);
Status reopenIfLost(const QString &connection);

// Whether `connection` is open on a PostgreSQL server.
bool isServerConnection(const QString &connection);

} // namespace hoego::serverdatabase
