// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// Consistent copies of a Hoego database: written with VACUUM INTO (a snapshot even while the app writes), kept
// in a "backups" folder beside the database, readable by the user only, pruned to the newest N. A failed
// backup is reported to the caller, who shows it as a warning: it never stops the user from working.
namespace hoego {
class Interrupter;
}

namespace hoego::backup {

constexpr int kDefaultKeep = 10;

// What the restore list shows about one backup, read from the file opened read-only.
struct Summary
{
    QString path;
    QDateTime createdAt; // from the file name (UTC); invalid for a file that does not follow the pattern
    qint64 size = 0;
    bool readable = false; // false: the file is damaged or not a Hoego database (see problem)
    QString problem;
    int schemaVersion = 0;
    int years = 0;
    int events = 0;
    int goals = 0;
};

// <folder of the database>/backups
QString folderFor(const QString &databasePath);

// The name a backup taken at `when` gets: "<database file name>-YYYYMMDD-HHMMSS-mmm.sqlite" (UTC), so names sort
// by time and two databases in one folder never share names.
QString fileNameFor(const QString &databasePath, const QDateTime &when);

// Writes a consistent copy of the database open on `connection` to `target`, which must not exist. The copy is
// written beside the target first and renamed into place, so a half-written backup never appears. Once
// `interrupter` (attached to `connection`) is interrupted, the copy stops and is removed.
Status writeCopy(const QString &connection, const QString &target, const Interrupter *interrupter = nullptr);

// Writes a backup of the database open on `connection` (its file is `databasePath`) into folderFor(), then
// removes the oldest backups beyond `keep`. Returns the new file's path.
// `keepAlso` (a backup being restored) is never pruned, nor is the new backup itself.
Result<QString> create(const QString &connection, const QString &databasePath, int keep,
                       const QDateTime &now = QDateTime::currentDateTimeUtc(), const QString &keepAlso = {},
                       const Interrupter *interrupter = nullptr);

// Like create(), but only when no backup was taken on the same local calendar day as `now`. Returns the new
// file's path, or nullopt when today's backup already exists.
Result<std::optional<QString>> createIfDue(const QString &connection, const QString &databasePath, int keep,
                                           const QDateTime &now = QDateTime::currentDateTimeUtc(),
                                           const Interrupter *interrupter = nullptr);

// The backups of a database, newest first (only files whose names follow the pattern).
QList<QString> list(const QString &databasePath);

// Keeps the newest `keep` backups of the database and deletes the rest, never one named in `keepAlso`.
// Backups with the older stem-only names are listed but never pruned.
Status prune(const QString &databasePath, int keep, const QStringList &keepAlso = {});

// Opens `path` read-only without changing it, checks it (quick_check, Hoego schema version) and counts years,
// events and goals.
Summary inspect(const QString &path);

// Replaces the database at `databasePath` with `backupPath`: refuses while another Hoego holds the database,
// checks the backup first, saves the current file into the backups folder, then swaps the file in atomically.
// Returns the path where the previous database was saved (empty when there was none).
Result<QString> restore(const QString &databasePath, const QString &backupPath, int keep = kDefaultKeep);

// Opens a backup in place of a database Hoego cannot open, without touching that file: checks the backup and
// copies it to a new file beside the database ("<stem>-restored-<time>.sqlite"). Returns the new file's path.
Result<QString> restoreAsCopy(const QString &backupPath, const QString &databasePath,
                              const QDateTime &now = QDateTime::currentDateTimeUtc());

} // namespace hoego::backup
