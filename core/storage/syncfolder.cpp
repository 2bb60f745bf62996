// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "syncfolder.h"
#include "i18n/particles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace hoego::syncfolder {
namespace {

// Names the context of this file's strings for tr() and for lupdate alike.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hoego::syncfolder)
};

struct Mark
{
    const char *service;
    const char *entry; // a file or folder the service keeps at the root of what it syncs
    bool isNamePattern; // `entry` is a wildcard pattern
};

// The marks each service's own client leaves in the folders it syncs.
constexpr Mark kMarks[] = {
        {"Dropbox", ".dropbox", false},
        {"Dropbox", ".dropbox.cache", false},
        {"Syncthing", ".stfolder", false},
        {"Nextcloud / ownCloud", ".sync_*.db", true},
        {"Nextcloud / ownCloud", "._sync_*.db", true},
        {"Nextcloud / ownCloud", ".owncloudsync.log", false},
        {"Nextcloud / ownCloud", ".nextcloudsync.log", false},
        {"Resilio Sync", ".sync/ID", false},
        {"MEGA", ".megaignore", false},
        {"Seafile", ".seafile-data", false},
};

QString markIn(const QDir &folder)
{
    // Named marks cost one stat each; the wildcard ones share a single listing of the folder, which grows with
    // what the folder holds (a home folder can hold hundreds of entries, and every start asks).
    QStringList patterns;
    for (const Mark &mark : kMarks) {
        if (mark.isNamePattern)
            patterns << QString::fromLatin1(mark.entry);
        else if (QFileInfo::exists(folder.filePath(QString::fromLatin1(mark.entry))))
            return QString::fromLatin1(mark.service);
    }
    const QStringList matches = folder.entryList(patterns, QDir::Files | QDir::Hidden | QDir::System);
    for (const Mark &mark : kMarks) {
        if (!mark.isNamePattern)
            continue;
        const QRegularExpression pattern = QRegularExpression::fromWildcard(QString::fromLatin1(mark.entry));
        for (const QString &name : matches) {
            if (pattern.match(name).hasMatch())
                return QString::fromLatin1(mark.service);
        }
    }
    return {};
}

} // namespace

QString serviceManaging(const QString &path)
{
    QDir folder(QFileInfo(path).absolutePath());
    // Stop at the home folder's parent: the marks live in the synced folder itself or above it, below home.
    for (int depth = 0; depth < 32; ++depth) {
        if (const QString service = markIn(folder); !service.isEmpty())
            return service;
        if (folder.isRoot() || !folder.cdUp())
            break;
    }
    return {};
}

QString warningFor(const QString &databasePath, const QString &service)
{
    return i18n::fillWords(
            Tr::tr("%1 is in a folder that %2 syncs. A sync service copies a database that is open (with its -wal, "
                   "-shm and .lock files) half-way or as conflict copies, and edits can be lost. Keep the database in "
                   "a folder that is not synced (Preferences > Database > Move), and put backups or exports in the "
                   "synced folder instead."),
            databasePath, service);
}

} // namespace hoego::syncfolder
