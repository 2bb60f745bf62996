// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "iotestsupport.h"
#include "journalgenerator.h"

#include "io/importer.h"
#include "io/rednotebook/rednotebookimport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace hoego;

class TestRedNotebook : public QObject
{
    Q_OBJECT

private slots:
    void aGeneratedJournalImportsOneEventPerDayWithItsTags()
    {
        // Given two years of a generated journal
        QTemporaryDir dir;
        const test::GeneratedJournal journal = test::writeJournal(dir.path(), 2019, 2, 300);
        QVERIFY(journal.daysWithText > 600);
        // When the folder is imported
        test::TempDatabase db;
        auto imported = importFile(db.connection(), {dir.path(), ImportFormat::RedNotebook, 0}, {});
        QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().message));
        QVERIFY(db.reopen());
        // Then every day with text is a day-precision event, and the tags add up
        QCOMPARE(imported->events, journal.daysWithText);
        QCOMPARE(imported->yearsCreated, (QList<int>{2019, 2020}));
        QHash<QString, int> tags;
        int events = 0;
        for (int year : {2019, 2020}) {
            const QList<Event> list = *db.repos().events.forYear(db.repos().years.byNumber(year)->id);
            events += int(list.size());
            for (const Event &event : list) {
                QCOMPARE(event.date.precision(), PartialDate::Precision::Day);
                for (const QString &tag : event.tags)
                    ++tags[tag];
            }
        }
        QCOMPARE(events, journal.daysWithText);
        QCOMPARE(tags, journal.tagCounts);
        QVERIFY(!tags.contains(QStringLiteral("")));
    }

    void anEntryBecomesATitleFromItsFirstLineAndNotesWithEverything()
    {
        QTemporaryDir dir;
        QVERIFY(test::writeFile(dir.filePath(QStringLiteral("2023-03.txt")),
                                "14:\n"
                                "  text: |\n"
                                "    === 졸업식 ===\n"
                                "    드디어 졸업했다. #졸업 #가족\n"
                                "  Cool Stuff: {사진 찍기: null}\n"
                                "2: {text: \"short #one\"}\n"));
        test::TempDatabase db;
        auto imported = importFile(db.connection(), {dir.path(), ImportFormat::RedNotebook, 0}, {});
        QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().message));
        const QList<Event> events = *db.repos().events.forYear(db.repos().years.byNumber(2023)->id);
        QCOMPARE(events.size(), 2);
        QCOMPARE(events[0].date, PartialDate::ofDay(2023, 3, 2));
        QCOMPARE(events[0].title, QStringLiteral("short #one"));
        QCOMPARE(events[1].title, QStringLiteral("졸업식"));
        QVERIFY(events[1].notes.startsWith(QStringLiteral("=== 졸업식 ===\n드디어 졸업했다.")));
        QVERIFY(events[1].notes.endsWith(QStringLiteral("- Cool Stuff: 사진 찍기")));
        QCOMPARE(QSet<QString>(events[1].tags.cbegin(), events[1].tags.cend()),
                 (QSet<QString>{QStringLiteral("졸업"), QStringLiteral("가족"), QStringLiteral("Cool Stuff")}));
    }

    void titlesAreShortenedAndHashtagsFound()
    {
        QCOMPARE(journalTitle(QStringLiteral("\n\n  first line  \nsecond")), QStringLiteral("first line"));
        const QString longLine(300, QLatin1Char('a'));
        QCOMPARE(journalTitle(longLine).size(), 120);
        QCOMPARE(hashtags(QStringLiteral("#a b#c C# &#39; #한글_태그, #x-y #a")),
                 (QStringList{QStringLiteral("a"), QStringLiteral("한글_태그"), QStringLiteral("x-y")}));
    }

    void malformedYamlNamesTheFileAndLineAndWritesNothing()
    {
        QTemporaryDir dir;
        test::writeJournal(dir.path(), 2020, 1, 100);
        QVERIFY(test::writeFile(dir.filePath(QStringLiteral("2020-06.txt")),
                                "1: {text: \"fine\"}\n2: {text: \"broken\n3: [\n"));
        test::TempDatabase db;
        const QByteArray before = test::databaseFileHash(db);
        auto imported = importFile(db.connection(), {dir.path(), ImportFormat::RedNotebook, 0}, {});
        QVERIFY(!imported.ok());
        QVERIFY2(imported.error().message.contains(QStringLiteral("2020-06.txt:")),
                 qPrintable(imported.error().message));
        QVERIFY(imported.error().message.contains(QStringLiteral("YAML")));
        QCOMPARE(test::databaseFileHash(db), before);
    }

    void anImpossibleDayOrBadUtf8IsRefused()
    {
        QTemporaryDir dir;
        QVERIFY(test::writeFile(dir.filePath(QStringLiteral("2021-02.txt")),
                                "1: {text: ok}\n30: {text: \"no such day\"}\n"));
        test::TempDatabase db;
        const QByteArray before = test::databaseFileHash(db);
        auto day = importFile(db.connection(), {dir.path(), ImportFormat::RedNotebook, 0}, {});
        QVERIFY(!day.ok());
        QVERIFY2(day.error().message.contains(QStringLiteral("2021-02.txt:2: ")), qPrintable(day.error().message));

        QTemporaryDir other;
        QVERIFY(test::writeFile(other.filePath(QStringLiteral("2021-03.txt")),
                                "1: {text: ok}\n2: {text: \"bad \xff byte\"}\n"));
        auto utf8 = importFile(db.connection(), {other.path(), ImportFormat::RedNotebook, 0}, {});
        QVERIFY(!utf8.ok());
        QVERIFY2(utf8.error().message.contains(QStringLiteral("2021-03.txt:2: ")), qPrintable(utf8.error().message));
        QCOMPARE(test::databaseFileHash(db), before);
    }

    void anExistingYearNeedsMerge()
    {
        QTemporaryDir dir;
        QVERIFY(test::writeFile(dir.filePath(QStringLiteral("2022-01.txt")), "5: {text: \"new day\"}\n"));
        test::TempDatabase db;
        const Id year = *db.repos().years.create(2022, QStringLiteral("Mine"));
        auto refused = importFile(db.connection(), {dir.path(), ImportFormat::RedNotebook, 0}, {});
        QVERIFY(!refused.ok());
        ImportOptions merge;
        merge.mergeIntoExisting = true;
        auto merged = importFile(db.connection(), {dir.path(), ImportFormat::RedNotebook, 0}, merge);
        QVERIFY(merged.ok());
        QCOMPARE(db.repos().events.forYear(year)->size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestRedNotebook)
#include "tst_rednotebook.moc"
