// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include <QHash>
#include <QStringList>

namespace hoego::schema {

// The schema version this build writes; stored in PRAGMA user_version.
constexpr int kCurrentVersion = 9;

// Stored in PRAGMA application_id ("HOEG"), so a Hoego file is told from another program's SQLite file before
// anything writes to it. Files from before it was set are recognised by their tables and get it on open.
constexpr int kApplicationId = 0x484F4547;
// The tables every Hoego schema version has had since version 1.
QStringList coreTables();

// The statements that take a database from version `toVersion - 1` to `toVersion`. Steps are append-only:
// a released step is never edited, a change is a new step.
QStringList migrationStep(int toVersion);

// Whether rows of `table` carry a version (schema version 9): every table of rows a user edits one by one.
bool isVersioned(const QString &table);

// Bulk writes (imports) of the current version: FTS5 flushes its pending terms at every savepoint, so indexing
// row by row through the triggers costs far more than indexing all new rows in one statement at the end.
// The tables the search indexes cover.
QStringList searchedTables();
// Drops the triggers that index rows as they are written.
QStringList dropSearchTriggers();
// Indexes every row whose id is above the table's entry in `lastIdBefore` (all rows when it has none) and puts
// the triggers back. Rows are only appended while the triggers are away: ids only grow.
QStringList restoreSearchIndexing(const QHash<QString, qint64> &lastIdBefore);

} // namespace hoego::schema
