// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "hoegoprocess.h"
#include "tempdatabase.h"

#include "storage/sql.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace hoego;

namespace {

test::HoegoRun runHoego(const QStringList &arguments)
{
    return test::runHoegoAt(QStringLiteral(HOEGO_EXECUTABLE), arguments);
}

// Every row of every table of a SQLite file, as text, in a fixed order: equal for two files holding the same data.
QStringList allRows(const QString &file)
{
    const QString name = QStringLiteral("rows-of-") + file;
    QStringList rows;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(file);
        if (!db.open())
            return {QStringLiteral("cannot open ") + file};
        QSqlQuery tables(db);
        tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'search%' "
                                   "AND name NOT LIKE 'sqlite%' ORDER BY name"));
        QStringList names;
        while (tables.next())
            names << tables.value(0).toString();
        for (const QString &table : names) {
            QSqlQuery query(db);
            query.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(table));
            while (query.next()) {
                QStringList values;
                for (int i = 0; i < query.record().count(); ++i)
                    values << query.value(i).toString();
                rows << table + QLatin1Char(':') + values.join(QLatin1Char('|'));
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return rows;
}

QByteArray jsonExportOf(const QString &database, const QString &folder)
{
    const QString output = folder + QStringLiteral("/export.json");
    QFile::remove(output);
    const test::HoegoRun run
            = runHoego({QStringLiteral("--db"), database, QStringLiteral("export"), QStringLiteral("--format"),
                        QStringLiteral("json"), QStringLiteral("--output"), output});
    if (run.exitCode != 0)
        return run.err.toUtf8();
    QFile file(output);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray text;
    // The moment of the export is the one line that may differ.
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (!line.contains("\"exported_at\""))
            text += line + '\n';
    }
    return text;
}

} // namespace

// Issue 16: several Hoego processes on one PostgreSQL server, as on several computers; copies between a file and a
// server. Needs the throwaway server scripts/test starts; without one the test skips.
class TestServerClients : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("HOEGO_TEST_PG_DIR"))
            QSKIP("no throwaway PostgreSQL server: run through scripts/test, or eval \"$(scripts/pg-sandbox start)\"");
        qputenv("HOEGO_TEST_BACKEND", "postgresql"); // every TempDatabase here is a schema on the server
    }

    void aGoalCheckedByAnotherProcessShowsHereWithinASecond()
    {
        // Given this client following the database, and a goal
        test::TempDatabase here;
        QVERIFY(here.isOpen());
        const Id year = *here.repos().years.create(2026);
        Goal goal;
        goal.yearId = year;
        goal.title = QStringLiteral("LLM 공부하고 블로그에 쓰기");
        const Id goalId = *here.repos().goals.create(goal);
        here.journal().deliverPending();
        QSignalSpy changed(&here.journal(), &Journal::changed);

        // When another Hoego, in its own process, checks it off
        const test::HoegoRun run = runHoego({QStringLiteral("--db"), here.path(), QStringLiteral("goal"),
                                             QStringLiteral("check"), QString::number(goalId)});
        QCOMPARE(run.exitCode, 0);
        QElapsedTimer sinceCommit;
        sinceCommit.start();

        // Then this client hears of that goal within a second, and reads it checked
        QTRY_VERIFY_WITH_TIMEOUT(
                !changed.isEmpty() && changed.last().first().value<ChangeSet>().ids(Stored::Goal).contains(goalId),
                1000);
        QVERIFY(sinceCommit.elapsed() < 1000);
        QCOMPARE(changed.last().first().value<ChangeSet>().databasePath, here.journal().databasePath());
        QCOMPARE(here.repos().goals.get(goalId)->status, GoalStatus::Done);
    }

    void anEditOfAGoalAnotherProcessChangedMeanwhileIsRefusedAndNothingIsLost()
    {
        // Given a goal this client has read to edit
        test::TempDatabase here;
        const Id year = *here.repos().years.create(2026);
        Goal goal;
        goal.yearId = year;
        goal.title = QStringLiteral("벡터 데이터베이스 공부하기");
        const Id goalId = *here.repos().goals.create(goal);
        Goal read = *here.repos().goals.get(goalId);

        // When another Hoego process checks it off, and then this client saves its edit of the title
        QCOMPARE(runHoego({QStringLiteral("--db"), here.path(), QStringLiteral("goal"), QStringLiteral("check"),
                           QString::number(goalId)})
                         .exitCode,
                 0);
        read.title = QStringLiteral("pgvector와 Milvus 비교해 보기");
        const Status saved = here.repos().goals.update(read);

        // Then the check wins, the edit is refused with the reason, and the check is kept
        QVERIFY(!saved.ok());
        QCOMPARE(saved.error().code, Error::Code::Changed);
        Goal stored = *here.repos().goals.get(goalId);
        QCOMPARE(stored.status, GoalStatus::Done);
        QCOMPARE(stored.title, QStringLiteral("벡터 데이터베이스 공부하기"));

        // and made again from what is there now, the edit goes in beside the check
        stored.title = read.title;
        QVERIFY(here.repos().goals.update(stored).ok());
        QCOMPARE(here.repos().goals.get(goalId)->title, read.title);
        QCOMPARE(here.repos().goals.get(goalId)->status, GoalStatus::Done);
    }

    void anotherDatabaseOnTheSameServerIsNotHeard()
    {
        test::TempDatabase mine;
        test::TempDatabase other;
        QSignalSpy changed(&mine.journal(), &Journal::changed);
        QVERIFY(runHoego({QStringLiteral("--db"), other.path(), QStringLiteral("output"), QStringLiteral("add"),
                          QStringLiteral("--year"), QStringLiteral("2026"), QStringLiteral("--kind"),
                          QStringLiteral("post"), QStringLiteral("--title"), QStringLiteral("벡터 DB 비교")})
                        .exitCode
                != 0); // no year 2026 there: nothing written, nothing to hear
        (void)other.repos().years.create(2026);
        QTest::qWait(200);
        QVERIFY(changed.isEmpty());
    }

    void aCopyGoesToTheServerAndBackExactly()
    {
        QTemporaryDir dir;
        const QString original = dir.filePath(QStringLiteral("original.sqlite"));
        const QString back = dir.filePath(QStringLiteral("back.sqlite"));
        QCOMPARE(runHoego({QStringLiteral("--db"), original, QStringLiteral("import"),
                           QStringLiteral(HOEGO_SAMPLE_JSON)})
                         .exitCode,
                 0);
        test::TempDatabase server; // an empty Hoego database on the server (its starting areas only)
        const QString address = server.path();
        server.close(); // the copy is another process's business

        const test::HoegoRun up = runHoego(
                {QStringLiteral("copy"), QStringLiteral("--from"), original, QStringLiteral("--to"), address});
        QVERIFY2(up.exitCode == 0, qPrintable(up.err));
        QVERIFY(up.out.contains(QStringLiteral("3 years")));
        const test::HoegoRun down
                = runHoego({QStringLiteral("copy"), QStringLiteral("--from"), address, QStringLiteral("--to"), back});
        QVERIFY2(down.exitCode == 0, qPrintable(down.err));

        // Every row of every table came back as it left, ids and timestamps included
        const QStringList rows = allRows(original);
        QVERIFY(rows.size() > 150);
        QCOMPARE(allRows(back), rows);
        // and the server's JSON export is the file's
        const QByteArray json = jsonExportOf(original, dir.path());
        QVERIFY(json.contains("\"format\": \"hoego\""));
        QCOMPARE(jsonExportOf(address, dir.path()), json);
        // and search finds the same on both
        const test::HoegoRun fileSearch
                = runHoego({QStringLiteral("--db"), original, QStringLiteral("search"), QStringLiteral("졸업")});
        const test::HoegoRun serverSearch
                = runHoego({QStringLiteral("--db"), address, QStringLiteral("search"), QStringLiteral("졸업")});
        QVERIFY(!fileSearch.out.isEmpty());
        QCOMPARE(serverSearch.out, fileSearch.out);

        // A second copy into the same server is refused, and what is there stays
        const test::HoegoRun again = runHoego(
                {QStringLiteral("copy"), QStringLiteral("--from"), original, QStringLiteral("--to"), address});
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.err.contains(QStringLiteral("already holds data")));
        QCOMPARE(jsonExportOf(address, dir.path()), json);
    }

    void aServerDatabaseIsBackedUpIntoASqliteFile()
    {
        test::TempDatabase server;
        (void)server.repos().years.create(2025);
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("server-backup.sqlite"));
        const test::HoegoRun run = runHoego(
                {QStringLiteral("--db"), server.path(), QStringLiteral("backup"), QStringLiteral("--output"), file});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(jsonExportOf(file, dir.path()), jsonExportOf(server.path(), dir.path()));
        // and never over an existing file
        const test::HoegoRun again = runHoego(
                {QStringLiteral("--db"), server.path(), QStringLiteral("backup"), QStringLiteral("--output"), file});
        QCOMPARE(again.exitCode, 1);
    }

    void aDatabaseHoldingOtherTablesIsRefusedUntouched()
    {
        test::TempDatabase server;
        const QString address = server.path();
        server.close();
        // The schema emptied, then given a table of another program's
        QVERIFY(runHoego({QStringLiteral("--db"), address, QStringLiteral("goals")}).exitCode == 0);
        {
            const QString name = QStringLiteral("foreign-setup");
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
                db.setHostName(qEnvironmentVariable("PGHOST"));
                db.setPort(qEnvironmentVariableIntValue("PGPORT"));
                db.setUserName(qEnvironmentVariable("PGUSER"));
                db.setDatabaseName(qEnvironmentVariable("PGDATABASE"));
                QVERIFY(db.open());
                const QString schema = address.section(QStringLiteral("search_path%3D"), 1);
                QSqlQuery query(db);
                QVERIFY(query.exec(QStringLiteral("SET client_min_messages TO warning")));
                QVERIFY(query.exec(QStringLiteral("DROP SCHEMA %1 CASCADE").arg(schema)));
                QVERIFY(query.exec(QStringLiteral("CREATE SCHEMA %1").arg(schema)));
                QVERIFY(query.exec(QStringLiteral("CREATE TABLE %1.invoices (id integer)").arg(schema)));
            }
            QSqlDatabase::removeDatabase(name);
        }
        const test::HoegoRun run = runHoego({QStringLiteral("--db"), address, QStringLiteral("output"),
                                             QStringLiteral("remove"), QStringLiteral("1")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("not Hoego's")), qPrintable(run.err));
    }

    void anUnreachableServerAndARefusedLoginAreSaidPlainly()
    {
        const test::HoegoRun down
                = runHoego({QStringLiteral("--db"), QStringLiteral("postgresql://hoego@127.0.0.1:1/hoego"),
                            QStringLiteral("goals")});
        QCOMPARE(down.exitCode, 2);
        QVERIFY2(down.err.contains(QStringLiteral("Cannot reach the server at postgresql://hoego@127.0.0.1:1/hoego")),
                 qPrintable(down.err));
        const test::HoegoRun refused
                = runHoego({QStringLiteral("--db"),
                            QStringLiteral("postgresql://nobody:secret@127.0.0.1:%1/%2")
                                    .arg(qEnvironmentVariable("PGPORT"), qEnvironmentVariable("PGDATABASE")),
                            QStringLiteral("goals")});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(QStringLiteral("refused the login")), qPrintable(refused.err));
        QVERIFY2(!refused.err.contains(QStringLiteral("secret")), "a password is never shown");
    }
};

QTEST_GUILESS_MAIN(TestServerClients)
#include "tst_serverclients.moc"
