// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "iotestsupport.h"

#include "io/json/jsonformat.h"
#include "search/searchservice.h"
#include "storage/schema.h"

#include <QTest>

#include <algorithm>

using namespace hoego;

// An import writes rows without the search triggers and indexes them in one pass at the end (issue 7). These
// tests check that the result is the same as indexing row by row: every imported item is found, nothing is
// indexed twice, and the triggers are back for later edits, also after an import that failed.
class TestImportIndexing : public QObject
{
    Q_OBJECT

private:
    static QStringList foundTitles(test::TempDatabase &db, const QString &words)
    {
        auto hits = SearchService(db.connection()).search(words);
        if (!hits.ok())
            return {QStringLiteral("error: ") + hits.error().message};
        QStringList titles;
        for (const SearchHit &hit : *hits)
            titles << hit.title;
        titles.sort();
        return titles;
    }

    static int searchTriggerCount(test::TempDatabase &db)
    {
        return db
                .scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' "
                                       "AND name LIKE '%\\_search\\_%' ESCAPE '\\'"))
                .toInt();
    }

    // Insert, update and delete on each indexed table, plus before and after a rename of a theme or a
    // question (their names are indexed with their years' rows).
    static int expectedSearchTriggers() { return 3 * int(schema::searchedTables().size()) + 2 * 2; }

    static Id addEvent(test::TempDatabase &db, Id yearId, int year, const QString &title)
    {
        Event event;
        event.yearId = yearId;
        event.title = title;
        event.date = PartialDate::ofYear(year);
        auto created = db.repos().events.create(event);
        return created.ok() ? *created : 0;
    }

    static const QByteArray &twoYears()
    {
        static const QByteArray json = R"({"format": "hoego", "version": 1, "areas": [], "years": [
            {"number": 2020, "sections": [{"id": 1, "heading": "대학원", "body": "석사 졸업 논문을 마쳤다"}],
             "events": [{"id": 1, "title": "졸업식", "date": "2020-02-21", "notes": "가족과 함께 사진"}],
             "lessons": [{"id": 1, "text": "천천히 가도 된다"}]},
            {"number": 2021, "events": [{"id": 2, "title": "첫 출근", "date": "2021-03"}],
             "goals": [{"id": 1, "title": "논문 읽기 모임 열기"}]}]})";
        return json;
    }

private slots:
    void importedItemsAreFoundOnceAndLaterEditsStayIndexed()
    {
        // Given a database that already has an indexed event
        test::TempDatabase db;
        const Id mine = *db.repos().years.create(2019);
        QVERIFY(addEvent(db, mine, 2019, QStringLiteral("졸업 준비")) > 0);
        const int triggers = searchTriggerCount(db);
        QCOMPARE(triggers, expectedSearchTriggers());
        // When two years are imported
        auto batch = jsonformat::parseJson(twoYears(), QStringLiteral("two.json"));
        QVERIFY(batch.ok());
        auto written = writeImportBatch(db.connection(), *batch);
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message));
        // Then two-letter (bigram) and longer (trigram) words find the imported and the old items, once each
        QCOMPARE(foundTitles(db, QStringLiteral("졸업")),
                 (QStringList{QStringLiteral("대학원"), QStringLiteral("졸업 준비"), QStringLiteral("졸업식")}));
        QCOMPARE(foundTitles(db, QStringLiteral("졸업식")), QStringList{QStringLiteral("졸업식")});
        QCOMPARE(foundTitles(db, QStringLiteral("천천히")), QStringList{QStringLiteral("천천히 가도 된다")});
        QCOMPARE(foundTitles(db, QStringLiteral("모임")), QStringList{QStringLiteral("논문 읽기 모임 열기")});
        QCOMPARE(foundTitles(db, QStringLiteral("사진")), QStringList{QStringLiteral("졸업식")});
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM search_index")).toInt(), 6);
        // And the triggers are back: a new event and an edited one are indexed as they are written
        QCOMPARE(searchTriggerCount(db), triggers);
        const Id year2021 = db.repos().years.byNumber(2021)->id;
        QVERIFY(addEvent(db, year2021, 2021, QStringLiteral("학회 발표")) > 0);
        QCOMPARE(foundTitles(db, QStringLiteral("학회")), QStringList{QStringLiteral("학회 발표")});
        const QList<Event> events2021 = *db.repos().events.forYear(year2021);
        const auto imported = std::find_if(events2021.begin(), events2021.end(),
                                           [](const Event &event) { return event.title == QStringLiteral("첫 출근"); });
        QVERIFY(imported != events2021.end());
        Event renamed = *imported;
        renamed.title = QStringLiteral("이직");
        QVERIFY(db.repos().events.update(renamed).ok());
        QVERIFY(foundTitles(db, QStringLiteral("출근")).isEmpty());
        QCOMPARE(foundTitles(db, QStringLiteral("이직")), QStringList{QStringLiteral("이직")});
        QCOMPARE(db.scalar(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    }

    void aFailedImportLeavesTheTriggersAndIndexAsTheyWere()
    {
        // Given a database with one indexed event, and a file whose last item is invalid
        test::TempDatabase db;
        const Id year = *db.repos().years.create(2019);
        QVERIFY(addEvent(db, year, 2019, QStringLiteral("졸업 준비")) > 0);
        QByteArray json = twoYears();
        json.replace("\"date\": \"2021-03\"", "\"date\": \"2022-03\"");
        auto batch = jsonformat::parseJson(json, QStringLiteral("bad.json"));
        QVERIFY(batch.ok());
        // When the import fails
        QVERIFY(!writeImportBatch(db.connection(), *batch).ok());
        // Then the triggers are all there and keep indexing new rows
        QCOMPARE(searchTriggerCount(db), expectedSearchTriggers());
        QCOMPARE(foundTitles(db, QStringLiteral("졸업")), QStringList{QStringLiteral("졸업 준비")});
        QVERIFY(addEvent(db, year, 2019, QStringLiteral("학회 발표")) > 0);
        QCOMPARE(foundTitles(db, QStringLiteral("학회")), QStringList{QStringLiteral("학회 발표")});
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM search_index")).toInt(), 2);
    }

    void theIndexSettingsAreBackToTheirDefaultsAfterAnImport()
    {
        test::TempDatabase db;
        auto batch = jsonformat::parseJson(twoYears(), QStringLiteral("two.json"));
        QVERIFY(batch.ok() && writeImportBatch(db.connection(), *batch).ok());
        // FTS5 keeps a larger 'hashsize' in the index while importing; left there it would cost memory on
        // every later edit.
        for (const char *index : {"search_index", "search_bigram"}) {
            const QVariant size = db.scalar(
                    QStringLiteral("SELECT v FROM %1_config WHERE k = 'hashsize'").arg(QLatin1String(index)));
            QVERIFY(!size.isValid() || size.toInt() == 1024 * 1024);
        }
    }
};

QTEST_GUILESS_MAIN(TestImportIndexing)
#include "tst_importindexing.moc"
