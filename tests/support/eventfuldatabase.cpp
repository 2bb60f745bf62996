// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "eventfuldatabase.h"

#include "storage/database.h"
#include "storage/repositories.h"
#include "storage/sql.h"

#include <QFile>
#include <QTemporaryDir>

namespace hoego::test {
namespace {

bool writeOnce(const QString &path)
{
    auto opened = Database::open(path);
    if (!opened.ok())
        return false;
    Repositories repos(opened.value()->connectionName());
    sql::Transaction transaction(opened.value()->connectionName());
    auto year = repos.years.create(2023, QStringLiteral("많은 일이 있었던 해"));
    if (!year.ok())
        return false;
    for (int i = 0; i < 300; ++i) {
        Event event;
        event.yearId = *year;
        event.title = QStringLiteral("사건 %1").arg(i);
        event.date = PartialDate::ofMonth(2023, 1 + i % 12);
        event.notes = QStringLiteral("이날의 메모 %1. ").arg(i).repeated(30);
        if (!repos.events.create(event).ok())
            return false;
    }
    return transaction.commit().ok();
}

} // namespace

bool writeEventfulDatabase(const QString &path)
{
    // Written once per test program, then copied: 300 events take a while under the sanitizers.
    static QTemporaryDir master;
    const QString masterPath = master.filePath(QStringLiteral("eventful.sqlite"));
    if (!QFile::exists(masterPath) && !writeOnce(masterPath))
        return false;
    return QFile::copy(masterPath, path);
}

bool damageMiddlePages(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite) || !file.seek(file.size() / 2 / 4096 * 4096))
        return false;
    const QByteArray garbage(3 * 4096, '\x3c');
    return file.write(garbage) == garbage.size();
}

} // namespace hoego::test
