// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include <QDateTime>
#include <QString>

// What Hoego remembers about the last time it knew a database file was intact, so the page-by-page check
// (quick_check) runs when something may have changed the file, not at every open. One small file per database
// (by device and inode) in the session's runtime folder ($XDG_RUNTIME_DIR): losing it only costs one more check,
// and a file restored or copied in from elsewhere has another inode, so nothing is known about it.
namespace hoego::integrity {

// The facts about a file that any change to it moves. The status-change time cannot be set back by a program,
// so a file written and then given its old modification time still differs.
struct FileStamp
{
    quint64 device = 0;
    quint64 inode = 0;
    qint64 size = -1; // -1: the file could not be read
    qint64 modifiedNs = 0;
    qint64 changedNs = 0;

    bool isValid() const { return size >= 0; }
    static FileStamp of(const QString &path);
    friend bool operator==(const FileStamp &, const FileStamp &) = default;
};

struct Record
{
    FileStamp verified; // the file as it was when last known intact; invalid when nothing is known
    QDateTime lastFullCheck; // when quick_check last passed on it (UTC); invalid when never
};

Record read(const QString &path);
// quick_check passed on the file as `before` (taken before the check started) describes it. Nothing is recorded
// when the file changed while it was checked.
void recordCheckPassed(const QString &path, const FileStamp &before,
                       const QDateTime &when = QDateTime::currentDateTimeUtc());
// A session that knew the file intact closed it cleanly: the file as it is now is trusted (its own writes went
// through SQLite); the time of the last check is kept.
void recordCleanClose(const QString &path);
// Nothing is known about the file any more: the next open checks it.
void forget(const QString &path);

// The marker a writing session leaves while it has the file open; one found by the next session means the last
// one did not close (a crash, a kill, a power cut).
void setOpenMarker(const QString &path);
void clearOpenMarker(const QString &path);
// Whether a marker is there whose process is gone (`anyMarker`: whoever left it, for a writer that holds the lock).
bool leftOpen(const QString &path, bool anyMarker);

} // namespace hoego::integrity
