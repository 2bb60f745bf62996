// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "incomingfile.h"

#include <QFile>
#include <QFileInfo>

namespace hoego {
namespace {

bool hasSuffix(const QFileInfo &info, std::initializer_list<const char *> suffixes)
{
    const QString suffix = info.suffix();
    for (const char *candidate : suffixes) {
        if (suffix.compare(QLatin1String(candidate), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// Reads 16 bytes only, and only from a regular file: a FIFO would block the caller.
bool startsLikeSqlite(const QFileInfo &info)
{
    if (!info.isFile())
        return false;
    QFile file(info.filePath());
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.read(16) == QByteArray("SQLite format 3\0", 16);
}

} // namespace

IncomingKind incomingKind(const QString &path)
{
    const QFileInfo info(path);
    if (path.isEmpty() || !info.exists())
        return IncomingKind::Missing;
    if (info.isDir())
        return IncomingKind::Import; // a RedNotebook journal; the preview says when it is not one
    if (hasSuffix(info, {"hoego", "sqlite", "sqlite3", "db"}))
        return IncomingKind::Database;
    if (hasSuffix(info, {"md", "markdown", "txt", "html", "htm", "json"}))
        return IncomingKind::Import;
    return startsLikeSqlite(info) ? IncomingKind::Database : IncomingKind::Unsupported;
}

} // namespace hoego
