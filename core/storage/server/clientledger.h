// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "model/ids.h"

#include <QList>
#include <QString>

// What this process has heard of the rows of server databases (issue 16): each announcement a server sends at commit
// says which row changed, to which version, and whether this client's own connection wrote it. Undo reads it to tell
// whether another client wrote a row after this one did, and so must not be put back. SQLite files have one client
// (their lock file), so nothing is noted for them and nothing is refused there.
namespace hoego::clientledger {

struct WrittenRow
{
    QString connection; // the connection the write was made on
    QString table;
    Id id = 0;
    int version = 0; // the version the write left (0: a table without versions)
    quint64 heardAt = 0; // when its announcement was heard (see heardSoFar)
};

// A point in the stream of announcements heard so far; every announcement heard later is larger.
quint64 heardSoFar();

// Notes one announcement heard on `connection`; `own`: that connection wrote it. Called by ChangeFeed.
void heard(const QString &connection, const QString &table, Id id, int version, bool own);

// The rows this process wrote, as heard after `mark`, each once (with its latest write).
QList<WrittenRow> ownWritesSince(quint64 mark);

// Whether another client's write of the row was heard after `mark`.
bool writtenElsewhereSince(const WrittenRow &row, quint64 mark);

// Whether the latest write of the row heard on `connection` was another client's.
bool lastWrittenElsewhere(const QString &connection, const QString &table, Id id);

// The version this client's last write of the row left (0: none heard).
int ownVersion(const WrittenRow &row);

// Forgets what was heard on `connection` (it is being closed; a new one may take its name).
void forget(const QString &connection);

} // namespace hoego::clientledger
