// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "integritypolicy.h"
#include "result.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <memory>

namespace hoego {

class Interrupter;
struct ServerLocation;

namespace databasefile {
class WriterLock;
}

// One open Hoego database file: the SQLite connection (looked up by name, one per thread), the lock that
// keeps a second Hoego from writing to it, and the schema upgrade on open.
class Database
{
public:
    struct Options
    {
        bool readOnly = false; // open for reading even when the file is writable
        bool create = true; // create the file (and its folder) when missing
        bool lock = true; // take the single-writer lock file
        QString connectionName; // empty: a unique name is chosen
        int backupsToKeep = 10; // backups kept when one is written before an upgrade
        // Always: PRAGMA quick_check, which reads every page (60 ms on 30 years of data), at every open.
        // WhenDue: only when integrity::decide() finds a reason (see integritypolicy.h); the cheap checks always.
        // Only WhenDue opens keep the record of clean checks (integrityledger.h) that the decision reads.
        enum class IntegrityCheck { Always, WhenDue };
        IntegrityCheck integrityCheck = IntegrityCheck::Always;
        // Skip a due quick_check so the window can paint first; the caller runs checkIntegrity() right after.
        // Not skipped when an upgrade is due or a crash left a write-ahead log. With WhenDue the schedule applies.
        bool deferIntegrityCheck = false;
    };

    // What the file system allows, and the way Hoego opens the file because of it.
    struct AccessFacts
    {
        bool readOnlyRequested = false;
        bool fileWritable = true;
        bool folderWritable = true;
        bool walHasContent = false; // a -wal file beside the database holds committed pages
        bool shmExists = false;
    };
    struct Access
    {
        bool readOnly = false;
        // Read without SQLite's shared-memory file: for a read-only folder where it cannot be created. Safe only
        // when no write-ahead log holds pages that would be ignored.
        bool immutable = false;
        QString reason; // why read-only, for the banner
    };
    static Access decideAccess(const QString &path, const AccessFacts &facts);

    // `path` is a file, or a server address (postgresql://user@host:port/database, see ServerLocation): then the
    // file-only options (lock, integrity checks, backups before an upgrade) do not apply.
    static Result<std::unique_ptr<Database>> open(const QString &path, const Options &options);
    static Result<std::unique_ptr<Database>> open(const QString &path) { return open(path, Options()); }
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // The file, or the server's address without its password.
    const QString &path() const { return m_path; }
    // Whether the database is on a PostgreSQL server rather than in a SQLite file: what a file has (a lock, a
    // write-ahead log, backups by copy, integrity checks, a read-only folder) it does not.
    bool isOnServer() const { return m_server != nullptr; }
    const QString &connectionName() const { return m_connection; }
    bool isReadOnly() const { return m_readOnly; }
    // Why the database is read-only, for the banner (empty when writable).
    const QString &readOnlyReason() const { return m_readOnlyReason; }
    int schemaVersion() const { return m_version; }
    // The file was empty and open() set it up: a new database, still with only its starting areas.
    bool isNew() const { return m_isNew; }
    // Whether open() skipped quick_check (Options::deferIntegrityCheck) and checkIntegrity() is still due.
    bool integrityCheckDeferred() const { return m_integrityCheckDeferred; }
    // Why open() ran quick_check, or deferred it (None: it was not due and did not run).
    integrity::Reason integrityCheckReason() const { return m_checkReason; }
    // Runs PRAGMA quick_check on a connection of its own, so any thread may call it: Corrupt when it fails. A pass
    // is recorded (integrityledger.h), a failure forgets what was known. `interrupter` can stop it from elsewhere.
    static Status checkIntegrity(const QString &path, Interrupter *interrupter = nullptr);
    // After a failed deferred check: closing will not fold the write-ahead log into the damaged file, which
    // stays as it was found.
    void leaveFileAsFoundOnClose();

    // Opens another connection to the same file for a worker thread; closed when the returned name is
    // passed to closeConnection.
    Result<QString> openWorkerConnection() const;
    static void closeConnection(const QString &name);

    // Problems that did not stop the open but the user should hear about (a backup before an upgrade failed, a
    // folder a sync service copies). The sync-service check lists folders, so it runs on the first call: the window
    // asks after its first paint, and commands never ask.
    const QStringList &warnings() const;

    // The default location: QStandardPaths::AppDataLocation/hoego.sqlite.
    static QString defaultPath();

    // Looks at the first bytes of `path` without SQLite: refuses an empty, foreign or truncated file (Corrupt).
    static Status checkFileHeader(const QString &path);
    // Opens `path` for reading only; nothing is written to it. `immutable` also skips SQLite's lock and
    // shared-memory files (for files nobody else writes, such as backups, or a read-only folder).
    static Result<QString> openReadOnlyConnection(const QString &path, bool immutable);
    // Checks the database open on `connection` (file `path`, for messages): readable, quick_check passes
    // (unless `deferQuickCheck` and the schema is current), a Hoego schema no newer than this build. Returns
    // its schema version (0: empty file).
    // The file must be Hoego's (its application id, or all of Hoego's tables in a file from before the id): another
    // program's SQLite file is refused untouched. `fullCheck` runs integrity_check instead of quick_check.
    static Result<int> checkHealth(const QString &connection, const QString &path, bool deferQuickCheck = false,
                                   bool fullCheck = false);

    // Folds the write-ahead log into the file and empties it (when idle and on close).
    Status checkpoint();

private:
    Database();
    Status openOnServer(const QString &address, const Options &options);
    Status openConnection(const QString &path, const Options &options);
    Status checkHealthAndVersion(const Options &options, bool walHasContent);
    integrity::Reason dueCheck(const Options &options, bool walHasContent) const;
    // On close: the file as it is now is trusted when this session knew it intact, else nothing is known.
    void closeIntegrityRecord();
    Status configure();
    Status migrate();
    Status stampApplicationId();

    QString m_path;
    QString m_connection;
    QString m_readOnlyReason;
    bool m_readOnly = false;
    int m_version = 0;
    int m_backupsToKeep = 10;
    bool m_immutable = false;
    bool m_integrityCheckDeferred = false;
    bool m_isNew = false;
    bool m_leaveAsFound = false;
    bool m_open = false; // open() succeeded: closing may checkpoint
    bool m_markerSet = false; // this writer left the open marker (integrity::setOpenMarker)
    bool m_leftOpen = false; // and found one its predecessor left
    bool m_knownIntact = false; // checked at open, or as it was at the last clean check
    integrity::Reason m_checkReason = integrity::Reason::None;
    QDateTime m_openedAt;
    mutable QStringList m_warnings;
    mutable bool m_syncFolderChecked = false;
    std::unique_ptr<databasefile::WriterLock> m_lock;
    std::unique_ptr<ServerLocation> m_server;
};

} // namespace hoego
