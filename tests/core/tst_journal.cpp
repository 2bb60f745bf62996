// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "journal/journal.h"
#include "storage/repositories.h"
#include "storage/sql.h"
#include "tempdatabase.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace hoego;

// The journal is what the views hold: it announces every write committed to its own file, once, after the write.
class TestJournal : public QObject
{
    Q_OBJECT

private slots:
    void aWriteIsAnnouncedAfterItNotInsideIt()
    {
        // Given a journal and a view listening to it
        test::TempDatabase db;
        QSignalSpy changed(&db.journal(), &Journal::changed);

        // When a year is written
        const Id year = *db.repos().years.create(2023);

        // Then nothing is announced while the writer still runs, and the year once the event loop turns
        QCOMPARE(changed.size(), 0);
        QTRY_COMPARE(changed.size(), 1);
        const auto changes = changed.first().first().value<ChangeSet>();
        QCOMPARE(changes.ids(Stored::Year), QSet<Id>{year});
        QCOMPARE(changes.databasePath, db.journal().databasePath());
    }

    void deliverPendingAnnouncesAtOnce()
    {
        test::TempDatabase db;
        QSignalSpy changed(&db.journal(), &Journal::changed);
        const Id year = *db.repos().years.create(2023);
        Goal goal;
        goal.yearId = year;
        goal.title = QStringLiteral("LLM 공부하고 블로그에 쓰기");
        const Id goalId = *db.repos().goals.create(goal);
        QCOMPARE(changed.size(), 0);

        // An edit that must show its own result before the next click asks for it now: one announcement per
        // transaction from SQLite; a server's arrive together, as one.
        db.journal().deliverPending();
        const qsizetype expected = test::TempDatabase::onServer() ? 1 : 2;
        QCOMPARE(changed.size(), expected);
        QVERIFY(changed.last().first().value<ChangeSet>().ids(Stored::Goal).contains(goalId));
        QVERIFY(changed.first().first().value<ChangeSet>().ids(Stored::Year).contains(year));
        // and nothing is announced twice
        QTest::qWait(10);
        QCOMPARE(changed.size(), expected);
    }

    void anotherDatabaseIsNotThisJournalsBusiness()
    {
        test::TempDatabase mine;
        test::TempDatabase other;
        QSignalSpy changed(&mine.journal(), &Journal::changed);
        QSignalSpy otherChanged(&other.journal(), &Journal::changed);

        (void)other.repos().years.create(2024);

        QTRY_COMPARE(otherChanged.size(), 1);
        QCOMPARE(changed.size(), 0);
    }

    void aWorkerThreadsWriteReachesTheJournal()
    {
        test::TempDatabase db;
        QSignalSpy changed(&db.journal(), &Journal::changed);
        QVERIFY(db.createYearOnWorkerThread(2030));
        QTRY_COMPARE(changed.size(), 1);
        QVERIFY(changed.first().first().value<ChangeSet>().touches(Stored::Year));
    }

    void everyKindNamesATableOfTheSchema()
    {
        // A table renamed in a migration must be renamed in the kinds too, or views would stop hearing of it.
        test::TempDatabase db;
        for (int kind = int(Stored::Year); kind <= int(Stored::Setting); ++kind) {
            const QString table = ChangeSet::tableOf(Stored(kind));
            QVERIFY2(!table.isEmpty(), qPrintable(QString::number(kind)));
            const QString tables = test::TempDatabase::onServer()
                    ? QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE table_schema = "
                                     "current_schema() AND table_name = '%1'")
                    : QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '%1'");
            const QVariant found = db.scalar(tables.arg(table));
            QVERIFY2(found.toInt() == 1, qPrintable(table));
        }
    }
};

QTEST_GUILESS_MAIN(TestJournal)
#include "tst_journal.moc"
