// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "tempdatabase.h"

#include "storage/sql.h"

#include <QThread>

namespace hoego::test {

TempDatabase::TempDatabase()
{
    reopen();
}

TempDatabase::~TempDatabase()
{
    close();
}

QString TempDatabase::path() const
{
    return m_dir.filePath(QStringLiteral("test.sqlite"));
}

void TempDatabase::close()
{
    m_journal.reset();
    m_database.reset();
}

bool TempDatabase::reopen()
{
    close();
    auto opened = Database::open(path());
    if (!opened.ok()) {
        m_lastError = opened.error().message;
        return false;
    }
    m_database = std::move(opened).value();
    m_journal = std::make_unique<Journal>(m_database->connectionName());
    return true;
}

Status TempDatabase::rawExec(const QString &statement)
{
    return sql::exec(connection(), statement);
}

QVariant TempDatabase::scalar(const QString &statement)
{
    auto query = sql::exec(connection(), statement);
    if (!query.ok() || !query.value().next())
        return {};
    return query.value().value(0);
}

bool TempDatabase::createYearOnWorkerThread(int number)
{
    bool written = false;
    QThread *thread = QThread::create([this, number, &written] {
        auto connection = m_database->openWorkerConnection();
        if (!connection.ok())
            return;
        written = Repositories(connection.value()).years.create(number).ok();
        Database::closeConnection(connection.value());
    });
    thread->start();
    const bool finished = thread->wait(30000);
    delete thread;
    return finished && written;
}

} // namespace hoego::test
