// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "journal/journal.h"
#include "storage/database.h"
#include "storage/repositories.h"

#include <QTemporaryDir>

#include <memory>

namespace hoego::test {

// A real Hoego database file in a temporary folder, removed with the fixture. reopen() closes and opens
// the file again, to check that what was written is really on disk.
// With HOEGO_TEST_BACKEND=postgresql (the *_postgresql tests) it is a schema of its own on the throwaway server
// scripts/test starts instead, dropped with the fixture: the same test then runs against PostgreSQL.
class TempDatabase
{
public:
    TempDatabase();
    ~TempDatabase();

    // Whether the tests of this process run against the PostgreSQL server.
    static bool onServer();

    bool isOpen() const { return m_database != nullptr; }
    QString path() const;
    QString folder() const { return m_dir.path(); }
    const QString &connection() const { return m_database->connectionName(); }
    Database &database() { return *m_database; }
    Repositories &repos() { return m_journal->repositories(); }
    // The open file as the window sees it: its repositories and its change channel.
    Journal &journal() { return *m_journal; }
    // Closes and reopens; returns false (with the message in lastError) when the reopen fails.
    bool reopen();
    void close();
    QString lastError() const { return m_lastError; }

    // Runs one SQL statement directly, bypassing the repositories: for tests of the schema's own guards.
    Status rawExec(const QString &statement);
    QVariant scalar(const QString &statement);
    // Adds year `number` from a worker thread through its own connection, as a background import does; false
    // when the write failed or the thread did not finish.
    bool createYearOnWorkerThread(int number);

private:
    QTemporaryDir m_dir;
    QString m_serverSchema; // on the server: the schema this fixture made
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Journal> m_journal;
    QString m_lastError;
};

} // namespace hoego::test
