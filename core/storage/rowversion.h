// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "model/ids.h"
#include "result.h"
#include "server/clientledger.h"

#include <QString>

// Several clients on one server database (issue 16): every row a user edits carries a version the schema raises
// on each update (schema version 9). An edit made from what a client read refuses to overwrite a row that changed
// since; an undo refuses to put back a row another client wrote after this one. Both refusals are
// Error::Code::Changed and write nothing. A SQLite file has one client, so neither check runs there.
namespace hoego::rowversion {

// Inside the write's transaction: refuses when row `id` of `table`, read at `readVersion`, is now at another
// version. On a server the row stays locked until the commit, so the check and the write are one. `readVersion`
// 0 (a value built in code, not read) and a SQLite connection check nothing. `what` names the row ("The goal").
Status expectUnchanged(const QString &connection, const QString &table, Id id, int readVersion, const QString &what);

// Before an undo or redo of `action` (an undo command's text): refuses when another client wrote any of `rows`
// (this client's last writes of them, from the ledger) after this client did.
Status ownWritesStillLatest(const QList<clientledger::WrittenRow> &rows, const QString &action);

} // namespace hoego::rowversion
