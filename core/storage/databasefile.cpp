// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "databasefile.h"

#include "i18n/particles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QStandardPaths>
#include <QStorageInfo>

#include <sys/stat.h>

namespace hoego::databasefile {
namespace {

// Names the context of this file's strings for tr() and for lupdate alike.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hoego::databasefile)
};

constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

// What kind of thing `path` is, without opening it (opening a FIFO blocks until a writer comes).
QString kindOfSpecialFile(const QString &path)
{
    struct stat facts
    { };
    if (::stat(QFile::encodeName(path).constData(), &facts) != 0)
        return {};
    if (S_ISREG(facts.st_mode))
        return {};
    if (S_ISDIR(facts.st_mode))
        return Tr::tr("a folder");
    if (S_ISFIFO(facts.st_mode))
        return Tr::tr("a named pipe (FIFO)");
    if (S_ISCHR(facts.st_mode) || S_ISBLK(facts.st_mode))
        return Tr::tr("a device");
    if (S_ISSOCK(facts.st_mode))
        return Tr::tr("a socket");
    return Tr::tr("not a regular file");
}

Error lockedError(const QString &path, qint64 holder, WriterLock::Purpose purpose);

// Takes a lock file at once. When another process holds it, says who (0 when that cannot be told); when the
// lock file cannot be written at all (a full disk, no permission), says that instead of "already open".
Status tryLock(QLockFile &lock, const QString &databasePath, WriterLock::Purpose purpose)
{
    lock.setStaleLockTime(0);
    if (lock.tryLock(0))
        return {};
    if (lock.error() != QLockFile::LockFailedError) {
        if (diskIsFull(databasePath))
            return diskFullError(databasePath);
        return Error{Error::Code::Io, Tr::tr("Cannot create the lock file for %1.").arg(databasePath)};
    }
    qint64 holder = 0;
    QString host;
    QString app;
    if (!lock.getLockInfo(&holder, &host, &app))
        holder = 0;
    return lockedError(databasePath, holder, purpose);
}

Error lockedError(const QString &path, qint64 holder, WriterLock::Purpose purpose)
{
    QString message;
    if (purpose == WriterLock::Purpose::Restore) {
        message = holder > 0
                ? i18n::fillWords(Tr::tr("%1 is open in another Hoego (process %2). Close it there, then restore."),
                                  path, holder)
                : i18n::fillWords(Tr::tr("%1 is open in another Hoego. Close it there, then restore."), path);
    } else {
        message = holder > 0
                ? i18n::fillWords(Tr::tr("%1 is already open in another Hoego (process %2). Close it there first."),
                                  path, holder)
                : i18n::fillWords(Tr::tr("%1 is already open in another Hoego. Close it there first."), path);
    }
    return Error{Error::Code::Locked, message};
}

} // namespace

bool diskIsFull(const QString &path)
{
    const QStorageInfo storage(QFileInfo(path).absolutePath());
    return storage.isValid() && storage.bytesAvailable() < 64 * 1024;
}

Error diskFullError(const QString &path)
{
    return Error{Error::Code::Storage,
                 i18n::fillWords(Tr::tr("The disk that holds %1 is full, so Hoego cannot open it. Free some "
                                        "space and try again; the file was not changed."),
                                 path)};
}

Result<QString> resolve(const QString &path)
{
    if (path.trimmed().isEmpty())
        return Error::invalid(Tr::tr("The database path is empty."));
    QFileInfo info(QFileInfo(path).absoluteFilePath());
    QString real;
    if (info.exists()) {
        real = info.canonicalFilePath();
    } else if (info.isSymLink()) {
        // A dangling link: creating the database creates its target, so that is the file it names.
        real = QFileInfo(info.absolutePath(), info.symLinkTarget()).absoluteFilePath();
    } else {
        const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
        real = folder.isEmpty() ? info.absoluteFilePath() : QDir(folder).filePath(info.fileName());
    }
    if (real.isEmpty())
        real = info.absoluteFilePath();
    if (Status regular = checkRegularOrMissing(real); !regular.ok())
        return regular.error();
    return real;
}

Status checkRegularOrMissing(const QString &path)
{
    const QString kind = kindOfSpecialFile(path);
    if (kind.isEmpty())
        return {};
    return Error::invalid(i18n::fillWords(Tr::tr("%1 is %2, not a file; Hoego did not open it."), path, kind));
}

QString WriterLock::identityLockPath(const QString &resolvedPath)
{
    struct stat facts
    { };
    if (::stat(QFile::encodeName(resolvedPath).constData(), &facts) != 0)
        return {};
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (folder.isEmpty())
        return {};
    return QDir(folder).filePath(
            QStringLiteral("hoego-locks/%1-%2.lock").arg(quint64(facts.st_dev)).arg(quint64(facts.st_ino)));
}

Result<std::unique_ptr<WriterLock>> WriterLock::acquire(const QString &resolvedPath, Purpose purpose)
{
    std::unique_ptr<WriterLock> lock(new WriterLock);

    // Beside the real path: also guards the moment a restore renames a new file (a new inode) into place.
    lock->m_besidePath = std::make_unique<QLockFile>(resolvedPath + QStringLiteral(".lock"));
    if (Status locked = tryLock(*lock->m_besidePath, resolvedPath, purpose); !locked.ok())
        return locked.error();
    QFile::setPermissions(resolvedPath + QStringLiteral(".lock"), kOwnerOnly); // the owner's alone, like the file

    // By device and inode: a hard link under another name or folder is the same file. Where there is no
    // runtime folder to keep it in, the lock beside the path is all there is.
    const QString identity = identityLockPath(resolvedPath);
    if (!identity.isEmpty() && QDir().mkpath(QFileInfo(identity).absolutePath())) {
        lock->m_byIdentity = std::make_unique<QLockFile>(identity);
        if (Status locked = tryLock(*lock->m_byIdentity, resolvedPath, purpose); !locked.ok())
            return locked.error();
    }
    return lock;
}

WriterLock::~WriterLock() = default;

} // namespace hoego::databasefile
