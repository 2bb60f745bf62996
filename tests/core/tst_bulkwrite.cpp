// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "storage/sql.h"
#include "tempdatabase.h"

#include <QTest>

using namespace hoego;

// sql::BulkWrite (issue 7) keeps prepared statements and skips savepoints inside an import's transaction.
// What it must not change: each reused statement reports its own row, and all or nothing still holds.
class TestBulkWrite : public QObject
{
    Q_OBJECT

private:
    static Event eventIn(Id yearId, const QString &title)
    {
        Event event;
        event.yearId = yearId;
        event.title = title;
        event.date = PartialDate::ofYear(2020);
        event.tags = {QStringLiteral("태그")};
        return event;
    }

private slots:
    void reusedStatementsReportTheirOwnRows()
    {
        test::TempDatabase db;
        const Id year = *db.repos().years.create(2020);
        QList<Id> ids;
        {
            sql::Transaction transaction(db.connection());
            sql::BulkWrite bulk(db.connection());
            for (int i = 0; i < 5; ++i) {
                auto created = db.repos().events.create(eventIn(year, QStringLiteral("일 %1").arg(i)));
                QVERIFY(created.ok());
                ids << *created;
            }
            // A lookup through the reused statement sees the rows written just before
            QCOMPARE(db.repos().events.get(ids.last())->title, QStringLiteral("일 4"));
        }
        // (the transaction was not committed: everything is gone)
        QVERIFY(db.repos().events.forYear(year)->isEmpty());
        QCOMPARE(QSet<Id>(ids.begin(), ids.end()).size(), 5);

        sql::Transaction transaction(db.connection());
        {
            sql::BulkWrite bulk(db.connection());
            for (int i = 0; i < 3; ++i)
                QVERIFY(db.repos().events.create(eventIn(year, QStringLiteral("둘 %1").arg(i))).ok());
        }
        QVERIFY(transaction.commit().ok());
        const QList<Event> stored = *db.repos().events.forYear(year);
        QCOMPARE(stored.size(), 3);
        QList<int> positions;
        for (const Event &event : stored) {
            QCOMPARE(event.tags, QStringList{QStringLiteral("태그")});
            positions << event.position;
        }
        QCOMPARE(positions, (QList<int>{0, 1, 2}));
    }

    void aFailedStepFailsTheWholeWrite()
    {
        test::TempDatabase db;
        const Id year = *db.repos().years.create(2020);
        {
            sql::Transaction transaction(db.connection());
            sql::BulkWrite bulk(db.connection());
            QVERIFY(db.repos().events.create(eventIn(year, QStringLiteral("first"))).ok());
            Event wrong = eventIn(year, QStringLiteral("wrong year"));
            wrong.date = PartialDate::ofYear(2021);
            QVERIFY(!db.repos().events.create(wrong).ok());
            // no commit: the caller gives up, as an import does on its first error
        }
        QVERIFY(db.repos().events.forYear(year)->isEmpty());
    }

    void afterTheScopeNestedTransactionsUseSavepointsAgain()
    {
        test::TempDatabase db;
        const Id year = *db.repos().years.create(2020);
        {
            sql::BulkWrite bulk(db.connection());
        }
        sql::Transaction outer(db.connection());
        QVERIFY(db.repos().events.create(eventIn(year, QStringLiteral("kept"))).ok());
        {
            sql::Transaction inner(db.connection());
            QVERIFY(db.repos().events.create(eventIn(year, QStringLiteral("undone"))).ok());
            // inner is not committed: its savepoint rolls back only this event
        }
        QVERIFY(outer.commit().ok());
        const QList<Event> stored = *db.repos().events.forYear(year);
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().title, QStringLiteral("kept"));
    }
};

QTEST_GUILESS_MAIN(TestBulkWrite)
#include "tst_bulkwrite.moc"
