#include "search/searchservice.h"
#include "tempdatabase.h"

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
        QVERIFY(m_db.repos().sections.create(y2024, QStringLiteral("기술 트렌드"),
                                             QStringLiteral("올해는 LLM과 벡터 데이터베이스를 지켜봤다.")).ok());
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

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
