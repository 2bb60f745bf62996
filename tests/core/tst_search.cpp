// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "search/bigrams.h"
#include "search/searchservice.h"
#include "storage/schema.h"
#include "tempdatabase.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace hoego;

class TestSearch : public QObject
{
    Q_OBJECT

private:
    test::TempDatabase m_db;
    Id m_event = 0;

    QStringList titlesFor(const QString &text)
    {
        auto hits = SearchService(m_db.connection()).search(text);
        if (!hits.ok())
            return {QStringLiteral("error: ") + hits.error().message};
        QStringList titles;
        for (const SearchHit &hit : hits.value())
            titles << hit.title;
        return titles;
    }

private slots:
    void initTestCase()
    {
        const Id y2023 = *m_db.repos().years.create(2023);
        const Id y2024 = *m_db.repos().years.create(2024);
        Event event;
        event.yearId = y2023;
        event.title = QStringLiteral("대학원 졸업했다");
        event.date = PartialDate::ofMonth(2023, 2);
        event.notes = QStringLiteral("Finally finished the Machine Learning thesis.");
        m_event = *m_db.repos().events.create(event);
        QVERIFY(m_db.repos()
                        .sections
                        .create(y2024, QStringLiteral("기술 트렌드"),
                                QStringLiteral("올해는 LLM과 벡터 데이터베이스를 지켜봤다."))
                        .ok());
        Goal goal;
        goal.yearId = y2024;
        goal.title = QStringLiteral("Elasticsearch 공부하기");
        QVERIFY(m_db.repos().goals.create(goal).ok());
        Lesson lesson;
        lesson.yearId = y2024;
        lesson.text = QStringLiteral("졸업 후에도 공부는 계속된다");
        QVERIFY(m_db.repos().lessons.create(lesson).ok());
    }

    void findsATwoSyllableKoreanWordInsideLongerWords()
    {
        QCOMPARE(titlesFor(QStringLiteral("졸업")),
                 (QStringList{QStringLiteral("졸업 후에도 공부는 계속된다"), QStringLiteral("대학원 졸업했다")}));
    }

    void findsLongerKoreanWordsAndSectionBodies()
    {
        QCOMPARE(titlesFor(QStringLiteral("데이터베이스")), QStringList{QStringLiteral("기술 트렌드")});
        QCOMPARE(titlesFor(QStringLiteral("졸업했")), QStringList{QStringLiteral("대학원 졸업했다")});
    }

    void snippetsCentreOnTheFirstMatchOnOneLine()
    {
        const QString before = QString(60, QLatin1Char('a'));
        const QString text = before + QStringLiteral("\n졸업식에서 Kubernetes 발표\n") + QString(200, QLatin1Char('b'));
        // A Korean word (no case) and an English one in another case both centre the piece on the match
        for (const QString &term : {QStringLiteral("졸업"), QStringLiteral("KUBERNETES")}) {
            const QString snippet = SearchService::snippetAround(text, {term}, 10);
            QVERIFY2(snippet.startsWith(QStringLiteral("…")) && snippet.endsWith(QStringLiteral("…")),
                     qPrintable(snippet));
            QVERIFY2(snippet.contains(term, Qt::CaseInsensitive), qPrintable(snippet));
            QVERIFY(!snippet.contains(QLatin1Char('\n')));
            QVERIFY(snippet.size() <= 3 * 10 + 2); // three radii of text and the two marks
        }
        // No match: the start of the text, on one line, without marks
        QCOMPARE(SearchService::snippetAround(QStringLiteral("첫 줄\n둘째 줄"), {QStringLiteral("없음")}, 3),
                 QStringLiteral("첫 줄 둘째"));
        // A match near the start has no leading mark; near the end no trailing one
        QCOMPARE(SearchService::snippetAround(QStringLiteral("벡터 DB 공부"), {QStringLiteral("벡터")}, 40),
                 QStringLiteral("벡터 DB 공부"));
    }

    void findsEnglishCaseInsensitively()
    {
        QCOMPARE(titlesFor(QStringLiteral("machine learning")), QStringList{QStringLiteral("대학원 졸업했다")});
        QCOMPARE(titlesFor(QStringLiteral("ELASTICSEARCH")), QStringList{QStringLiteral("Elasticsearch 공부하기")});
        QCOMPARE(titlesFor(QStringLiteral("ml")), QStringList()); // substring of nothing here
        // Two letters go through the substring path: "LL" is in "LLM" and in "Finally".
        QCOMPARE(titlesFor(QStringLiteral("LL")),
                 (QStringList{QStringLiteral("기술 트렌드"), QStringLiteral("대학원 졸업했다")}));
    }

    void everyWordMustMatchAndOddInputIsHarmless()
    {
        QCOMPARE(titlesFor(QStringLiteral("졸업 대학원")), QStringList{QStringLiteral("대학원 졸업했다")});
        QCOMPARE(titlesFor(QStringLiteral("없는단어")), QStringList());
        QCOMPARE(titlesFor(QStringLiteral("\"AND OR NOT*")), QStringList());
        QCOMPARE(titlesFor(QStringLiteral("%")), QStringList());
        QCOMPARE(titlesFor(QStringLiteral("   ")), QStringList());
    }

    void followsEditsAndDeletes()
    {
        Event event = *m_db.repos().events.get(m_event);
        event.title = QStringLiteral("석사 학위 받음");
        QVERIFY(m_db.repos().events.update(event).ok());
        QCOMPARE(titlesFor(QStringLiteral("석사")), QStringList{QStringLiteral("석사 학위 받음")});
        QCOMPARE(titlesFor(QStringLiteral("대학원")), QStringList());
        QVERIFY(m_db.repos().events.remove(m_event).ok());
        QCOMPARE(titlesFor(QStringLiteral("석사")), QStringList());
    }

    void findsOneSyllableAndJamoWords()
    {
        // Given a single-syllable word at the end of a sentence and laughter typed in jamo
        Lesson home;
        home.yearId = m_db.repos().years.byNumber(2024)->id;
        home.text = QStringLiteral("주말에는 집");
        QVERIFY(m_db.repos().lessons.create(home).ok());
        Lesson laugh;
        laugh.yearId = home.yearId;
        laugh.text = QStringLiteral("발표 끝나고 ㅋㅋ 웃었다");
        QVERIFY(m_db.repos().lessons.create(laugh).ok());

        // Then both are found, and a single letter inside a word is found too
        QCOMPARE(titlesFor(QStringLiteral("집")), QStringList{QStringLiteral("주말에는 집")});
        QCOMPARE(titlesFor(QStringLiteral("ㅋㅋ")), QStringList{QStringLiteral("발표 끝나고 ㅋㅋ 웃었다")});
        QCOMPARE(titlesFor(QStringLiteral("웃")), QStringList{QStringLiteral("발표 끝나고 ㅋㅋ 웃었다")});
    }

    void findsShortWordsWithPunctuationByReadingTheText()
    {
        Goal goal;
        goal.yearId = m_db.repos().years.byNumber(2023)->id;
        goal.title = QStringLiteral("Learn C# and F#");
        QVERIFY(m_db.repos().goals.create(goal).ok());
        QCOMPARE(titlesFor(QStringLiteral("c#")), QStringList{QStringLiteral("Learn C# and F#")});
        QCOMPARE(titlesFor(QStringLiteral("f# learn")), QStringList{QStringLiteral("Learn C# and F#")});
    }

    void hitsCarryTheYearAndASnippet()
    {
        auto hits = SearchService(m_db.connection()).search(QStringLiteral("벡터"));
        QVERIFY(hits.ok());
        QCOMPARE(hits->size(), 1);
        QCOMPARE(hits->first().yearNumber, 2024);
        QCOMPARE(hits->first().kind, QStringLiteral("section"));
        QVERIFY(hits->first().snippet.contains(QStringLiteral("벡터")));
    }
};

// The order, the limit, year deletion and upgrades, on databases of their own.
class TestSearchAcrossYears : public QObject
{
    Q_OBJECT

private slots:
    void bigramTokensAreThePairsOfEachRunLowerCased()
    {
        // Each run of letters gives its overlapping pairs and its last letter (so one-letter words are found);
        // only Latin letters have case; punctuation separates runs.
        QCOMPARE(bigrams::tokens(u"ML 엔지니어, Kubernetes 졸업!"),
                 QStringLiteral("ml l 엔지 지니 니어 어 ku ub be er rn ne et te es s 졸업 업"));
        QCOMPARE(bigrams::tokens(u"A"), QStringLiteral("a"));
        QCOMPARE(bigrams::tokens(u"?!"), QString());
        QCOMPARE(bigrams::tokens(u"ㅋㅋ ひらがな"), QStringLiteral("ㅋㅋ ㅋ ひら らが がな な"));
    }

    void newestYearsComeFirstAndTheLimitStopsEarly()
    {
        // Given the same word in five years created out of order
        test::TempDatabase db;
        for (const int number : {2021, 2024, 2020, 2023, 2022}) {
            const Id year = *db.repos().years.create(number);
            Event event;
            event.yearId = year;
            event.title = QStringLiteral("%1 회고 작성").arg(number);
            event.date = PartialDate::ofYear(number);
            QVERIFY(db.repos().events.create(event).ok());
        }

        // When searching with a limit of three, by the bigram and by the trigram index
        for (const QString &word : {QStringLiteral("회고"), QStringLiteral("회고 작성")}) {
            auto hits = SearchService(db.connection()).search(word, 3);
            QVERIFY(hits.ok());
            QList<int> years;
            for (const SearchHit &hit : *hits)
                years << hit.yearNumber;
            // Then the three newest years come back, newest first
            QCOMPARE(years, (QList<int>{2024, 2023, 2022}));
        }
        // And a limit past the newest years (which a server reads first, on its own) goes on into the older ones
        auto hits = SearchService(db.connection()).search(QStringLiteral("회고"), 4);
        QVERIFY(hits.ok());
        QCOMPARE(hits->size(), 4);
        QCOMPARE(hits->last().yearNumber, 2021);
    }

    void deletingAYearRemovesItsRowsFromBothIndexes()
    {
        test::TempDatabase db;
        const Id year = *db.repos().years.create(2019);
        Event event;
        event.yearId = year;
        event.title = QStringLiteral("졸업 여행");
        event.date = PartialDate::ofMonth(2019, 2);
        QVERIFY(db.repos().events.create(event).ok());
        QVERIFY(db.repos().sections.create(year, QStringLiteral("졸업"), QStringLiteral("졸업 소감")).ok());

        QVERIFY(db.repos().years.remove(year).ok());

        QVERIFY(db.reopen());
        if (!test::TempDatabase::onServer()) { // SQLite's two indexes; a server searches the tables themselves
            QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM search_index")).toInt(), 0);
            QCOMPARE(
                    db.scalar(QStringLiteral("SELECT count(*) FROM search_bigram WHERE search_bigram MATCH '\"졸업\"'"))
                            .toInt(),
                    0);
        }
        auto hits = SearchService(db.connection()).search(QStringLiteral("졸업"));
        QVERIFY(hits.ok());
        QVERIFY(hits->isEmpty());
    }

    void aPlainConnectionOfTheAppCanWriteIndexedRows()
    {
        if (test::TempDatabase::onServer())
            QSKIP("about SQLite connections and the bigram function they register");
        // Given an open database and a clone of its connection, as worker threads make them
        test::TempDatabase db;
        const Id year = *db.repos().years.create(2022);
        const QString clone = QStringLiteral("worker-clone");
        {
            QSqlDatabase copy = QSqlDatabase::cloneDatabase(db.connection(), clone);
            QVERIFY(copy.open());
            // When it writes an event (the index triggers need hoego_bigrams)
            Event event;
            event.yearId = year;
            event.title = QStringLiteral("이직 결정");
            event.date = PartialDate::ofYear(2022);
            auto created = Repositories(clone).events.create(event);
            QVERIFY2(created.ok(), created.ok() ? "" : qPrintable(created.error().message));
            copy.close();
        }
        QSqlDatabase::removeDatabase(clone);

        // Then the event is found by a short word on the main connection
        QCOMPARE(SearchService(db.connection()).search(QStringLiteral("이직"))->size(), 1);
    }

    void upgradingFromVersionTwoIndexesExistingRowsForShortWords()
    {
        // Given a version 2 database written before the bigram index existed
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v2"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery query(raw);
            for (int step = 1; step <= 2; ++step)
                for (const QString &statement : schema::migrationStep(step))
                    QVERIFY2(query.exec(statement), qPrintable(query.lastError().text()));
            QVERIFY(query.exec(QStringLiteral("INSERT INTO year (id, number) VALUES (1, 2015)")));
            QVERIFY(query.exec(QStringLiteral("INSERT INTO event (year_id, title, precision, month) "
                                              "VALUES (1, '대학원 졸업했다', 'month', 2)")));
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 2")));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v2"));

        // When Hoego opens it
        auto opened = Database::open(path);
        QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
        QCOMPARE(opened.value()->schemaVersion(), schema::kCurrentVersion);

        // Then old rows are found by short and long words, and new edits keep both indexes in step
        SearchService search(opened.value()->connectionName());
        QCOMPARE(search.search(QStringLiteral("졸업"))->size(), 1);
        QCOMPARE(search.search(QStringLiteral("졸업했"))->size(), 1);
        Repositories repos(opened.value()->connectionName());
        Event event = repos.events.forYear(1)->first();
        event.title = QStringLiteral("석사 학위 받음");
        QVERIFY(repos.events.update(event).ok());
        QVERIFY(search.search(QStringLiteral("졸업"))->isEmpty());
        QCOMPARE(search.search(QStringLiteral("석사"))->size(), 1);
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    TestSearch search;
    TestSearchAcrossYears acrossYears;
    return QTest::qExec(&search, argc, argv) | QTest::qExec(&acrossYears, argc, argv);
}
#include "tst_search.moc"
