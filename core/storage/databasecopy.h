// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "result.h"

#include <QString>

namespace hoego {
class Database;
}

// Copies a whole Hoego database into another, SQLite or PostgreSQL in either direction: every row of every table
// with its id, timestamps and settings, so the copy is the same database (hoego copy, hoego backup of a server).
namespace hoego::databasecopy {

struct Copied
{
    int years = 0;
    int rows = 0; // every row of every table
};

// Whether `connection` holds nothing of a user's yet: no row in any table but its starting areas, which a copy
// replaces. A copy into anything else is refused, so it never mixes two databases.
Result<bool> isEmpty(const QString &connection);

// Reads `source` in one snapshot (a write elsewhere meanwhile is either wholly in the copy or not at all) and
// writes it into the empty `target` in one transaction: on any error the target is left as it was. Both must be
// at the same schema version (Database::open brings them to this build's).
Result<Copied> copy(const QString &source, const QString &target);

struct CopyReport
{
    QString target; // the target's path or address
    int years = 0;
    int rows = 0;
};

// Copies the open `source` into `target`, a file (created when missing) or a server address, which must hold an
// empty database. A file made for a copy that fails is taken away again; one that was there is left as it was.
Result<CopyReport> copyInto(const Database &source, const QString &target);

} // namespace hoego::databasecopy
