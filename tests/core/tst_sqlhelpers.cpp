// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "storage/changefeed.h"
#include "storage/sql.h"
#include "tempdatabase.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace hoego;

// sql::insert (issue 16) gives new ids by RETURNING, the way PostgreSQL can too, and reports a broken rule as an
// Error the repositories can branch on, never as a bare SQLite code.
class TestSqlHelpers : public QObject
{
    Q_OBJECT

private:
    static int yearNumberOf(test::TempDatabase &db, Id id)
    {
        return db.scalar(QStringLiteral("SELECT number FROM year WHERE id = %1").arg(id)).toInt();
    }

private slots:
    void insertGivesEachNewRowTheNextId()
    {
        test::TempDatabase db;
        QList<Id> ids;
        for (const int number : {2021, 2022, 2023}) {
            auto inserted = sql::insert(db.connection(), QStringLiteral("year"), QStringLiteral("number"), {number});
            QVERIFY(inserted.ok());
            ids << *inserted;
        }
        QVERIFY(ids[0] > 0 && ids[0] < ids[1] && ids[1] < ids[2]);
        QVERIFY(db.reopen());
        QCOMPARE(yearNumberOf(db, ids[0]), 2021);
        QCOMPARE(yearNumberOf(db, ids[2]), 2023);
    }

    void insertKeepsTheIdOfARestoredRow()
    {
        test::TempDatabase db;
        auto inserted = sql::insert(db.connection(), QStringLiteral("year"), QStringLiteral("number, title"),
                                    {2020, QStringLiteral("되돌린 해")}, 40);
        QVERIFY(inserted.ok());
        QCOMPARE(*inserted, Id(40));
        QCOMPARE(yearNumberOf(db, 40), 2020);
        // The next new row still gets an id of its own.
        auto next = sql::insert(db.connection(), QStringLiteral("year"), QStringLiteral("number"), {2021});
        QVERIFY(next.ok());
        QVERIFY(*next > 40);
    }

    void insertReportsADuplicateAsConflictAndWritesNothing()
    {
        test::TempDatabase db;
        QVERIFY(sql::insert(db.connection(), QStringLiteral("year"), QStringLiteral("number"), {2020}).ok());
        auto again = sql::insert(db.connection(), QStringLiteral("year"), QStringLiteral("number"), {2020});
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, Error::Code::Conflict);
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM year")).toInt(), 1);
    }

    void insertReportsABrokenRuleAsInvalidInput()
    {
        test::TempDatabase db;
        // A foreign key to no year, then a CHECK (an empty heading): both are the caller's bad values.
        auto orphan = sql::insert(db.connection(), QStringLiteral("section"), QStringLiteral("year_id, heading"),
                                  {Id(999), QStringLiteral("제목")});
        QVERIFY(!orphan.ok());
        QCOMPARE(orphan.error().code, Error::Code::InvalidInput);
        const Id year = *sql::insert(db.connection(), QStringLiteral("year"), QStringLiteral("number"), {2020});
        auto empty = sql::insert(db.connection(), QStringLiteral("section"), QStringLiteral("year_id, heading"),
                                 {year, QStringLiteral(" ")});
        QVERIFY(!empty.ok());
        QCOMPARE(empty.error().code, Error::Code::InvalidInput);
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM section")).toInt(), 0);
    }

    void aNewRowIsAnnouncedOnlyOnceItIsCommitted()
    {
        // Outside a transaction SQLite commits an INSERT ... RETURNING when the statement ends: a listener that
        // reads through another connection must find the row when it hears of it.
        test::TempDatabase db;
        const QString other = QStringLiteral("tst_sqlhelpers_reader");
        {
            QSqlDatabase reader = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), other);
            reader.setDatabaseName(db.path());
            QVERIFY(reader.open());
        }
        int seen = -1;
        QObject receiver;
        connect(ChangeFeed::instance(), &ChangeFeed::changed, &receiver, [&] {
            QSqlQuery count(QSqlDatabase::database(other, false));
            if (count.exec(QStringLiteral("SELECT count(*) FROM year")) && count.next())
                seen = count.value(0).toInt();
        });

        QVERIFY(sql::insert(db.connection(), QStringLiteral("year"), QStringLiteral("number"), {2020}).ok());
        QCOMPARE(seen, 1);

        QSqlDatabase::database(other, false).close();
        QSqlDatabase::removeDatabase(other);
    }

    void insertsInsideATransactionCommitTogether()
    {
        // The statement is finished once its id is read, so nothing is left open to stop the commit.
        test::TempDatabase db;
        {
            sql::Transaction transaction(db.connection());
            QVERIFY(transaction.started().ok());
            const Id year = *sql::insert(db.connection(), QStringLiteral("year"), QStringLiteral("number"), {2020});
            QVERIFY(sql::insert(db.connection(), QStringLiteral("section"), QStringLiteral("year_id, heading"),
                                {year, QStringLiteral("돌아보기")})
                            .ok());
            QVERIFY(transaction.commit().ok());
        }
        QVERIFY(db.reopen());
        QCOMPARE(db.scalar(QStringLiteral("SELECT heading FROM section")).toString(), QStringLiteral("돌아보기"));
    }
};

QTEST_GUILESS_MAIN(TestSqlHelpers)
#include "tst_sqlhelpers.moc"
