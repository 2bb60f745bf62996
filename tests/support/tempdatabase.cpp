// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "tempdatabase.h"

#include "storage/sql.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUrl>

#include <atomic>
#include <cstdio>
#include <cstdlib>

namespace hoego::test {
namespace {

// Runs one statement on the throwaway server as its owner, outside any fixture's connection.
bool runOnServer(const QString &statement)
{
    const QString name = QStringLiteral("tempdatabase-admin");
    bool done = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(qEnvironmentVariable("PGHOST"));
        db.setPort(qEnvironmentVariableIntValue("PGPORT"));
        db.setUserName(qEnvironmentVariable("PGUSER"));
        db.setDatabaseName(qEnvironmentVariable("PGDATABASE"));
        if (db.open()) {
            QSqlQuery query(db);
            (void)query.exec(QStringLiteral("SET client_min_messages TO warning")); // no list of what a drop took
            done = query.exec(statement);
            if (!done)
                qWarning("%s: %s", qPrintable(statement), qPrintable(query.lastError().text()));
        } else {
            qWarning("cannot reach the test server: %s", qPrintable(db.lastError().text()));
        }
    }
    QSqlDatabase::removeDatabase(name);
    return done;
}

} // namespace

bool TempDatabase::onServer()
{
    static const bool server = qEnvironmentVariable("HOEGO_TEST_BACKEND") == QLatin1String("postgresql");
    return server;
}

TempDatabase::TempDatabase()
{
    if (onServer()) {
        if (qEnvironmentVariableIsEmpty("HOEGO_TEST_PG_DIR")) {
            // CTest reads this line as a skip (SKIP_REGULAR_EXPRESSION of the *_postgresql tests).
            std::fprintf(stderr,
                         "no throwaway PostgreSQL server: run scripts/test, or eval "
                         "\"$(scripts/pg-sandbox start)\" first\n");
            std::exit(0);
        }
        static std::atomic<int> counter{0};
        m_serverSchema = QStringLiteral("t_%1_%2").arg(QCoreApplication::applicationPid()).arg(++counter);
        if (!runOnServer(QStringLiteral("CREATE SCHEMA ") + m_serverSchema))
            m_serverSchema.clear();
    }
    reopen();
}

TempDatabase::~TempDatabase()
{
    close();
    if (!m_serverSchema.isEmpty())
        (void)runOnServer(QStringLiteral("DROP SCHEMA %1 CASCADE").arg(m_serverSchema));
}

QString TempDatabase::path() const
{
    if (onServer())
        return QStringLiteral("postgresql://%1@%2:%3/%4?options=")
                       .arg(qEnvironmentVariable("PGUSER"), qEnvironmentVariable("PGHOST"),
                            qEnvironmentVariable("PGPORT"), qEnvironmentVariable("PGDATABASE"))
                + QString::fromLatin1(QUrl::toPercentEncoding(QStringLiteral("-c search_path=") + m_serverSchema));
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
        qWarning("TempDatabase: %s", qPrintable(m_lastError));
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
