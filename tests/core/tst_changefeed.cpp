// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "storage/changedyears.h"
#include "storage/changefeed.h"
#include "storage/sql.h"
#include "tempdatabase.h"

#include <QSignalSpy>
#include <QTest>

using namespace hoego;

// Every committed write comes back up as one ChangeSet, whoever made it; a rolled-back write never does.
class TestChangeFeed : public QObject
{
    Q_OBJECT

private slots:
    void aCommittedTransactionIsAnnouncedOnceWithItsRows()
    {
        // Given an open database and a listener
        test::TempDatabase db;
        QSignalSpy changed(ChangeFeed::instance(), &ChangeFeed::changed);

        // When a year and an event are written in one transaction
        Id year = 0;
        Id event = 0;
        Status written = sql::inTransaction(db.connection(), [&]() -> Status {
            year = *db.repos().years.create(2023);
            Event graduation;
            graduation.yearId = year;
            graduation.title = QStringLiteral("대학원 졸업");
            graduation.date = PartialDate::ofMonth(2023, 2);
            event = *db.repos().events.create(graduation);
            return {};
        });
        QVERIFY(written.ok());

        // Then one change names the file and both rows, and no search-index bookkeeping
        QCOMPARE(changed.size(), 1);
        const auto changes = changed.first().first().value<ChangeSet>();
        QCOMPARE(changes.databasePath, db.database().path());
        QVERIFY(changes.ids(Stored::Year).contains(year));
        QVERIFY(changes.ids(Stored::Event).contains(event));
        QVERIFY(changes.touchesYearContent());
        for (const QString &table : changes.rows.keys())
            QVERIFY2(!table.contains(QLatin1String("search")), qPrintable(table));
    }

    void aRolledBackTransactionIsNeverAnnounced()
    {
        test::TempDatabase db;
        QSignalSpy changed(ChangeFeed::instance(), &ChangeFeed::changed);

        Status failed = sql::inTransaction(db.connection(), [&]() -> Status {
            if (!db.repos().years.create(2023).ok())
                return Error::storage(QStringLiteral("the year was not written"));
            return Error::invalid(QStringLiteral("changed my mind"));
        });
        QVERIFY(!failed.ok());
        QCOMPARE(changed.size(), 0);

        // and the next write does not carry the rolled-back rows along
        const Id year = *db.repos().years.create(2024);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().first().value<ChangeSet>().ids(Stored::Year), QSet<Id>{year});
    }

    void aWriteOnAWorkerThreadReachesTheGuiThreadAfterItsCommit()
    {
        // Given a listener in this thread
        test::TempDatabase db;
        QList<ChangeSet> received;
        QObject receiver;
        connect(ChangeFeed::instance(), &ChangeFeed::changed, &receiver,
                [&](const ChangeSet &changes) { received << changes; });

        // When a worker thread writes through its own connection
        QVERIFY(db.createYearOnWorkerThread(2030));

        // Then the change arrives here, through the event loop
        QTRY_COMPARE(received.size(), 1);
        QVERIFY(received.first().touches(Stored::Year));
    }

    void aChangeNamesTheYearsWhoseCountsItMoved()
    {
        // Given two years, each with a goal and an event
        test::TempDatabase db;
        const Id year2023 = *db.repos().years.create(2023);
        const Id year2024 = *db.repos().years.create(2024);
        auto goalIn = [&](Id year) {
            Goal goal;
            goal.yearId = year;
            goal.title = QStringLiteral("논문 한 편 쓰기");
            return *db.repos().goals.create(goal);
        };
        const Id goal2023 = goalIn(year2023);
        const Id goal2024 = goalIn(year2024);
        Event talk;
        talk.yearId = year2024;
        talk.title = QStringLiteral("발표");
        talk.date = PartialDate::ofYear(2024);
        const Id event2024 = *db.repos().events.create(talk);
        QSignalSpy changed(ChangeFeed::instance(), &ChangeFeed::changed);
        auto last = [&] { return changed.last().first().value<ChangeSet>(); };

        // A goal checked off moves the counts of its year alone
        QVERIFY(db.repos().goals.check(goal2023, QDate(2023, 5, 1)).ok());
        QCOMPARE(yearsWhoseCountsChanged(db.connection(), last()), QSet<Id>{year2023});

        // A change in two years names both
        const bool both = sql::inTransaction(db.connection(), [&]() -> Status {
                              if (Status checked = db.repos().goals.check(goal2024, QDate(2024, 3, 1)); !checked.ok())
                                  return checked;
                              return db.repos().goals.uncheck(goal2023);
                          }).ok();
        QVERIFY(both);
        QCOMPARE(yearsWhoseCountsChanged(db.connection(), last()), (QSet<Id>{year2023, year2024}));

        // A link added to a goal moves no count
        QVERIFY(db.repos()
                        .goals
                        .addLink(goal2024, QStringLiteral("발표 자료"), QStringLiteral("https://example.org/talk"))
                        .ok());
        QVERIFY(!last().touches(Stored::Goal));
        QCOMPARE(yearsWhoseCountsChanged(db.connection(), last()), QSet<Id>{});

        // A deleted event's year cannot be told any more: the caller reads every year
        QVERIFY(db.repos().events.remove(event2024).ok());
        QCOMPARE(yearsWhoseCountsChanged(db.connection(), last()), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestChangeFeed)
#include "tst_changefeed.moc"
