// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "result.h"

#include <QString>

#include <memory>

class QLockFile;

// What a database path names on disk, and the lock that keeps a second writer away from it. A file reached
// through a symbolic link or a hard link is the same database: the path is resolved to the real file, and the
// lock is taken on the file's identity (device and inode) as well as beside its real path.
namespace hoego::databasefile {

// The real path of the database `path` names: absolute, symbolic links resolved (a missing file is resolved
// through its folder, or through a dangling link to its target). Refuses an empty path and anything that is
// not a regular file (a folder, a FIFO, a device, a socket), before anything opens it.
Result<QString> resolve(const QString &path);

// Refuses an existing `path` that is not a regular file; a missing one is fine.
Status checkRegularOrMissing(const QString &path);

// Whether the disk that holds `path` has (almost) no room left, to tell a full disk from damage or a lock.
bool diskIsFull(const QString &path);
Error diskFullError(const QString &path);

// Holds the single-writer lock of one database file until destroyed.
class WriterLock
{
public:
    // What the lock is taken for, so a refusal says what to do.
    enum class Purpose { Open, Restore };
    // Locks the real file `resolvedPath` (from resolve()). Fails with Error::Code::Locked, naming the process
    // that holds the lock when it is known.
    static Result<std::unique_ptr<WriterLock>> acquire(const QString &resolvedPath, Purpose purpose = Purpose::Open);
    ~WriterLock();
    WriterLock(const WriterLock &) = delete;
    WriterLock &operator=(const WriterLock &) = delete;

    // The lock file that identifies the file by device and inode, wherever it is linked from.
    static QString identityLockPath(const QString &resolvedPath);

private:
    WriterLock() = default;
    std::unique_ptr<QLockFile> m_besidePath;
    std::unique_ptr<QLockFile> m_byIdentity;
};

} // namespace hoego::databasefile
