// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "io/markdown/eventshapes.h"
#include "io/markdown/markdownimport.h"

#include <QTest>

using namespace hoego;

// Issue 20: what a post says about itself outside its parts (front matter, first lines) and the Markdown that
// cmark-gfm reads where a line reader did not.
class TestPostSignals : public QObject
{
    Q_OBJECT

private slots:
    void eachPartCountsOnlyWhatItHoldsNotTheFrontMattersTags()
    {
        // Given a post whose front matter names two subjects
        const QString post
                = QStringLiteral("---\ntitle: 2023년 회고\ntags: [MLOps, Rust]\n---\n\n> 느리지만 단단하게.\n\n"
                                 "## 배운 점\n- 쉼\n\n## 마치며\n고마웠다.\n");
        auto document = parseMarkdownRetrospective(post, QStringLiteral("post.md"));
        QVERIFY2(document.ok(), qPrintable(document.ok() ? QString() : document.error().message));
        // When each part is counted alone, as the preview and --dry-run do
        for (qsizetype p = 0; p < document->parts.size(); ++p) {
            const ImportBatch alone = markdownPartBatch(*document, p, {});
            // Then no part claims the tags' themes or the summary quote, which the whole post still gives
            QVERIFY(alone.years.first().themes.isEmpty());
            QVERIFY(alone.years.first().year.summary.isEmpty());
        }
        QCOMPARE(markdownBatch(*document, {}).years.first().themes.size(), 2);
        QCOMPARE(markdownBatch(*document, {}).years.first().year.summary, QStringLiteral("느리지만 단단하게."));
    }

    void aTagIsAThemeUnlessAThemeNamesItAsAWholeWord()
    {
        // "LLM" is not listed by "vLLM", but is by "LLM 평가"
        const QString post = QStringLiteral("---\ntitle: 2023년 회고\ntags: [LLM, Rust]\n---\n\n## 기술 트렌드\n"
                                            "- **vLLM** — 서빙\n- rust 평가\n");
        auto document = parseMarkdownRetrospective(post, QStringLiteral("post.md"));
        QVERIFY2(document.ok(), qPrintable(document.ok() ? QString() : document.error().message));
        const ImportBatch batch = markdownBatch(*document, {});
        QStringList themes;
        for (const YearTheme &theme : batch.years.first().themes)
            themes << theme.theme.name;
        QCOMPARE(themes, QStringList({QStringLiteral("vLLM"), QStringLiteral("rust 평가"), QStringLiteral("LLM")}));
    }

    void anEnglishMonthBeforeAYearIsThatMonthNotADay()
    {
        PartialDate date;
        QCOMPARE(eventshapes::takeDate(QStringLiteral("Feb 2022 — promoted"), 2022, &date), QStringLiteral("promoted"));
        QCOMPARE(date, PartialDate::ofMonth(2022, 2));
        QCOMPARE(eventshapes::takeDate(QStringLiteral("March 3 — talk"), 2022, &date), QStringLiteral("talk"));
        QCOMPARE(date, PartialDate::ofDay(2022, 3, 3));
    }

    void numberedKptAnd4lHeadingsAreRecognised()
    {
        QCOMPARE(detectPartKind(QStringLiteral("1. Liked — 좋았던 것")), MarkdownPart::Kind::Lessons);
        QCOMPARE(detectPartKind(QStringLiteral("3) Lacked")), MarkdownPart::Kind::Unfinished);
        QCOMPARE(detectPartKind(QStringLiteral("4. Longed for")), MarkdownPart::Kind::Goals);
        QCOMPARE(detectPartKind(QStringLiteral("부족했던 것")), MarkdownPart::Kind::Unfinished);
    }

    void partsThatNameNoKindAreReadByTheirShape()
    {
        // A month table is events; a list of lines mostly ending in "?" is questions
        const QString post
                = QStringLiteral("# 2022년 결산\n\n## 월별 기록\n\n| 월 | 한 일 |\n| --- | --- |\n| 3월 | 이직 |\n"
                                 "| 9월 | 이사 |\n\n## 요즘 드는 마음\n\n- 무엇이 되고 싶은가?\n- 얼마나 더 있을까?\n"
                                 "- 그래도 괜찮다\n");
        auto document = parseMarkdownRetrospective(post, QStringLiteral("post.md"));
        QVERIFY2(document.ok(), qPrintable(document.ok() ? QString() : document.error().message));
        QCOMPARE(document->parts.size(), 2);
        QCOMPARE(document->parts[0].detected, MarkdownPart::Kind::Events);
        QCOMPARE(document->parts[1].detected, MarkdownPart::Kind::Questions);
    }

    void detailBulletsUnderALessonJoinItWithoutTheirMarks()
    {
        const QString post
                = QStringLiteral("# 2024년 회고\n\n## 배운 점\n- 주간 노트\n  - 솔직해진다\n  - 10분이면 된다\n");
        auto document = parseMarkdownRetrospective(post, QStringLiteral("post.md"));
        QVERIFY2(document.ok(), qPrintable(document.ok() ? QString() : document.error().message));
        const ImportBatch batch = markdownBatch(*document, {});
        QCOMPARE(batch.years.first().lessons.size(), 1);
        QCOMPARE(batch.years.first().lessons.first().text, QStringLiteral("주간 노트 — 솔직해진다; 10분이면 된다"));
    }

    void frontMatterTagsNamingASubjectBecomeThemesAndTheOthersAreLeftOut()
    {
        // Given front matter with a YAML list of tags and a January date
        const QString post
                = QStringLiteral("---\ntitle: 'Rust로 다시 쓴 해'\ndate: 2024-01-02\ntags:\n  - 회고\n"
                                 "  - \"2023\"\n  - Rust\n  - 검색엔진\n---\n\n## 관심 키워드\n- Rust — 익혔다\n");
        // When it is read
        auto document = parseMarkdownRetrospective(post, QStringLiteral("post.md"));
        QVERIFY2(document.ok(), qPrintable(document.ok() ? QString() : document.error().message));
        // Then the date gives the year before, the generic tags are left out and the subject the post did not
        // list yet is a theme
        QCOMPARE(document->year, 2023);
        QCOMPARE(document->title, QStringLiteral("Rust로 다시 쓴 해"));
        QCOMPARE(document->leftOut, QStringList({QStringLiteral("#회고"), QStringLiteral("#2023")}));
        const ImportBatch batch = markdownBatch(*document, {});
        QStringList themes;
        for (const YearTheme &theme : batch.years.first().themes)
            themes << theme.theme.name;
        QCOMPARE(themes, QStringList({QStringLiteral("Rust"), QStringLiteral("검색엔진")}));
    }

    void frontMatterYamlCannotReadStillGivesItsTitleAndDate()
    {
        const QString post
                = QStringLiteral("---\ntitle: 회고: 2022년: 정리\ndate: 2023-01-09\nbad: [\n---\n\n## 배운 것\n- 쉼\n");
        auto document = parseMarkdownRetrospective(post, QStringLiteral("post.md"));
        QVERIFY2(document.ok(), qPrintable(document.ok() ? QString() : document.error().message));
        QCOMPARE(document->year, 2022);
        QCOMPARE(document->title, QStringLiteral("회고: 2022년: 정리"));
    }

    void copiedTextDatedUnderAYearlessFirstLineKeepsThatLineAsItsTitle()
    {
        const QString text
                = QStringLiteral("한 해를 정리하며\n2025. 1. 3.\n\n올해도 지나갔다.\n\n배운 것\n• 쉬는 법\n");
        auto document = parseMarkdownRetrospective(text, QStringLiteral("post.txt"));
        QVERIFY2(document.ok(), qPrintable(document.ok() ? QString() : document.error().message));
        QCOMPARE(document->year, 2024);
        QCOMPARE(document->title, QStringLiteral("한 해를 정리하며"));
        QCOMPARE(document->parts.size(), 1);
        QCOMPARE(document->parts.first().detected, MarkdownPart::Kind::Lessons);
    }

    void aLastEditedLineDoesNotOverrideTheYearOfTheTitle()
    {
        const QString post = QStringLiteral("# 2024년 회고\n\nLast edited: 2025년 1월 10일\n\n## 배운 것\n- 쉼\n");
        auto document = parseMarkdownRetrospective(post, QStringLiteral("post.md"));
        QVERIFY(document.ok());
        QCOMPARE(document->year, 2024);
    }

    void setextHeadingsArePartsAndHeadingsInCodeAreNot()
    {
        // Given underlined headings, and a # line inside fenced code under a part
        const QString post = QStringLiteral("2023년 회고\n==========\n\n배운 것\n------\n- 쉼\n\n메모\n----\n\n```\n"
                                            "## 코드 속 제목\n```\n");
        auto document = parseMarkdownRetrospective(post, QStringLiteral("post.md"));
        QVERIFY2(document.ok(), qPrintable(document.ok() ? QString() : document.error().message));
        // Then the first is the title, the others are parts at their lines, and the code stays in its part
        QCOMPARE(document->year, 2023);
        QCOMPARE(document->parts.size(), 2);
        QCOMPARE(document->parts[0].heading, QStringLiteral("배운 것"));
        QCOMPARE(document->parts[0].line, 4);
        QCOMPARE(document->parts[0].detected, MarkdownPart::Kind::Lessons);
        QCOMPARE(document->parts[1].heading, QStringLiteral("메모"));
        QVERIFY(document->parts[1].body.contains(QStringLiteral("## 코드 속 제목")));
        QCOMPARE(markdownBatch(*document, {}).years.first().lessons.size(), 1);
    }

    void aTaskListItemInsideAQuoteIsNoGoalAndATableRowIsAnEventAtItsLine()
    {
        const QString post = QStringLiteral(
                "# 2023년 회고\n\n## 있었던 일\n\n| 월 | 한 일 |\n|---|---|\n| 3월 | 이직 |\n"
                "| 2023.07 | 이사, 새 동네 |\n\n## 2024년 목표\n> - [ ] 인용 속 할 일\n\n- [x] 책 출간\n");
        auto document = parseMarkdownRetrospective(post, QStringLiteral("post.md"));
        QVERIFY(document.ok());
        const ImportBatch batch = markdownBatch(*document, {});
        const YearData &year = batch.years.first();
        QCOMPARE(year.events.size(), 2);
        QCOMPARE(year.events[0].title, QStringLiteral("이직"));
        QCOMPARE(year.events[0].date, PartialDate::ofMonth(2023, 3));
        QCOMPARE(year.events[1].title, QStringLiteral("이사, 새 동네"));
        QCOMPARE(year.events[1].date, PartialDate::ofMonth(2023, 7));
        QCOMPARE(batch.origin(ImportBatch::Kind::Event, year.events[1].id), QStringLiteral("post.md:8"));
        QCOMPARE(batch.years.last().goals.size(), 1);
        QCOMPARE(batch.years.last().goals.first().status, GoalStatus::Done);
    }

    void countsAreReadFromPlainBulletsAsWellAsTaskLists()
    {
        // Given goals written without boxes, one with its count and one with a counter word
        const QString post = QStringLiteral("# 2023년 회고\n\n## 2023 목표 돌아보기\n- 책 12권 읽기 (9/12)\n"
                                            "- 기술 블로그 24편\n- ~~매일 러닝~~ → 주 3회 러닝\n");
        auto document = parseMarkdownRetrospective(post, QStringLiteral("post.md"));
        QVERIFY(document.ok());
        const QList<Goal> goals = markdownBatch(*document, {}).years.first().goals;
        // Then both count towards their target, and the reworded goal keeps its new wording and notes the old
        QCOMPARE(goals.size(), 3);
        QCOMPARE(goals[0].kind, GoalKind::Count);
        QCOMPARE(goals[0].current, 9);
        QCOMPARE(goals[0].target, 12);
        QCOMPARE(goals[1].kind, GoalKind::Count);
        QCOMPARE(goals[1].target, 24);
        QCOMPARE(goals[2].title, QStringLiteral("주 3회 러닝"));
        QCOMPARE(goals[2].kind, GoalKind::Check);
        QCOMPARE(goals[2].notes, QStringLiteral("~~매일 러닝~~"));
    }
};

QTEST_GUILESS_MAIN(TestPostSignals)
#include "tst_postsignals.moc"
