// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "iotestsupport.h"

#include "io/importer.h"
#include "io/yeardata.h"
#include "storage/repositories.h"

#include <QTest>

using namespace hoego;

// Issue 20: a corpus of year-in-review posts in the shapes people publish (Velog and Tistory, Notion, Hugo,
// plain text copied out of a page, saved HTML, KPT and 4L, a goal review), each imported as a new user would,
// with the counts a reader would expect per kind and sentences that must not be lost.
namespace {

struct Expected
{
    int year = 0;
    int events = 0;
    int lessons = 0;
    int unfinished = 0;
    int goals = 0; // of every year the post names
    int doneGoals = 0;
    int themes = 0;
    int questions = 0;
    bool summary = false;
    bool closingNote = false;
    QStringList survives; // each must be found in what was imported
};

QString postPath(const char *name)
{
    return QStringLiteral(QT_TESTCASE_SOURCEDIR "/data/posts/") + QString::fromLatin1(name);
}

} // namespace

Q_DECLARE_METATYPE(Expected)

class TestPostCorpus : public QObject
{
    Q_OBJECT

private slots:
    void eachPostImportsWhereAReaderWouldPutIt_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<Expected>("expected");
        // `gone`: page clutter none of which may be imported; `ownYearGoals`: the goals of the post's own year,
        // when the row checks them.
        QTest::addColumn<QStringList>("gone");
        QTest::addColumn<int>("ownYearGoals");
        const auto row = [](const char *name, Expected expected, const QStringList &gone = {}, int ownYearGoals = -1) {
            QTest::newRow(name) << postPath(name) << expected << gone << ownYearGoals;
        };
        row("velog-2024.md",
            {2024,
             4,
             2,
             1,
             6,
             2,
             3,
             0,
             true,
             true,
             {QStringLiteral("출퇴근이 30분 줄었다"), QStringLiteral("pgvector를 써봤다"),
              QStringLiteral("시간이 없었다"), QStringLiteral("한 달에 두 편"), QStringLiteral("매일 러닝"),
              QStringLiteral("어느덧 끝났다")}});
        row("tistory-2023.txt",
            {2023,
             3,
             2,
             1,
             3,
             0,
             0,
             0,
             false,
             true,
             {QStringLiteral("올해는 유난히 빨랐다"), QStringLiteral("첫 책 계약"), QStringLiteral("조금 더 천천히"),
              QStringLiteral("컨퍼런스 발표 2회")}});
        row("kpt-2024-en.md",
            {2024,
             0,
             2,
             2,
             2,
             0,
             0,
             0,
             true,
             false,
             {QStringLiteral("Reading papers on Fridays"), QStringLiteral("Tuesday and Thursday"),
              QStringLiteral("No time for side projects")}});
        row("4l-2022.md",
            {2022,
             0,
             3,
             1,
             2,
             0,
             0,
             0,
             false,
             false,
             {QStringLiteral("대학원 졸업"), QStringLiteral("체력 관리"), QStringLiteral("해외 컨퍼런스 참가")}});
        row("goal-review-2025.md",
            {2025,
             0,
             0,
             0,
             7,
             2,
             0,
             0,
             false,
             false,
             {QStringLiteral("우선순위에서 밀림"), QStringLiteral("커리큘럼"), QStringLiteral("2025-09-14"),
              QStringLiteral("발표 3회")}});
        row("dated-headings-2023.md",
            {2023,
             3,
             0,
             0,
             0,
             0,
             2,
             2,
             false,
             true,
             {QStringLiteral("논문 심사가 끝나고"), QStringLiteral("판교 근처로"),
              QStringLiteral("팀원이 스스로 결정하게"), QStringLiteral("팀의 주력"), QStringLiteral("고마운 사람들")}});
        row("hugo-2021-en.md",
            {2021,
             3,
             2,
             1,
             2,
             0,
             0,
             0,
             false,
             false,
             {QStringLiteral("Some context before the parts begin"), QStringLiteral("speech recognition"),
              QStringLiteral("half marathon"), QStringLiteral("running")}});
        row("unfinished-questions-2024.md",
            {2024,
             0,
             0,
             2,
             0,
             0,
             0,
             2,
             true,
             false,
             {QStringLiteral("사이드 프로젝트 배포"), QStringLiteral("매니저와 IC"),
              QStringLiteral("지치지만 성장한 해")}});
        row("notion-2024.md",
            {2024,
             2,
             1,
             0,
             2,
             0,
             0,
             0,
             true,
             false,
             {QStringLiteral("천천히, 그러나 멈추지 않고"), QStringLiteral("추천 시스템 논문"),
              QStringLiteral("가장 느린 리뷰")}});
        row("plain-2022-en.txt",
            {2022,
             2,
             1,
             0,
             2,
             0,
             0,
             0,
             false,
             true,
             {QStringLiteral("It was a year of firsts"), QStringLiteral("First paper accepted"),
              QStringLiteral("Thanks to everyone")}});
        // The year from the headings when the title names none (a page's "Last edited" line says nothing)
        row("headings-year-2022.md",
            {2022,
             2,
             0,
             0,
             3,
             1,
             0,
             0,
             false,
             false,
             {QStringLiteral("첫 마라톤 완주"), QStringLiteral("연말이라 조용히"), QStringLiteral("기록 단축")}});
        // Copied text dated in January under a title without a year: the year before
        row("dated-plain-2024.txt",
            {2024,
             2,
             2,
             0,
             1,
             0,
             0,
             0,
             false,
             false,
             {QStringLiteral("올해도 무사히"), QStringLiteral("잘 쉬는 것도 실력이다"), QStringLiteral("첫 팀 리드"),
              QStringLiteral("한 해를 정리하며")}});
        // YAML front matter: title, a January date and tags (subjects become themes), a month table, a setext
        // heading, and a reworded goal counted to its target
        row("front-matter-2023.md",
            {2023,
             2,
             0,
             0,
             3,
             2,
             3,
             0,
             false,
             false,
             {QStringLiteral("사내 검색을 다시 만든 해였다"), QStringLiteral("이 문단은 위 제목의 본문이다"),
              QStringLiteral("Setext 제목도 읽는다"), QStringLiteral("논문 10편 읽기"),
              QStringLiteral("색인기를 Rust로 다시 작성"), QStringLiteral("검색엔진")}});
        // Lists under ### headings of a ## section; a goal review and next year's goals; a tag ("LLM") that only
        // a longer word of a theme holds ("vLLM") is still a theme
        row("velog-subparts-2023.md",
            {2023,
             5,
             0,
             2,
             7,
             2,
             6,
             3,
             true,
             true,
             {QStringLiteral("사내 추천 모델 A/B 테스트 통과|2023-01"), QStringLiteral("스타트업에서 중견 회사"),
              QStringLiteral("온콜도 처음 해 봤다"), QStringLiteral("운동을 꾸준히 하지 못한 것도"),
              QStringLiteral("PagedAttention"), QStringLiteral("내년에도 회고로")}},
            {}, 4);
        // KPT with dated highlights ("**March** —", "2024.09"), detail bullets under a Keep and under a Try
        row("kpt-highlights-2024-en.md",
            {2024,
             4,
             2,
             0,
             3,
             0,
             0,
             2,
             false,
             true,
             {QStringLiteral("Joined the search team at a fintech company|2024-03"),
              QStringLiteral("Moved to a new apartment in Seongsu|2024-09"), QStringLiteral("Adopted a cat named Miso"),
              QStringLiteral("It kept me honest"), QStringLiteral("finishing none of them"),
              QStringLiteral("Scope it to a weekend")}},
            {QStringLiteral("afternoon - It kept")});
        // 4L with numbered headings ("## 1. Liked — 좋았던 것")
        row("4l-numbered-2025.md",
            {2025,
             0,
             3,
             2,
             2,
             0,
             0,
             0,
             false,
             false,
             {QStringLiteral("북한산"), QStringLiteral("회의가 절반으로"), QStringLiteral("가족과 보낸 시간"),
              QStringLiteral("NeurIPS 워크숍에 투고해 볼 것"), QStringLiteral("사이드 프로젝트 수익화")}},
            {}, 0);
        // Copied from a Tistory page: bare lines under the headings, the page's buttons and counters at the end
        row("tistory-copied-2024.txt",
            {2024,
             4,
             2,
             2,
             3,
             0,
             3,
             0,
             false,
             true,
             {QStringLiteral("팀 리드 내려놓기|2024-02"), QStringLiteral("첫 오픈소스 PR 머지|2024-11"),
              QStringLiteral("영어 공부를 또 미뤘다"), QStringLiteral("운동은 3월에 멈췄다"),
              QStringLiteral("작년에는 관리자로"), QStringLiteral("읽어주셔서 감사합니다")}},
            {QStringLiteral("공감"), QStringLiteral("공유하기"), QStringLiteral("댓글 3")});
        // A saved Tistory page: its first <h1> is the blog's logo, the post ends in a like button and a list of
        // the category's other posts
        row("tistory-saved-2023.html",
            {2023,
             3,
             0,
             0,
             4,
             1,
             0,
             0,
             true,
             true,
             {QStringLiteral("첫 책을 쓴 해"), QStringLiteral("출판사와 첫 책 계약|2023-03"),
              QStringLiteral("마감이 없으면 글은 끝나지 않는다"), QStringLiteral("들러 주신 분들께")}},
            {QStringLiteral("공감"), QStringLiteral("카테고리의 다른 글"), QStringLiteral("잘 읽었습니다"),
             QStringLiteral("느린 개발 일지")},
            2);
        // An English blog article: "Feb 2022 —" is February, not February 20
        row("blog-article-2022-en.html",
            {2022,
             4,
             2,
             2,
             5,
             2,
             2,
             0,
             false,
             true,
             {QStringLiteral("promoted to senior engineer|2022-02|"), QStringLiteral("moved to Lisbon|2022-11"),
              QStringLiteral("Weekly lessons with a tutor"), QStringLiteral("Write the rollback plan first")}},
            {QStringLiteral("Share on Twitter"), QStringLiteral("Great post"), QStringLiteral("2022-02-20")}, 3);
        // Notion: a month table under a heading that names no kind, a theme's detail bullet, a question with an
        // answer under it
        row("notion-table-2024.md",
            {2024,
             3,
             0,
             0,
             5,
             2,
             2,
             2,
             true,
             true,
             {QStringLiteral("새 팀 합류, 추천에서 검색으로|2024-01"), QStringLiteral("사내 해커톤 우승"),
              QStringLiteral("제주 한 달 살기"), QStringLiteral("사내 툴 자동화에 써 봤다"),
              QStringLiteral("내년 3월까지 생각해 보기로")}},
            {QStringLiteral("- 사내 툴")}, 3);
        // Event shapes under ### headings (a month over a list, a titled heading over a paragraph, an empty group
        // heading, a month table) and a goals part split by the years its subheadings name
        row("shapes-2022.md",
            {2022,
             6,
             2,
             0,
             4,
             1,
             0,
             2,
             false,
             false,
             {QStringLiteral("회사 입사|2022-01"), QStringLiteral("자취 시작|2022-01"),
              QStringLiteral("첫 프로젝트 런칭|2022-03"), QStringLiteral("event|이사|2022|"),
              QStringLiteral("출퇴근이 40분 줄었다"), QStringLiteral("상반기"), QStringLiteral("사내 해커톤|2022-10"),
              QStringLiteral("어떤 개발자가 되고 싶은가")}},
            {}, 2);
        row("blog-page.html", {2024, 2, 0, 0, 2, 1, 2, 0, false, false, {}});
        row("notion-export.html", {2023, 1, 0, 1, 0, 0, 0, 0, false, false, {}});
    }

    void eachPostImportsWhereAReaderWouldPutIt()
    {
        QFETCH(QString, path);
        QFETCH(Expected, expected);
        QFETCH(QStringList, gone);
        QFETCH(int, ownYearGoals);
        test::TempDatabase db;
        auto imported = importFile(db.connection(), ImportRequest{path, guessImportFormat(path), 0}, {});
        QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().message));

        QVERIFY(db.repos().years.byNumber(expected.year).ok());
        const YearData year = *loadYearData(db.repos(), db.repos().years.byNumber(expected.year)->id);
        QCOMPARE(int(year.events.size()), expected.events);
        QCOMPARE(int(year.lessons.size()), expected.lessons);
        QCOMPARE(int(year.unfinished.size()), expected.unfinished);
        QCOMPARE(int(year.themes.size()), expected.themes);
        QCOMPARE(imported->questions, expected.questions);
        QCOMPARE(!year.year.summary.isEmpty(), expected.summary);
        QCOMPARE(!year.year.closingNote.isEmpty(), expected.closingNote);
        int goals = 0;
        int done = 0;
        for (const YearData &any : *loadAllYears(db.repos())) {
            goals += int(any.goals.size());
            for (const Goal &goal : any.goals)
                done += goal.status == GoalStatus::Done ? 1 : 0;
        }
        QCOMPARE(goals, expected.goals);
        QCOMPARE(done, expected.doneGoals);
        if (ownYearGoals >= 0)
            QCOMPARE(int(year.goals.size()), ownYearGoals);

        const QString content = test::contentFingerprint(db.repos());
        for (const QString &sentence : expected.survives)
            QVERIFY2(content.contains(sentence), qPrintable(sentence));
        for (const QString &clutter : gone)
            QVERIFY2(!content.contains(clutter), qPrintable(clutter));
    }
};

QTEST_GUILESS_MAIN(TestPostCorpus)
#include "tst_postcorpus.moc"
