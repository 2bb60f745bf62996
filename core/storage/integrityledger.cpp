// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "integrityledger.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

#include <algorithm>

#include <cerrno>
#include <csignal>
#include <sys/stat.h>
#include <unistd.h>

namespace hoego::integrity {
namespace {

// Enough for every database a user has; tests make many, so the oldest entries go.
constexpr int kMaxEntries = 256;

// The login session's runtime folder, beside the identity locks: it is emptied at every restart, so the first open
// after one (a power cut included) checks in full. Without one (a cron job) nothing is kept and every open checks.
QString folder()
{
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        return {};
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    return runtime.isEmpty() ? QString() : runtime + QStringLiteral("/hoego-integrity");
}

// The entry of `path` with `suffix`, named by the file's device and inode; empty when either is unknown.
QString entryFor(const QString &path, const char *suffix)
{
    const FileStamp stamp = FileStamp::of(path);
    const QString base = folder();
    if (!stamp.isValid() || base.isEmpty())
        return {};
    return QStringLiteral("%1/%2-%3%4").arg(base).arg(stamp.device).arg(stamp.inode).arg(QLatin1String(suffix));
}

qint64 nanoseconds(const timespec &time)
{
    return qint64(time.tv_sec) * 1'000'000'000 + time.tv_nsec;
}

// Removes the oldest entries beyond kMaxEntries (records of files long deleted, mostly).
void prune(const QString &base)
{
    QDir dir(base);
    const QFileInfoList entries = dir.entryInfoList(QDir::Files, QDir::Time);
    for (qsizetype i = kMaxEntries; i < entries.size(); ++i)
        QFile::remove(entries[i].filePath());
}

// Written beside and renamed into place, so a reader never sees half a record; not flushed to the disk: a
// record lost in a power cut only costs one more check.
void writeEntry(const QString &entry, const QByteArray &content)
{
    if (entry.isEmpty() || !QDir().mkpath(QFileInfo(entry).absolutePath()))
        return;
    const QString partial = entry + QStringLiteral(".%1.tmp").arg(QCoreApplication::applicationPid());
    QFile file(partial);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return;
    const bool written = file.write(content) == content.size();
    file.close();
    if (!written || ::rename(QFile::encodeName(partial).constData(), QFile::encodeName(entry).constData()) != 0)
        QFile::remove(partial);
}

void write(const QString &path, const Record &record)
{
    const QString entry = entryFor(path, ".json");
    if (entry.isEmpty())
        return;
    QJsonObject object;
    const FileStamp &stamp = record.verified;
    object.insert(QStringLiteral("path"), path);
    object.insert(QStringLiteral("size"), stamp.size);
    object.insert(QStringLiteral("modified"), QString::number(stamp.modifiedNs));
    object.insert(QStringLiteral("changed"), QString::number(stamp.changedNs));
    if (record.lastFullCheck.isValid())
        object.insert(QStringLiteral("checked"), record.lastFullCheck.toString(Qt::ISODateWithMs));
    writeEntry(entry, QJsonDocument(object).toJson(QJsonDocument::Compact));
    prune(folder());
}

} // namespace

FileStamp FileStamp::of(const QString &path)
{
    FileStamp stamp;
    struct stat facts
    { };
    if (::stat(QFile::encodeName(path).constData(), &facts) != 0)
        return stamp;
    stamp.device = quint64(facts.st_dev);
    stamp.inode = quint64(facts.st_ino);
    stamp.size = qint64(facts.st_size);
    stamp.modifiedNs = nanoseconds(facts.st_mtim);
    stamp.changedNs = nanoseconds(facts.st_ctim);
    return stamp;
}

Record read(const QString &path)
{
    Record record;
    const QString entry = entryFor(path, ".json");
    QFile file(entry);
    if (entry.isEmpty() || !file.open(QIODevice::ReadOnly))
        return record;
    const QJsonObject object = QJsonDocument::fromJson(file.read(4096)).object();
    record.lastFullCheck = QDateTime::fromString(object.value(QStringLiteral("checked")).toString(), Qt::ISODateWithMs);
    if (!object.contains(QStringLiteral("size")))
        return record;
    // The entry's name holds the identity; the rest must match the file as it is.
    const FileStamp current = FileStamp::of(path);
    record.verified.device = current.device;
    record.verified.inode = current.inode;
    record.verified.size = object.value(QStringLiteral("size")).toInteger(-1);
    record.verified.modifiedNs = object.value(QStringLiteral("modified")).toString().toLongLong();
    record.verified.changedNs = object.value(QStringLiteral("changed")).toString().toLongLong();
    return record;
}

void recordCheckPassed(const QString &path, const FileStamp &before, const QDateTime &when)
{
    if (!before.isValid() || FileStamp::of(path) != before)
        return;
    write(path, Record{before, when.toUTC()});
}

void recordCleanClose(const QString &path)
{
    Record record = read(path);
    record.verified = FileStamp::of(path);
    if (record.verified.isValid())
        write(path, record);
}

void forget(const QString &path)
{
    const QString entry = entryFor(path, ".json");
    if (!entry.isEmpty())
        QFile::remove(entry);
}

void setOpenMarker(const QString &path)
{
    writeEntry(entryFor(path, ".open"), QByteArray::number(QCoreApplication::applicationPid()));
}

void clearOpenMarker(const QString &path)
{
    const QString entry = entryFor(path, ".open");
    if (!entry.isEmpty())
        QFile::remove(entry);
}

bool leftOpen(const QString &path, bool anyMarker)
{
    const QString entry = entryFor(path, ".open");
    QFile file(entry);
    if (entry.isEmpty() || !file.open(QIODevice::ReadOnly))
        return false;
    if (anyMarker)
        return true;
    // A reader does not hold the lock: the marker may be a window that is still open, which is no crash.
    const qint64 pid = file.read(32).trimmed().toLongLong();
    return pid <= 0 || (::kill(pid_t(pid), 0) != 0 && errno == ESRCH);
}

} // namespace hoego::integrity
