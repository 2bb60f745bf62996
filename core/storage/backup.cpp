// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "backup.h"

#include "i18n/particles.h"

#include "database.h"
#include "databasefile.h"
#include "interrupter.h"
#include "schema.h"
#include "sql.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QTimeZone>

#include <algorithm>
#include <functional>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace hoego::backup {
namespace {

// Names the context of this file's strings for tr() and for lupdate alike.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hoego::backup)
};

const QString kTimestampFormat = QStringLiteral("yyyyMMdd-HHmmss-zzz");
constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

// Backups are named after the database's whole file name, so "hoego.sqlite" and "hoego.bak" in one folder
// never share (or prune) each other's backups.
QString prefixOf(const QString &databasePath)
{
    return QFileInfo(databasePath).fileName();
}
QString stemOf(const QString &databasePath)
{
    return QFileInfo(databasePath).completeBaseName();
}

QRegularExpression namePattern(const QString &prefix)
{
    return QRegularExpression(QLatin1Char('^') + QRegularExpression::escape(prefix)
                              + QStringLiteral("-(\\d{8}-\\d{6}-\\d{3})\\.sqlite$"));
}

QRegularExpression namePattern(const QString &databasePath, bool legacy)
{
    return namePattern(legacy ? stemOf(databasePath) : prefixOf(databasePath));
}

// Before backups were named after the whole file name they were named after its stem. Those are listed for
// a database with the default ".sqlite" suffix (the only one the old names can be told apart for) and never
// pruned, since another file with the same stem may own them.
bool hasLegacyNames(const QString &databasePath)
{
    return QFileInfo(databasePath).suffix() == QLatin1String("sqlite");
}

QList<QString> matching(const QString &databasePath, bool legacy)
{
    const QDir folder(folderFor(databasePath));
    const QRegularExpression pattern = namePattern(databasePath, legacy);
    QList<QString> names;
    for (const QString &name : folder.entryList(QDir::Files, QDir::Name)) {
        if (pattern.match(name).hasMatch())
            names << name;
    }
    return names;
}

QDateTime timestampOf(const QString &fileName, const QRegularExpression &pattern)
{
    const QRegularExpressionMatch match = pattern.match(fileName);
    if (!match.hasMatch())
        return {};
    QDateTime when = QDateTime::fromString(match.captured(1), kTimestampFormat);
    when.setTimeSpec(Qt::UTC);
    return when;
}

QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

// Flushes a file (or a folder, so a rename in it is durable) to the disk.
Status syncToDisk(const QString &path)
{
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return Error{Error::Code::Io, i18n::fillWords(Tr::tr("Cannot open %1 to flush it: %2"), path, systemError())};
    const int synced = ::fsync(fd);
    const QString reason = synced == 0 ? QString() : systemError();
    ::close(fd);
    if (synced != 0)
        return Error{Error::Code::Io, i18n::fillWords(Tr::tr("Cannot flush %1 to the disk: %2"), path, reason)};
    return {};
}

// Renames over an existing file in one step (POSIX rename), then makes the rename durable.
Status replaceFile(const QString &from, const QString &to)
{
    if (std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0)
        return Error{Error::Code::Io, i18n::fillWords(Tr::tr("Cannot move %1 to %2: %3"), from, to, systemError())};
    return syncToDisk(QFileInfo(to).absolutePath());
}

// A killed backup or restore leaves its ".partial" file behind; one no live writer holds locked is removed.
void removeAbandonedPartials(const QString &folder)
{
    const QDir dir(folder);
    for (const QString &name : dir.entryList({QStringLiteral("*.partial")}, QDir::Files | QDir::Hidden)) {
        const QString path = dir.filePath(name);
        const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK);
        if (fd < 0)
            continue;
        if (::flock(fd, LOCK_EX | LOCK_NB) == 0)
            QFile::remove(path);
        ::close(fd);
    }
}

Status makeFolder(const QString &folder)
{
    if (QFileInfo(folder).isDir())
        return {};
    if (!QDir().mkpath(folder))
        return Error{Error::Code::Io, i18n::fillWords(Tr::tr("Cannot create the backup folder %1."), folder)};
    QFile::setPermissions(folder, kOwnerOnly | QFileDevice::ExeOwner);
    return {};
}

Status createEmptyPrivateFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return Error{Error::Code::Io, i18n::fillWords(Tr::tr("Cannot create %1: %2"), path, file.errorString())};
    if (!file.setPermissions(kOwnerOnly))
        return Error{Error::Code::Io, i18n::fillWords(Tr::tr("Cannot make %1 private: %2"), path, file.errorString())};
    return {};
}

// A byte-for-byte copy (with its write-ahead log) of a file SQLite cannot read, so restoring over it loses
// nothing the user might still want to rescue.
Result<QString> saveDamagedCopy(const QString &databasePath, const QDateTime &now)
{
    const QString folder = folderFor(databasePath);
    if (Status made = makeFolder(folder); !made.ok())
        return made.error();
    const QString target = QDir(folder).filePath(prefixOf(databasePath) + QLatin1Char('-')
                                                 + now.toString(kTimestampFormat) + QStringLiteral("-damaged.sqlite"));
    for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
        if (!QFileInfo::exists(databasePath + suffix))
            continue;
        if (!QFile::copy(databasePath + suffix, target + suffix))
            return Error{Error::Code::Io,
                         i18n::fillWords(Tr::tr("Cannot copy %1 to %2."), databasePath + suffix, target + suffix)};
        QFile::setPermissions(target + suffix, kOwnerOnly);
        if (Status synced = syncToDisk(target + suffix); !synced.ok())
            return synced.error();
    }
    return target;
}

// Saves the database that is about to be replaced: a consistent backup when it is healthy (then its log is
// emptied into it, so removing the log loses nothing), a raw copy when it is not.
Result<QString> saveCurrent(const QString &databasePath, int keep, const QDateTime &now, const QString &keepAlso)
{
    if (!QFileInfo::exists(databasePath))
        return QString();
    bool healthy = Database::checkFileHeader(databasePath).ok();
    if (healthy) {
        auto probe = Database::openReadOnlyConnection(databasePath, false);
        healthy = probe.ok() && Database::checkHealth(probe.value(), databasePath).ok();
        if (probe.ok())
            Database::closeConnection(probe.value());
    }
    if (!healthy)
        return saveDamagedCopy(databasePath, now);

    // A plain connection, not Database::open: the file is about to be replaced, so it is not upgraded first.
    const QString connection = QStringLiteral("hoego-restore-save");
    Result<QString> saved = QString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(databasePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            saved = sql::toError(db.lastError(), i18n::fillWords(Tr::tr("Cannot open %1"), databasePath));
        } else {
            saved = create(connection, databasePath, keep, now, keepAlso);
            if (saved.ok()) {
                auto checkpoint = sql::exec(connection, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
                if (!checkpoint.ok())
                    saved = checkpoint.error();
            }
        }
    }
    Database::closeConnection(connection);
    return saved;
}

} // namespace

QString folderFor(const QString &databasePath)
{
    return QFileInfo(databasePath).absoluteDir().filePath(QStringLiteral("backups"));
}

QString fileNameFor(const QString &databasePath, const QDateTime &when)
{
    return prefixOf(databasePath) + QLatin1Char('-') + when.toUTC().toString(kTimestampFormat)
            + QStringLiteral(".sqlite");
}

Status writeCopy(const QString &connection, const QString &target, const Interrupter *interrupter)
{
    if (QFileInfo::exists(target))
        return Error{Error::Code::Io, i18n::fillWords(Tr::tr("The backup %1 already exists."), target)};
    if (Status made = makeFolder(QFileInfo(target).absolutePath()); !made.ok())
        return made;
    const QString partial = target + QStringLiteral(".partial");
    removeAbandonedPartials(QFileInfo(target).absolutePath());
    // VACUUM INTO accepts an empty file, so it is created first with the owner-only mode it keeps. The lock held
    // on it while it is written tells a cleaner that this one is not abandoned.
    if (Status created = createEmptyPrivateFile(partial); !created.ok())
        return created;
    const int holder = ::open(QFile::encodeName(partial).constData(), O_RDONLY | O_CLOEXEC);
    if (holder >= 0)
        ::flock(holder, LOCK_EX);
    auto written = sql::exec(connection, QStringLiteral("VACUUM INTO ?"), {partial});
    Status done = written.ok() ? Status() : Status(written.error());
    // Flushing a big copy can take long: not when the user is quitting.
    if (done.ok() && interrupter && interrupter->interrupted())
        done = Error{Error::Code::Storage, Tr::tr("Stopped.")};
    if (done.ok())
        done = syncToDisk(partial);
    if (done.ok())
        done = replaceFile(partial, target);
    if (holder >= 0)
        ::close(holder);
    if (!done.ok()) {
        QFile::remove(partial);
        return Error{done.error().code == Error::Code::Io ? Error::Code::Io : Error::Code::Storage,
                     i18n::fillWords(Tr::tr("The backup %1 could not be written: %2"), target, done.error().message)};
    }
    return {};
}

Result<QString> create(const QString &connection, const QString &databasePath, int keep, const QDateTime &now,
                       const QString &keepAlso, const Interrupter *interrupter)
{
    QDateTime when = now.toUTC();
    QString target = QDir(folderFor(databasePath)).filePath(fileNameFor(databasePath, when));
    // Two backups in the same millisecond (a restore right after a start-up backup) get distinct names.
    while (QFileInfo::exists(target)) {
        when = when.addMSecs(1);
        target = QDir(folderFor(databasePath)).filePath(fileNameFor(databasePath, when));
    }
    if (Status written = writeCopy(connection, target, interrupter); !written.ok())
        return written.error();
    // The new backup is never pruned, even when older-named files (a clock set back) would push it out.
    if (Status pruned = prune(databasePath, keep, {target, keepAlso}); !pruned.ok())
        return Error{pruned.error().code,
                     i18n::fillWords(Tr::tr("The backup %1 was written, but older backups could not be removed: %2"),
                                     target, pruned.error().message)};
    return target;
}

Result<std::optional<QString>> createIfDue(const QString &connection, const QString &databasePath, int keep,
                                           const QDateTime &now, const Interrupter *interrupter)
{
    const QList<QString> existing = list(databasePath);
    if (!existing.isEmpty()) {
        const QDateTime newest = timestampOf(QFileInfo(existing.first()).fileName(),
                                             QRegularExpression(QStringLiteral("-(\\d{8}-\\d{6}-\\d{3})\\.sqlite$")));
        if (newest.toLocalTime().date() == now.toLocalTime().date())
            return std::optional<QString>();
    }
    auto created = create(connection, databasePath, keep, now, {}, interrupter);
    if (!created.ok())
        return created.error();
    return std::optional<QString>(created.value());
}

namespace {

// Newest first: the timestamp has a fixed width and sorts by time whatever the prefix.
QList<QString> newestFirst(const QString &databasePath, QList<QString> names)
{
    const QRegularExpression stamp(QStringLiteral("(\\d{8}-\\d{6}-\\d{3})\\.sqlite$"));
    std::sort(names.begin(), names.end(), [&](const QString &a, const QString &b) {
        return stamp.match(a).captured(1) > stamp.match(b).captured(1);
    });
    const QDir folder(folderFor(databasePath));
    QList<QString> paths;
    for (const QString &name : std::as_const(names))
        paths << folder.filePath(name);
    return paths;
}

} // namespace

QList<QString> list(const QString &databasePath)
{
    QList<QString> names = matching(databasePath, false);
    if (hasLegacyNames(databasePath))
        names += matching(databasePath, true);
    return newestFirst(databasePath, names);
}

Status prune(const QString &databasePath, int keep, const QStringList &keepAlso)
{
    const QList<QString> backups = newestFirst(databasePath, matching(databasePath, false));
    QStringList spared;
    for (const QString &path : keepAlso) {
        if (!path.isEmpty())
            spared << QFileInfo(path).absoluteFilePath();
    }
    for (qsizetype i = std::max(keep, 1); i < backups.size(); ++i) {
        if (spared.contains(QFileInfo(backups[i]).absoluteFilePath()))
            continue;
        if (!QFile::remove(backups[i]))
            return Error{Error::Code::Io, i18n::fillWords(Tr::tr("Cannot remove the old backup %1."), backups[i])};
    }
    return {};
}

namespace {

// Opens a backup for reading through SQLite: with its write-ahead log when it has one with content (committed
// transactions may still be there), as immutable otherwise (no side files are made beside it).
Result<QString> openBackupForReading(const QString &path)
{
    const QFileInfo wal(path + QStringLiteral("-wal"));
    const bool hasLog = wal.exists() && wal.size() > 0;
    auto connection = Database::openReadOnlyConnection(path, !hasLog);
    if (!connection.ok() && hasLog)
        return Error{connection.error().code,
                     Tr::tr("%1 has a write-ahead log that cannot be read here (%2), so restoring it would lose "
                            "what is in the log.")
                             .arg(path, connection.error().message)};
    return connection;
}

// Writes a consistent, self-contained copy of the backup at `source` to `target` (which must not exist),
// reading it through SQLite so that transactions still in its write-ahead log are included.
Status copyThroughSqlite(const QString &source, const QString &target)
{
    auto connection = openBackupForReading(source);
    if (!connection.ok())
        return connection.error();
    Status written = writeCopy(connection.value(), target);
    Database::closeConnection(connection.value());
    return written;
}

} // namespace

Summary inspect(const QString &path)
{
    Summary summary;
    summary.path = QFileInfo(path).absoluteFilePath();
    summary.size = QFileInfo(path).size();
    summary.createdAt = timestampOf(QFileInfo(path).fileName(),
                                    QRegularExpression(QStringLiteral("-(\\d{8}-\\d{6}-\\d{3})\\.sqlite$")));
    if (Status regular = databasefile::checkRegularOrMissing(path); !regular.ok()) {
        summary.problem = regular.error().message;
        return summary;
    }
    if (Status header = Database::checkFileHeader(path); !header.ok()) {
        summary.problem = header.error().message;
        return summary;
    }
    auto connection = openBackupForReading(path);
    if (!connection.ok()) {
        summary.problem = connection.error().message;
        return summary;
    }
    auto version = Database::checkHealth(connection.value(), path);
    if (!version.ok()) {
        summary.problem = version.error().message;
    } else if (version.value() == 0) {
        summary.problem = i18n::fillWords(Tr::tr("%1 is an empty database."), path);
    } else {
        auto counts = sql::single(connection.value(),
                                  QStringLiteral("SELECT (SELECT count(*) FROM year), (SELECT count(*) FROM event),"
                                                 " (SELECT count(*) FROM goal)"),
                                  {}, QStringLiteral("counts"));
        if (!counts.ok()) {
            summary.problem = counts.error().message;
        } else {
            summary.readable = true;
            summary.schemaVersion = version.value();
            summary.years = counts.value().value(0).toInt();
            summary.events = counts.value().value(1).toInt();
            summary.goals = counts.value().value(2).toInt();
        }
    }
    Database::closeConnection(connection.value());
    return summary;
}

Result<QString> restore(const QString &databasePath, const QString &backupPath, int keep)
{
    // The real file: restoring through a symbolic link replaces the database it points to, not the link.
    auto resolved = databasefile::resolve(databasePath);
    if (!resolved.ok())
        return resolved.error();
    const QString database = resolved.value();
    const QString source = QFileInfo(backupPath).canonicalFilePath();
    if (source.isEmpty())
        return Error::notFound(
                i18n::fillWords(Tr::tr("The backup %1 does not exist."), QFileInfo(backupPath).absoluteFilePath()));
    if (database == source)
        return Error::invalid(Tr::tr("The backup and the database are the same file."));
    if (!QFileInfo(database).absoluteDir().exists())
        return Error::notFound(Tr::tr("The folder of %1 does not exist.").arg(database));

    auto lock = databasefile::WriterLock::acquire(database, databasefile::WriterLock::Purpose::Restore);
    if (!lock.ok())
        return lock.error();

    const Summary checked = inspect(source);
    if (!checked.readable)
        return Error{Error::Code::Corrupt, Tr::tr("The backup cannot be restored: %1").arg(checked.problem)};

    // The backup is copied beside the database first (same file system, so the final rename is atomic), before
    // saving the current file can prune old backups: the one being restored may be the oldest.
    const QString incoming = database + QStringLiteral(".restoring");
    QFile::remove(incoming); // left over from a restore that was killed
    if (Status copied = copyThroughSqlite(source, incoming); !copied.ok()) {
        QFile::remove(incoming);
        return Error{copied.error().code,
                     i18n::fillWords(Tr::tr("Cannot copy the backup %1 beside the database; nothing was restored: %2"),
                                     source, copied.error().message)};
    }

    auto saved = saveCurrent(database, keep, QDateTime::currentDateTimeUtc(), source);
    if (!saved.ok()) {
        QFile::remove(incoming);
        return Error{saved.error().code,
                     Tr::tr("The current database could not be saved first, so nothing was restored: %1")
                             .arg(saved.error().message)};
    }
    // The old log and shared memory belong to the old file: SQLite would apply them to the restored one.
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFileInfo::exists(database + suffix) && !QFile::remove(database + suffix)) {
            QFile::remove(incoming);
            return Error{Error::Code::Io,
                         i18n::fillWords(Tr::tr("Cannot remove %1; nothing was restored."), database + suffix)};
        }
    }
    if (Status replaced = replaceFile(incoming, database); !replaced.ok()) {
        QFile::remove(incoming);
        return replaced.error();
    }
    return saved.value();
}

Result<QString> restoreAsCopy(const QString &backupPath, const QString &databasePath, const QDateTime &now)
{
    const Summary checked = inspect(backupPath);
    if (!checked.readable)
        return Error{Error::Code::Corrupt, Tr::tr("The backup cannot be opened: %1").arg(checked.problem)};
    const QDir folder = QFileInfo(databasePath).absoluteDir();
    const QString target = folder.filePath(stemOf(databasePath) + QStringLiteral("-restored-")
                                           + now.toUTC().toString(kTimestampFormat) + QStringLiteral(".sqlite"));
    if (QFileInfo::exists(target))
        return Error{Error::Code::Conflict, i18n::fillWords(Tr::tr("%1 already exists."), target)};
    if (Status copied = copyThroughSqlite(checked.path, target); !copied.ok())
        return Error{copied.error().code,
                     i18n::fillWords(Tr::tr("Cannot copy the backup %1 to %2: %3"), checked.path, target,
                                     copied.error().message)};
    return target;
}

} // namespace hoego::backup
