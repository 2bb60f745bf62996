// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "storage/sql.h"
#include "tempdatabase.h"

#include <QTest>

using namespace hoego;

namespace {

// Stops the file from growing, as a full disk would: SQLite answers SQLITE_FULL once it needs a new page.
void fillTheDisk(test::TempDatabase &db)
{
    const int pages = db.scalar(QStringLiteral("PRAGMA page_count")).toInt();
    QVERIFY(db.rawExec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)).ok());
}

// About 300 KB of Korean text: more than the free space of a small file.
QString longNotes()
{
    return QStringLiteral("오늘 배운 것을 적는다. ").repeated(20'000);
}

} // namespace

class TestDiskFull : public QObject
{
    Q_OBJECT

private slots:
    void aNewEventOnAFullDiskIsRefusedAndEarlierEditsStay()
    {
        // Given a year with one event, on a disk that is now full
        test::TempDatabase db;
        const Id year = *db.repos().years.create(2023, QStringLiteral("전직한 해"));
        Event first;
        first.yearId = year;
        first.title = QStringLiteral("첫 출근");
        first.date = PartialDate::ofDay(2023, 3, 2);
        const Id firstId = *db.repos().events.create(first);
        fillTheDisk(db);

        // When an event with tags and long notes is added
        Event second = first;
        second.title = QStringLiteral("팀 회고 발표");
        second.notes = longNotes();
        second.tags = {QStringLiteral("발표"), QStringLiteral("팀")};
        auto created = db.repos().events.create(second);

        // Then the error says the disk is full, and after reopening only the first event is there, untouched
        QVERIFY(!created.ok());
        QCOMPARE(created.error().code, Error::Code::Storage);
        QVERIFY2(created.error().message.contains(QStringLiteral("disk is full")), qPrintable(created.error().message));
        QVERIFY(db.reopen());
        QCOMPARE(db.scalar(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
        auto events = db.repos().events.forYear(year);
        QVERIFY(events.ok());
        QCOMPARE(events->size(), 1);
        QCOMPARE(events->first().id, firstId);
        QCOMPARE(events->first().title, QStringLiteral("첫 출근"));
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM event_tag")).toInt(), 0);
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM search_index WHERE title = '팀 회고 발표'")).toInt(),
                 0);
    }

    void aFailedRewriteOnAFullDiskKeepsTheOldText()
    {
        test::TempDatabase db;
        const Id year = *db.repos().years.create(2023);
        const Id section = *db.repos().sections.create(year, QStringLiteral("올해의 배움"), QStringLiteral("짧은 글"));
        fillTheDisk(db);

        const Status saved = db.repos().sections.setBody(section, longNotes());

        QVERIFY(!saved.ok());
        QVERIFY(saved.error().message.contains(QStringLiteral("disk is full")));
        QCOMPARE(db.repos().sections.get(section)->body, QStringLiteral("짧은 글"));
        QVERIFY(db.reopen());
        QCOMPARE(db.repos().sections.get(section)->body, QStringLiteral("짧은 글"));
    }

    void writingWorksAgainOnceThereIsRoom()
    {
        test::TempDatabase db;
        const Id year = *db.repos().years.create(2023);
        fillTheDisk(db);
        QVERIFY(!db.repos().sections.create(year, QStringLiteral("긴 글"), longNotes()).ok());

        // The limit belongs to the connection: a reopened database has room again
        QVERIFY(db.reopen());
        QVERIFY(db.repos().sections.create(year, QStringLiteral("긴 글"), longNotes()).ok());
        QCOMPARE(db.repos().sections.forYear(year)->size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestDiskFull)
#include "tst_diskfull.moc"
