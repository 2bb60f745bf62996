// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "iotestsupport.h"

#include "io/importer.h"
#include "io/markdown/markdownexport.h"
#include "io/markdown/markdownimport.h"
#include "io/markdown/postshapes.h"
#include "io/sample.h"
#include "io/textfile.h"
#include "validation.h"

#include <QFile>
#include <QTest>

using namespace hoego;

namespace {

QStringList areaNames(const Repositories &repos)
{
    QStringList names;
    const QList<Area> areas = repos.areas.all().value();
    for (const Area &area : areas)
        names << area.name;
    return names;
}

QString sample2025Markdown(test::TempDatabase &db, const ReportOptions &options)
{
    if (!loadSample(db.connection()).ok())
        return {};
    const Id year = db.repos().years.byNumber(2025)->id;
    return exportMarkdown(*loadYearReport(db.repos(), year), options);
}

Result<ImportResult> importText(test::TempDatabase &db, const QString &text, int year = 0,
                                const QString &fileName = QStringLiteral("post.md"))
{
    auto document = parseMarkdownRetrospective(text, fileName, year);
    if (!document.ok())
        return document.error();
    return writeImportBatch(db.connection(), markdownBatch(*document, areaNames(db.repos())));
}

// What Markdown keeps of a year: every item with its text, date, done state and progress (not ids or links
// between items, which Markdown cannot carry).
QStringList markdownContent(const Repositories &repos, int number)
{
    QStringList out;
    auto year = repos.years.byNumber(number);
    if (!year.ok())
        return {QStringLiteral("no year %1").arg(number)};
    const YearData data = *loadYearData(repos, year->id);
    const auto areas = *loadAreasById(repos);
    out << QStringLiteral("year|%1|%2|%3").arg(data.year.title, data.year.summary, data.year.closingNote);
    for (const Event &e : data.events)
        out << QStringLiteral("event|%1|%2|%3|%4")
                        .arg(e.title, e.date.toIsoString(), e.notes, e.tags.join(QLatin1Char(',')));
    for (const Section &s : data.sections)
        out << QStringLiteral("section|%1|%2").arg(s.heading, s.body);
    for (const Lesson &l : data.lessons)
        out << QStringLiteral("lesson|%1").arg(l.text);
    for (const UnfinishedItem &u : data.unfinished)
        out << QStringLiteral("unfinished|%1").arg(u.text);
    for (const Goal &g : data.goals) {
        out << QStringLiteral("goal|%1|%2|%3|%4/%5|%6|%7")
                        .arg(g.title, goalStatusKey(g.status), goalKindKey(g.kind))
                        .arg(g.current)
                        .arg(g.target)
                        .arg(g.doneOn.toString(Qt::ISODate), g.dropReason);
        for (const Milestone &m : g.milestones)
            out << QStringLiteral("  milestone|%1|%2").arg(m.title).arg(m.done);
        for (const EvidenceLink &link : g.links)
            out << QStringLiteral("  link|%1|%2").arg(link.label, link.url.toString());
    }
    for (const YearTheme &t : data.themes)
        out << QStringLiteral("theme|%1|%2|%3").arg(t.theme.name, themeStateKey(t.entry.state), t.entry.note);
    for (const YearQuestion &q : data.questions)
        out << QStringLiteral("question|%1|%2").arg(q.question.text, q.answer.body);
    return out;
}

template<typename Item>
QStringList itemTexts(const QList<Item> &items)
{
    QStringList texts;
    for (const Item &item : items)
        texts << item.text;
    return texts;
}

// A Markdown file of about four megabytes: `head`, then long heading lines (`prefix`, then `filler` repeated,
// then an end word), so a pattern that backtracks over the filler takes minutes.
QString longHeadingFile(const QString &head, const QString &prefix, QChar filler)
{
    const QString line = prefix + QString(4000, filler) + QStringLiteral(" 끝");
    QString text = head;
    text.reserve(4 * 1024 * 1024 + line.size() + 1);
    while (text.size() < 4 * 1024 * 1024) // fillers are ASCII: about 4 MB in UTF-8
        text += line + QLatin1Char('\n');
    return text;
}

} // namespace

class TestMarkdown : public QObject
{
    Q_OBJECT

private slots:
    void exportIsABlogPostWithKoreanHeadingsFrontMatterAndTaskLists()
    {
        test::TempDatabase db;
        const QString md = sample2025Markdown(db, ReportOptions{});
        QVERIFY(md.startsWith(QStringLiteral("---\ntitle: \"2025년 회고 — 졸업, 이사, 그리고 처음 맡은 팀\"\n")));
        QVERIFY(md.contains(QStringLiteral("\n# 2025년 회고 — 졸업, 이사, 그리고 처음 맡은 팀\n")));
        QVERIFY(md.contains(QStringLiteral("\n> 학생에서 팀 리드로.")));
        for (const QString &heading :
             {QStringLiteral("## 올해 있었던 일"), QStringLiteral("### Work"), QStringLiteral("## 회사"),
              QStringLiteral("## 배운 것"), QStringLiteral("## 못다 한 것"), QStringLiteral("## 2025년 목표"),
              QStringLiteral("## 내년 목표 (2026)"), QStringLiteral("## 맺으며")})
            QVERIFY2(md.contains(QLatin1Char('\n') + heading + QLatin1Char('\n')), qPrintable(heading));
        QVERIFY(md.contains(QStringLiteral("- **2월 21일** 대학원 졸업 (석사) #대학원 #졸업\n")));
        QVERIFY(md.contains(QStringLiteral("- [ ] 블로그 글 12편 쓰기 — 7/12\n  - [RAG 평가 지표 "
                                           "정리](https://blog.example.kr/posts/rag-eval-metrics)")));
        QVERIFY(md.contains(QStringLiteral("- [x] 하프 마라톤 1시간 55분 안에 완주 (완료 2026-04-05)")));
        QVERIFY(md.contains(QStringLiteral("- [ ] ~~일본어 JLPT N3~~ (포기: 책 마감과 겹쳐서")));
        QVERIFY(md.contains(QStringLiteral("  - [x] 1-4장 초고 (2026-02-27)")));
    }

    void englishHeadingsAndMonthGroupingAreChosenByOptions()
    {
        test::TempDatabase db;
        ReportOptions options;
        options.language = i18n::Language::English;
        options.grouping = ReportOptions::Grouping::ByMonth;
        options.flavour = MarkdownFlavour::CommonMark;
        const QString md = sample2025Markdown(db, options);
        QVERIFY(md.startsWith(QStringLiteral("# My 2025 in review — ")));
        QVERIFY(md.contains(QStringLiteral("\n## What happened\n")));
        QVERIFY(md.contains(QStringLiteral("\n### All year\n")));
        QVERIFY(md.contains(QStringLiteral("\n### March\n\n- **March** 판교로 이사")));
        QVERIFY(md.contains(QStringLiteral("\n## Goals for next year (2026)\n")));
        QVERIFY(md.contains(QStringLiteral("(done 2026-04-05)")));
    }

    void eachFlavourWritesTheHeaderItsPlatformWants()
    {
        test::TempDatabase db;
        QVERIFY(loadSample(db.connection()).ok());
        YearReport report = *loadYearReport(db.repos(), db.repos().years.byNumber(2025)->id);
        QVERIFY(!report.data.sections.isEmpty());
        report.data.sections.first().body = QStringLiteral("![구조도](https://img.example.kr/a.png) 설명\n\n"
                                                           "```\n![코드 속 그림](x.png)\n```\n"
                                                           "\\![그림 아님](y.png) ![참조 그림][r]\n\n"
                                                           "[r]: https://img.example.kr/r.png");
        ReportOptions options;
        const QString site = exportMarkdown(report, options);
        QVERIFY(site.startsWith(QStringLiteral("---\ntitle: \"2025년 회고")));
        QVERIFY(site.contains(QStringLiteral("\ndescription: \"")));
        QVERIFY(site.contains(QStringLiteral("![구조도](https://img.example.kr/a.png)")));

        options.flavour = MarkdownFlavour::CommonMark;
        const QString plain = exportMarkdown(report, options);
        QVERIFY(plain.startsWith(QStringLiteral("# 2025년 회고")));
        QVERIFY(plain.contains(QStringLiteral("![구조도](https://img.example.kr/a.png)")));

        // The blog editors' flavour: no front matter, images as links, code and escapes as written
        options.flavour = MarkdownFlavour::BlogEditor;
        const QString editor = exportMarkdown(report, options);
        QVERIFY(editor.startsWith(QStringLiteral("# 2025년 회고")));
        QVERIFY2(editor.contains(QStringLiteral("\n[구조도](https://img.example.kr/a.png) 설명\n")),
                 qPrintable(editor));
        QVERIFY(editor.contains(QStringLiteral("\n![코드 속 그림](x.png)\n")));
        QVERIFY(editor.contains(QStringLiteral("\\![그림 아님](y.png) [참조 그림][r]")));
        QCOMPARE(flavourFromKey(QStringLiteral("blog-editor")), std::optional(MarkdownFlavour::BlogEditor));
        QCOMPARE(flavourKey(MarkdownFlavour::CommonMark), QStringLiteral("commonmark"));
        QCOMPARE(flavourFromKey(QStringLiteral("tistory")), std::nullopt);
    }

    void exportThenImportKeepsEveryItemAndDoneState_data()
    {
        QTest::addColumn<int>("language");
        QTest::addColumn<int>("grouping");
        QTest::newRow("korean by area") << int(i18n::Language::Korean) << int(ReportOptions::Grouping::ByArea);
        QTest::newRow("english by month") << int(i18n::Language::English) << int(ReportOptions::Grouping::ByMonth);
    }

    void exportThenImportKeepsEveryItemAndDoneState()
    {
        QFETCH(int, language);
        QFETCH(int, grouping);
        // Given the sample's 2025 exported as Markdown
        test::TempDatabase source;
        ReportOptions options;
        options.language = i18n::Language(language);
        options.grouping = ReportOptions::Grouping(grouping);
        const QString md = sample2025Markdown(source, options);
        // When it is imported into an empty database
        test::TempDatabase target;
        auto imported = importText(target, md);
        QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().message));
        QVERIFY(target.reopen());
        // Then 2025 and the goals of 2026 hold the same items
        QCOMPARE(imported->events, 12);
        QCOMPARE(markdownContent(target.repos(), 2025), markdownContent(source.repos(), 2025));
        // (2026's own themes and questions are not part of 2025's post)
        QStringList nextGoals = markdownContent(source.repos(), 2026).mid(1);
        nextGoals.removeIf([](const QString &line) {
            return line.startsWith(QLatin1String("theme|")) || line.startsWith(QLatin1String("question|"));
        });
        QCOMPARE(markdownContent(target.repos(), 2026).mid(1), nextGoals);
    }

    void aKoreanPostBecomesEventsLessonsUnfinishedGoalsAndSections()
    {
        const QString post = QStringLiteral(
                "# 2023년 회고\n\n올해는 이직의 해였다.\n\n"
                "## 올해 있었던 일\n- 3월: 이직\n- 2023-07-14 제주 여행 #여행\n- 블로그 시작\n  매주 한 편씩.\n\n"
                "## 배운 것\n1. 건강이 먼저다\n2. 기록하자\n\n"
                "## 아쉬운 점\n- 영어 공부\n\n"
                "## 2024년 목표\n- [ ] 책 12권 읽기 (3/12)\n- [x] 운동\n\n"
                "## 읽은 책\n- 책 A\n- 책 B\n");
        test::TempDatabase db;
        auto imported = importText(db, post);
        QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().message));
        const Id year = db.repos().years.byNumber(2023)->id;
        QCOMPARE(db.repos().years.get(year)->title, QString());
        const QList<Event> events = *db.repos().events.forYear(year);
        QCOMPARE(events.size(), 3);
        QCOMPARE(events[0].title, QStringLiteral("블로그 시작"));
        QCOMPARE(events[0].notes, QStringLiteral("매주 한 편씩."));
        QCOMPARE(events[1].date, PartialDate::ofMonth(2023, 3));
        QCOMPARE(events[1].title, QStringLiteral("이직"));
        QCOMPARE(events[2].date, PartialDate::ofDay(2023, 7, 14));
        QCOMPARE(events[2].tags, QStringList{QStringLiteral("여행")});
        QCOMPARE(db.repos().lessons.forYear(year)->size(), 2);
        QCOMPARE(db.repos().unfinished.forYear(year)->first().text, QStringLiteral("영어 공부"));
        const QList<Section> sections = *db.repos().sections.forYear(year);
        QCOMPARE(sections.size(), 2);
        QCOMPARE(sections[0].heading, QStringLiteral("들어가며"));
        QCOMPARE(sections[1].heading, QStringLiteral("읽은 책"));
        QCOMPARE(sections[1].body, QStringLiteral("- 책 A\n- 책 B"));
        const QList<Goal> goals = *db.repos().goals.forYear(db.repos().years.byNumber(2024)->id);
        QCOMPARE(goals.size(), 2);
        QCOMPARE(goals[0].kind, GoalKind::Count);
        QCOMPARE(goals[0].current, 3);
        QCOMPARE(goals[0].target, 12);
        QCOMPARE(goals[1].status, GoalStatus::Done);
    }

    void themesAndQuestionsRoundTripThroughMarkdown()
    {
        // given a year whose themes have states and notes (one name with a star) and whose questions have
        // answers with their own headings
        test::TempDatabase source;
        const Id year = *source.repos().years.create(2023);
        auto &themes = source.repos().themes;
        QVERIFY(themes.addToYearByName(QStringLiteral("RAG"), 0, year, ThemeState::Adopt, QStringLiteral("사내 검색"))
                        .ok());
        QVERIFY(themes.addToYearByName(QStringLiteral("GPT-4"), 0, year, ThemeState::Assess, {}).ok());
        QVERIFY(themes.addToYearByName(QStringLiteral("C*-algebra"), 0, year, ThemeState::Hold, QStringLiteral("a: b"))
                        .ok());
        auto &questions = source.repos().questions;
        QVERIFY(questions
                        .addToYear({0, QStringLiteral("무엇을 배워야 할까?"), {}}, year,
                                   QStringLiteral("LLM.\n\n## 세부\n\n- 평가"))
                        .ok());
        QVERIFY(questions.addToYear({0, QStringLiteral("How do I split my time?"), {}}, year, {}).ok());

        for (const auto language : {i18n::Language::Korean, i18n::Language::English}) {
            ReportOptions options;
            options.language = language;
            const QString md = exportMarkdown(*loadYearReport(source.repos(), year), options);
            // when it is imported into an empty database
            test::TempDatabase target;
            auto imported = importText(target, md);
            QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().message));
            // then the themes and questions are the same, in order, with states, notes and answers
            QCOMPARE(imported->themes, 3);
            QCOMPARE(imported->questions, 2);
            QCOMPARE(markdownContent(target.repos(), 2023), markdownContent(source.repos(), 2023));
        }
    }

    void aPostsTrendsAndQuestionsBecomeThemesAndAnsweredQuestions()
    {
        const QString post = QStringLiteral(
                "# 2023년 회고 - 바쁜 한 해\n\n"
                "## 기술 트렌드\n- ChatGPT\n- Vector DB (시도) — 도입 검토\n- RAG: 사내 검색에 붙여 봄\n  팀 반응이 "
                "좋았다.\n\n"
                "## 올해 가장 많이 한 고민\n### 시간을 어떻게 나눌까?\n오전은 공부.\n\n### 무엇을 배워야 할까?\n\n"
                "## 마치며\n고맙습니다.\n");
        test::TempDatabase db;
        auto imported = importText(db, post);
        QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().message));
        const Id year = db.repos().years.byNumber(2023)->id;
        const auto themes = *db.repos().themes.forYear(year);
        QCOMPARE(themes.size(), 3);
        QCOMPARE(themes[0].theme.name, QStringLiteral("ChatGPT"));
        QCOMPARE(themes[0].entry.state, ThemeState::Assess);
        QCOMPARE(themes[1].theme.name, QStringLiteral("Vector DB"));
        QCOMPARE(themes[1].entry.state, ThemeState::Trial);
        QCOMPARE(themes[1].entry.note, QStringLiteral("도입 검토"));
        QCOMPARE(themes[2].entry.note, QStringLiteral("사내 검색에 붙여 봄\n팀 반응이 좋았다."));
        const auto questions = *db.repos().questions.forYear(year);
        QCOMPARE(questions.size(), 2);
        QCOMPARE(questions[0].question.text, QStringLiteral("시간을 어떻게 나눌까?"));
        QCOMPARE(questions[0].answer.body, QStringLiteral("오전은 공부."));
        QCOMPARE(questions[1].answer.body, QString());
        // importing the same post again into the year adds no theme or question twice
        auto document = parseMarkdownRetrospective(post, QStringLiteral("post.md"));
        ImportOptions merge;
        merge.mergeIntoExisting = true;
        auto again = writeImportBatch(db.connection(), markdownBatch(*document, areaNames(db.repos())), merge);
        QVERIFY(again.ok());
        QCOMPARE(again->themes, 0);
        QCOMPARE(again->questions, 0);
    }

    void listsUnderSubheadingsOfAPartAreReadAsWhatTheirHeadingsSay()
    {
        // a post whose lists sit under ### headings inside ## sections, as real posts often do
        const QString post
                = QStringLiteral("# 2023년 회고 - 이직과 첫 발표\n\n"
                                 "## 2023년 돌아보기\n올해는 바빴다.\n\n"
                                 "### 올해 있었던 일\n- 3월 이직\n- 5월 결혼\n\n"
                                 "### 기술 트렌드\n- RAG\n- GPT-4\n\n"
                                 "### 읽은 책\n- 책 A\n\n"
                                 "## 한 일\n### 3월 - 첫 외부 발표\n데이터 팀 이야기를 했다.\n두 번째 줄.\n\n"
                                 "### 9월 - 강의 시작\n온라인 강의를 찍었다.\n\n"
                                 "## 배운 점\n- 천천히 가도 된다\n");
        auto document = parseMarkdownRetrospective(post, QStringLiteral("post.md"));
        QVERIFY(document.ok());
        // the preview lists the sub-parts with their kinds, one level deeper
        QCOMPARE(document->parts.size(), 6);
        QCOMPARE(document->parts[1].heading, QStringLiteral("올해 있었던 일"));
        QCOMPARE(document->parts[1].level, 3);
        QCOMPARE(document->parts[1].detected, MarkdownPart::Kind::Events);
        QCOMPARE(document->parts[2].detected, MarkdownPart::Kind::Themes);
        QCOMPARE(document->parts[3].detected, MarkdownPart::Kind::Section);

        test::TempDatabase db;
        auto imported = importText(db, post);
        QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().message));
        const Id year = db.repos().years.byNumber(2023)->id;
        const QList<Event> events = *db.repos().events.forYear(year);
        // two listed events and the two dated headings with their paragraphs as notes
        QCOMPARE(events.size(), 4);
        const auto dated = std::find_if(events.begin(), events.end(),
                                        [](const Event &e) { return e.title == QStringLiteral("첫 외부 발표"); });
        QVERIFY(dated != events.end());
        QCOMPARE(dated->date, PartialDate::ofMonth(2023, 3));
        QCOMPARE(dated->notes, QStringLiteral("데이터 팀 이야기를 했다.\n두 번째 줄."));
        QCOMPARE(db.repos().themes.forYear(year)->size(), 2);
        // nothing is lost: the section keeps its own text, the unrecognised sub-part is a section
        const QList<Section> sections = *db.repos().sections.forYear(year);
        QCOMPARE(sections.size(), 2);
        QCOMPARE(sections[0].heading, QStringLiteral("2023년 돌아보기"));
        QCOMPARE(sections[0].body, QStringLiteral("올해는 바빴다."));
        QCOMPARE(sections[1].heading, QStringLiteral("읽은 책"));
        QCOMPARE(db.repos().lessons.forYear(year)->size(), 1);
    }

    void textCopiedOutOfAPageTakesItsYearFromTheFirstLine()
    {
        // no # heading and no front matter: the first line is the title
        const QString text
                = QStringLiteral("2023년 회고 - 이직과 첫 발표\n\n올해는 바빴다.\n\n## 배운 점\n- 쉬어 가기\n");
        test::TempDatabase db;
        auto imported = importText(db, text);
        QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().message));
        const Year year = *db.repos().years.byNumber(2023);
        QCOMPARE(year.title, QStringLiteral("이직과 첫 발표"));
        QCOMPARE(db.repos().lessons.forYear(year.id)->size(), 1);
        // the text under the title is kept
        QCOMPARE(db.repos().sections.forYear(year.id)->first().body, QStringLiteral("올해는 바빴다."));
        // a first line without a year is still refused, naming the line
        auto refused = importText(db, QStringLiteral("그냥 메모\n\n- 항목\n"));
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.contains(QStringLiteral("post.md:1")));
    }

    void plainTextCopiedOutOfABlogPageFindsItsHeadingsAndBullets()
    {
        const QString text = QStringLiteral("2023년 회고 - 이직과 첫 발표\n\n올해는 바빴다.\n\n"
                                            "올해 있었던 일\n• 3월 이직\n• 5월 결혼\n\n"
                                            "배운 점\n\n· 천천히 가도 된다\n\n"
                                            "읽은 책이 많았던 한 해였다.\n\n"
                                            "마치며\n고맙습니다.\n");
        test::TempDatabase db;
        auto imported = importText(db, text, 0, QStringLiteral("copied.txt"));
        QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().message));
        const Year year = *db.repos().years.byNumber(2023);
        QCOMPARE(db.repos().events.forYear(year.id)->size(), 2);
        QCOMPARE(itemTexts(*db.repos().lessons.forYear(year.id)), QStringList{QStringLiteral("천천히 가도 된다")});
        QCOMPARE(year.closingNote, QStringLiteral("고맙습니다."));
        // a sentence standing on its own stays text (here with the lessons' part), nothing is lost
        const QList<Section> sections = *db.repos().sections.forYear(year.id);
        QStringList bodies;
        for (const Section &section : sections)
            bodies << section.body;
        QVERIFY2(bodies.join(QLatin1Char('|')).contains(QStringLiteral("읽은 책이 많았던 한 해였다.")),
                 qPrintable(bodies.join(QLatin1Char('|'))));
        QVERIFY(bodies.join(QLatin1Char('|')).contains(QStringLiteral("올해는 바빴다.")));
    }

    void kptAndFourLPartsBecomeLessonsUnfinishedItemsAndNextYearsGoals()
    {
        const QString post = QStringLiteral("# 2024 회고\n## Keep\n- 매일 글쓰기\n## Problem\n- 운동 부족\n"
                                            "## Try\n- 주 3회 달리기\n## Liked\n- 팀\n## Lacked\n- 잠\n"
                                            "## Longed for\n- 긴 휴가\n");
        test::TempDatabase db;
        auto imported = importText(db, post);
        QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().message));
        const Id year = db.repos().years.byNumber(2024)->id;
        QCOMPARE(itemTexts(*db.repos().lessons.forYear(year)),
                 (QStringList{QStringLiteral("매일 글쓰기"), QStringLiteral("팀")}));
        QCOMPARE(itemTexts(*db.repos().unfinished.forYear(year)),
                 (QStringList{QStringLiteral("운동 부족"), QStringLiteral("잠")}));
        QCOMPARE(db.repos().goals.forYear(db.repos().years.byNumber(2025)->id)->size(), 2);
    }

    void importingTheSamePostAgainAddsNothingTwice()
    {
        test::TempDatabase source;
        const QString md = sample2025Markdown(source, ReportOptions{});
        test::TempDatabase db;
        QVERIFY(importText(db, md).ok());
        const QString once = test::contentFingerprint(db.repos());
        auto document = parseMarkdownRetrospective(md, QStringLiteral("post.md"));
        ImportOptions merge;
        merge.mergeIntoExisting = true;
        auto again = writeImportBatch(db.connection(), markdownBatch(*document, areaNames(db.repos())), merge);
        QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error().message));
        QCOMPARE(again->itemCount(), 0);
        // events, sections, lessons, unfinished, goals, 2025's outputs
        QCOMPARE(again->alreadyThere, 12 + 3 + 6 + 4 + 3 + 10 + 10);
        QCOMPARE(test::contentFingerprint(db.repos()), once);
    }

    void anEnglishPostsTechBecomesThemesAndItsEventsStayEvents()
    {
        const QString post = QStringLiteral(
                "# My 2022 in review: the year of shipping\n\n> Shipped more than I planned.\n\n"
                "## What happened\n- **June 3** Moved to Busan\n\n"
                "## Tech I used\n- Diffusion models everywhere\n\n"
                "## What happened in tech\n- **May** Gave a talk on diffusion\n\n"
                "## What I learned\n- Write things down\n\n"
                "## Goals for next year\n- [ ] Run a marathon\n\n## Final thoughts\nThanks for reading.\n");
        test::TempDatabase db;
        auto imported = importText(db, post);
        QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().message));
        const Year year = *db.repos().years.byNumber(2022);
        QCOMPARE(year.title, QStringLiteral("the year of shipping"));
        QCOMPARE(year.summary, QStringLiteral("Shipped more than I planned."));
        QCOMPARE(year.closingNote, QStringLiteral("Thanks for reading."));
        const QList<Event> events = *db.repos().events.forYear(year.id);
        QCOMPARE(events.size(), 2);
        const auto areas = *loadAreasById(db.repos());
        QCOMPARE(areas.value(events[0].areaId).name, QStringLiteral("Tech"));
        QCOMPARE(events[0].date, PartialDate::ofMonth(2022, 5));
        QCOMPARE(events[1].date, PartialDate::ofDay(2022, 6, 3));
        // the technology followed is a theme of the year, not an event
        const QList<YearTheme> themes = *db.repos().themes.forYear(year.id);
        QCOMPARE(themes.size(), 1);
        QCOMPARE(themes.first().theme.name, QStringLiteral("Diffusion models everywhere"));
        QCOMPARE(db.repos().goals.forYear(db.repos().years.byNumber(2023)->id)->first().title,
                 QStringLiteral("Run a marathon"));
    }

    void aVelogPostsMonthTableRewordedCountedAndDroppedGoalsAreRead()
    {
        // A post as people write them on Velog: front matter, a quote as summary, a month table, a dated
        // sub-heading, the technologies watched, last year's goals reviewed, and next year's goals
        QFile file(QStringLiteral(QT_TESTCASE_SOURCEDIR "/data/posts/velog-2024.md"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        test::TempDatabase db;
        auto imported = importText(db, QString::fromUtf8(file.readAll()));
        QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().message));

        const Year year = *db.repos().years.byNumber(2024);
        QCOMPARE(year.title, QStringLiteral("팀 리드 첫 해"));
        QCOMPARE(year.summary, QStringLiteral("올해는 배우고, 이끌고, 버틴 한 해였다."));
        QCOMPARE(year.closingNote, QStringLiteral("내년에도 잘 부탁해."));
        // every table row and the dated sub-heading are month events
        const QList<Event> events = *db.repos().events.forYear(year.id);
        QCOMPARE(events.size(), 4);
        QCOMPARE(events[0].title, QStringLiteral("팀 리드로 승진"));
        QCOMPARE(events[0].date, PartialDate::ofMonth(2024, 1));
        QCOMPARE(events[1].date, PartialDate::ofMonth(2024, 3));
        QCOMPARE(events[2].title, QStringLiteral("결혼"));
        QCOMPARE(events[2].date, PartialDate::ofMonth(2024, 6));
        QCOMPARE(events[3].title, QStringLiteral("이사"));
        QVERIFY(events[3].notes.contains(QStringLiteral("출퇴근이 30분 줄었다")));
        // "관심 있게 본 기술" holds themes with their notes
        const QList<YearTheme> themes = *db.repos().themes.forYear(year.id);
        QCOMPARE(themes.size(), 3);
        QCOMPARE(themes[0].theme.name, QStringLiteral("RAG"));
        QCOMPARE(themes[0].entry.note, QStringLiteral("사내 검색에 붙여봤다"));

        // 2024's own goals, reviewed: counts, milestones, a reworded goal and a dropped one with its reason
        QHash<QString, Goal> goals;
        for (const Goal &goal : *db.repos().goals.forYear(year.id))
            goals.insert(goal.title, goal);
        QCOMPARE(goals.size(), 4);
        const Goal posts = goals.value(QStringLiteral("블로그 글 12편 쓰기"));
        QCOMPARE(posts.status, GoalStatus::Done);
        QCOMPARE(posts.current, 19);
        QCOMPARE(posts.target, 24);
        QCOMPARE(goals.value(QStringLiteral("책 원고 마감")).milestones.size(), 2);
        const Goal running = goals.value(QStringLiteral("주 3회 러닝"));
        QCOMPARE(running.status, GoalStatus::Done);
        QCOMPARE(running.kind, GoalKind::Check); // "3회" a week is a rate, not a total
        QVERIFY(running.notes.contains(QStringLiteral("매일 러닝")));
        const Goal paper = goals.value(QStringLiteral("논문 한 편"));
        QCOMPARE(paper.status, GoalStatus::Dropped);
        QCOMPARE(paper.dropReason, QStringLiteral("시간이 없었다"));

        // 2025's goals: "24편" is a counted goal, and the bullet under it is its note, not another goal
        const QList<Goal> next = *db.repos().goals.forYear(db.repos().years.byNumber(2025)->id);
        QCOMPARE(next.size(), 2);
        QCOMPARE(next[0].kind, GoalKind::Count);
        QCOMPARE(next[0].target, 24);
        QCOMPARE(next[0].current, 0);
        QVERIFY(next[0].notes.contains(QStringLiteral("한 달에 두 편")));
        QCOMPARE(db.repos().lessons.forYear(year.id)->size(), 2);
        QCOMPARE(db.repos().unfinished.forYear(year.id)->size(), 1);
    }

    void withoutAYearInTheTitleThePostsDateAndHeadingsGiveIt()
    {
        // A post dated early January looks back on the year before
        {
            test::TempDatabase db;
            auto imported = importText(db,
                                       QStringLiteral("---\ntitle: \"한 해를 보내며\"\ndate: 2025-01-05\n---\n\n"
                                                      "## 있었던 일\n- 3월 이직\n"));
            QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().message));
            QVERIFY(db.repos().years.byNumber(2024).ok());
        }
        // and headings name the year it is about; next year's goals do not count
        {
            test::TempDatabase db;
            auto imported = importText(db,
                                       QStringLiteral("# 한 해를 보내며\n\n## 2023년 있었던 일\n- 3월 이직\n\n"
                                                      "## 2024년 목표\n- [ ] 책 쓰기\n\n## 2024년 목표 (2)\n"
                                                      "- [ ] 발표\n"));
            QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().message));
            QCOMPARE(db.repos().events.forYear(db.repos().years.byNumber(2023)->id)->size(), 1);
            QCOMPARE(db.repos().goals.forYear(db.repos().years.byNumber(2024)->id)->size(), 2);
        }
        // while a year in the title wins over a later date
        {
            test::TempDatabase db;
            auto imported = importText(db,
                                       QStringLiteral("---\ntitle: \"2022년 회고\"\ndate: 2023-03-02\n---\n\n"
                                                      "## 있었던 일\n- 5월 졸업\n"));
            QVERIFY(imported.ok());
            QVERIFY(db.repos().years.byNumber(2022).ok());
        }
    }

    void userTextWithMarkdownSignsSurvivesExportAndImport()
    {
        // Given a year whose titles hold signs Markdown gives a meaning to, and a plain goal that names a number
        test::TempDatabase source;
        const Id year = *source.repos().years.create(2024, QStringLiteral("달리기 #2와 *별* 보기"));
        Event race;
        race.yearId = year;
        race.title = QStringLiteral("하프 마라톤 #2");
        race.date = PartialDate::ofDay(2024, 4, 7);
        QVERIFY(source.repos().events.create(race).ok());
        Event stars;
        stars.yearId = year;
        stars.title = QStringLiteral("*별* 보러 강원도");
        stars.date = PartialDate::ofMonth(2024, 8);
        QVERIFY(source.repos().events.create(stars).ok());
        const Id next = *source.repos().years.create(2025);
        Goal books;
        books.yearId = next;
        books.title = QStringLiteral("책 12권 읽기");
        QVERIFY(source.repos().goals.create(books).ok());
        ReportOptions options;
        options.language = i18n::Language::Korean;
        const QString md = exportMarkdown(*loadYearReport(source.repos(), year), options);

        // When the post is imported into an empty database
        test::TempDatabase target;
        auto imported = importText(target, md);
        QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().message));

        // Then every title reads as it was written, and the plain goal stays plain
        QCOMPARE(markdownContent(target.repos(), 2024), markdownContent(source.repos(), 2024));
        QCOMPARE(markdownContent(target.repos(), 2025), markdownContent(source.repos(), 2025));
    }

    void aNotionPagesPropertiesAreLeftOutAndItsOpeningCalloutIsTheSummary()
    {
        QFile file(QStringLiteral(QT_TESTCASE_SOURCEDIR "/data/posts/notion-2024.md"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        auto document = parseMarkdownRetrospective(QString::fromUtf8(file.readAll()), QStringLiteral("notion.md"));
        QVERIFY(document.ok());
        // "Last edited: 2025년" is page furniture: it neither sets the year nor lands in the introduction
        QCOMPARE(document->year, 2024);
        QVERIFY(document->leftOut.contains(QStringLiteral("Tags: 회고")));
        QVERIFY(document->leftOut.contains(QStringLiteral("Last edited: 2025년 1월 10일")));
        QVERIFY2(document->intro.isEmpty(), qPrintable(document->intro));
        QCOMPARE(document->summary, QStringLiteral("올해의 한 줄: 천천히, 그러나 멈추지 않고."));
    }

    void aCountedGoalIsANumberWithACounterWordNotARate_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<int>("target");
        QTest::newRow("posts") << QStringLiteral("기술 블로그 24편") << 24;
        QTest::newRow("books") << QStringLiteral("책 12권 읽기") << 12;
        QTest::newRow("english") << QStringLiteral("Write 12 posts") << 12;
        QTest::newRow("weekly") << QStringLiteral("주 3회 러닝") << 0;
        QTest::newRow("monthly") << QStringLiteral("월 2회 발표") << 0;
        QTest::newRow("a week") << QStringLiteral("Run 3 times a week") << 0;
        QTest::newRow("year") << QStringLiteral("2025년 목표") << 0;
        QTest::newRow("one") << QStringLiteral("논문 1편") << 0;
    }

    void aCountedGoalIsANumberWithACounterWordNotARate()
    {
        QFETCH(QString, title);
        QFETCH(int, target);
        QCOMPARE(postshapes::countedTarget(title).value_or(0), target);
    }

    void theKindOfAHeadingCanBeChangedBeforeWriting()
    {
        auto document = parseMarkdownRetrospective(QStringLiteral("# 2021 회고\n## 여행\n- 부산\n- 강릉\n"),
                                                   QStringLiteral("p.md"));
        QVERIFY(document.ok());
        QCOMPARE(document->parts.first().detected, MarkdownPart::Kind::Section);
        document.value().parts.first().kind = MarkdownPart::Kind::Events;
        test::TempDatabase db;
        QVERIFY(writeImportBatch(db.connection(), markdownBatch(*document, {})).ok());
        QCOMPARE(db.repos().events.forYear(db.repos().years.byNumber(2021)->id)->size(), 2);
    }

    void aPostWithoutAYearIsRefusedUnlessTheYearIsGiven()
    {
        const QString post = QStringLiteral("# 회고\n\n## 배운 것\n- 하나\n");
        auto refused = parseMarkdownRetrospective(post, QStringLiteral("notes/retro.md"));
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.startsWith(QStringLiteral("notes/retro.md:1: ")),
                 qPrintable(refused.error().message));
        auto given = parseMarkdownRetrospective(post, QStringLiteral("notes/retro.md"), 2019);
        QVERIFY(given.ok());
        QCOMPARE(given->year, 2019);
        QCOMPARE(given->parts.first().detected, MarkdownPart::Kind::Lessons);
    }

    void aFileWithoutAYearOrWithBadBytesLeavesTheDatabaseUnchanged()
    {
        test::TempDatabase db;
        QVERIFY(db.repos().years.create(2020).ok());
        const QByteArray before = test::databaseFileHash(db);
        const QString noYear = db.folder() + QStringLiteral("/no-year.md");
        QVERIFY(test::writeFile(noYear, "# 회고\n\n## 있었던 일\n- 이사\n"));
        auto refused = importFile(db.connection(), {noYear, ImportFormat::Markdown, 0}, {});
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.contains(QStringLiteral("no-year.md:1: ")));
        const QString badBytes = db.folder() + QStringLiteral("/bad.md");
        QVERIFY(test::writeFile(badBytes, "# 2021\n\n## 있었던 일\n- \xed\xa0\x80 surrogate\n"));
        auto bad = importFile(db.connection(), {badBytes, ImportFormat::Markdown, 0}, {});
        QVERIFY(!bad.ok());
        QVERIFY2(bad.error().message.contains(QStringLiteral("bad.md:4: ")), qPrintable(bad.error().message));
        QCOMPARE(test::databaseFileHash(db), before);
    }

    void invalidUtf8NamesTheLine()
    {
        const QByteArray bytes = "# 2020\n\n## \xea\xb0\x80\n- ok\n- bad \xc3\x28 byte\n";
        auto text = decodeUtf8(bytes, QStringLiteral("post.md"));
        QVERIFY(!text.ok());
        QVERIFY2(text.error().message.startsWith(QStringLiteral("post.md:5: ")), qPrintable(text.error().message));
    }

    void anExistingYearIsRefusedAndNothingIsWritten()
    {
        test::TempDatabase db;
        QVERIFY(db.repos().years.create(2024).ok());
        const QByteArray before = test::databaseFileHash(db);
        // The post's own year is new, but its goals are for 2024, which exists
        auto imported
                = importText(db, QStringLiteral("# 2023년 회고\n## 있었던 일\n- 이사\n## 2024년 목표\n- [ ] 운동\n"));
        QVERIFY(!imported.ok());
        QVERIFY(imported.error().message.contains(QStringLiteral("2024")));
        QCOMPARE(test::databaseFileHash(db), before);
        QVERIFY(!db.repos().years.byNumber(2023).ok());
    }

    void aSecondTopLevelHeadingIsAPartAndKeepsEveryPartAroundIt()
    {
        // Given a post whose `##` parts are followed by another `#` heading and more parts
        const QString post = QStringLiteral("# 2023년 회고\n\n"
                                            "## 올해 있었던 일\n- 3월: 이직\n\n"
                                            "## 배운 것\n- 기록하자\n\n"
                                            "## 2024년 목표\n- [ ] 운동\n\n"
                                            "# 덧붙이는 말\n내년에는 책을 더 읽자.\n\n"
                                            "## 못다 한 것\n- 영어 공부\n");
        // When it is imported
        test::TempDatabase db;
        auto imported = importText(db, post);
        QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().message));
        // Then the later `#` heading is one more part, and nothing before or after it is lost
        const Id year = db.repos().years.byNumber(2023)->id;
        const QList<Event> events = *db.repos().events.forYear(year);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().title, QStringLiteral("이직"));
        QCOMPARE(itemTexts(*db.repos().lessons.forYear(year)), QStringList{QStringLiteral("기록하자")});
        QCOMPARE(itemTexts(*db.repos().unfinished.forYear(year)), QStringList{QStringLiteral("영어 공부")});
        const QList<Goal> goals = *db.repos().goals.forYear(db.repos().years.byNumber(2024)->id);
        QCOMPARE(goals.size(), 1);
        QCOMPARE(goals.first().title, QStringLiteral("운동"));
        const QList<Section> sections = *db.repos().sections.forYear(year);
        QCOMPARE(sections.size(), 1);
        QCOMPARE(sections.first().heading, QStringLiteral("덧붙이는 말"));
        QCOMPARE(sections.first().body, QStringLiteral("내년에는 책을 더 읽자."));
    }

    void aPostWrittenAllInTopLevelHeadingsKeepsItsSubheadingsInsideItsParts()
    {
        // Given a post whose parts are `#` headings, with a `##` inside one
        const QString post = QStringLiteral("# 2023 회고\n\n# 올해 있었던 일\n- 3월: 이사\n\n"
                                            "# 읽은 책\n## 소설\n- 책 A\n\n# 배운 것\n- 하나\n");
        // When it is imported
        test::TempDatabase db;
        auto imported = importText(db, post);
        QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().message));
        // Then the `#` headings are the parts and the `##` stays in its part's text, one level up
        const Id year = db.repos().years.byNumber(2023)->id;
        QCOMPARE(db.repos().events.forYear(year)->size(), 1);
        QCOMPARE(itemTexts(*db.repos().lessons.forYear(year)), QStringList{QStringLiteral("하나")});
        const QList<Section> sections = *db.repos().sections.forYear(year);
        QCOMPARE(sections.size(), 1);
        QCOMPARE(sections.first().heading, QStringLiteral("읽은 책"));
        QCOMPARE(sections.first().body, QStringLiteral("# 소설\n- 책 A"));
    }

    void theTitleIsTheFirstTopLevelHeadingAndTextAroundItIsKept()
    {
        // Given a post that starts with a part and text before its `#` title
        const QString post = QStringLiteral("이 글은 블로그에서 옮겨 왔다.\n\n"
                                            "# 2022 회고\n\n> 조용한 한 해\n\n"
                                            "## 배운 것\n- 천천히 가도 된다\n\n"
                                            "# 부록\n### 읽은 책\n- 책 A\n");
        // When it is imported
        test::TempDatabase db;
        auto imported = importText(db, post);
        QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().message));
        // Then the year comes from the `#` title, and the text before it and under the later `#` are sections
        const Year year = *db.repos().years.byNumber(2022);
        QCOMPARE(year.summary, QStringLiteral("조용한 한 해"));
        QCOMPARE(itemTexts(*db.repos().lessons.forYear(year.id)), QStringList{QStringLiteral("천천히 가도 된다")});
        const QList<Section> sections = *db.repos().sections.forYear(year.id);
        QCOMPARE(sections.size(), 2);
        QCOMPARE(sections[0].body, QStringLiteral("이 글은 블로그에서 옮겨 왔다."));
        QCOMPARE(sections[1].heading, QStringLiteral("부록"));
        // Headings inside a part are stored relative to it: `###` under a part is the body's first level
        QCOMPARE(sections[1].body, QStringLiteral("# 읽은 책\n- 책 A"));
    }

    void headingsInsideBodiesSurviveExportAndImport()
    {
        // Given a Korean year whose texts hold their own Markdown headings (and a fence and a `#######` line)
        test::TempDatabase source;
        const Id year = *source.repos().years.create(2024, QStringLiteral("이사한 해"));
        const QString body = QStringLiteral("# 첫 번째 생각\n새 집은 조용하다.\n\n## 두 번째 생각\n- 목록도 그대로\n\n"
                                            "###### 가장 깊은 제목\n```\n# 코드 속 주석\n```\n####### 제목이 아닌 줄");
        QVERIFY(source.repos().sections.create(year, QStringLiteral("이사"), body).ok());
        QVERIFY(source.repos().sections.create(year, QStringLiteral("회의록 #"), QStringLiteral("## 안건\n없음")).ok());
        Event event;
        event.yearId = year;
        event.title = QStringLiteral("이삿날");
        event.date = PartialDate::ofDay(2024, 3, 2);
        event.notes
                = QStringLiteral("# 짐 목록\n- 책상\n\n## 남은 일\n인터넷 신청\n```\n# 설정 파일\n\nport = 80\n```");
        QVERIFY(source.repos().events.create(event).ok());
        Goal goal;
        goal.yearId = year;
        goal.title = QStringLiteral("집 정리하기");
        goal.notes = QStringLiteral("## 방마다\n거실부터 시작");
        QVERIFY(source.repos().goals.create(goal).ok());
        QVERIFY(source.repos()
                        .years.setClosingNote(year, QStringLiteral("# 끝으로\n고마웠다.\n\n## 그리고\n또 보자."))
                        .ok());
        // When it is exported as Markdown and the post is imported into an empty database
        const QString md = exportMarkdown(*loadYearReport(source.repos(), year), ReportOptions{});
        test::TempDatabase target;
        auto imported = importText(target, md);
        QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().message));
        // Then the post's own structure is intact: the body's headings sit below the part headings
        QVERIFY2(md.contains(QStringLiteral("\n### 첫 번째 생각\n")), qPrintable(md));
        QVERIFY(!md.contains(QStringLiteral("\n# 첫 번째 생각\n")));
        QVERIFY(!md.contains(QStringLiteral("\n## 두 번째 생각\n")));
        // And every text comes back exactly
        QCOMPARE(markdownContent(target.repos(), 2024), markdownContent(source.repos(), 2024));
        const Id targetYear = target.repos().years.byNumber(2024)->id;
        QCOMPARE(target.repos().goals.forYear(targetYear)->first().notes, goal.notes);
        QCOMPARE(target.repos().sections.forYear(targetYear)->size(), 2);
    }

    void overLongTextIsRefusedWithItsFileAndLineAndNothingIsWritten_data()
    {
        QTest::addColumn<QString>("post");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("length");
        const QString tooLong(731, QChar(0xAC00)); // 가
        const QString head = QStringLiteral("# 2023년 회고\n\n");
        QTest::newRow("title") << QStringLiteral("# 2023년 회고 — %1\n## 배운 것\n- 하나\n").arg(tooLong) << 1 << 731;
        QTest::newRow("summary") << head + QStringLiteral("> %1\n\n## 배운 것\n- 하나\n").arg(tooLong) << 3 << 731;
        QTest::newRow("heading") << head + QStringLiteral("## 배운 것\n- 하나\n\n## %1\n본문\n").arg(tooLong) << 6
                                 << 731;
        QTest::newRow("event title") << head + QStringLiteral("## 올해 있었던 일\n- 이사\n- 3월: %1\n").arg(tooLong)
                                     << 5 << 731;
        QTest::newRow("goal title") << head
                        + QStringLiteral("## 2024년 목표\n- [ ] 운동\n- [ ] %1 — 0/3\n").arg(tooLong)
                                    << 5 << 731;
        QTest::newRow("milestone title") << head
                        + QStringLiteral("## 2024년 목표\n- [ ] 책 쓰기\n  - [x] 1장\n  - [ ] %1\n").arg(tooLong)
                                         << 6 << 731;
        const QString hugeLesson(validation::kMaxTextLength + 1, QChar(0xAC00));
        QTest::newRow("lesson") << head + QStringLiteral("## 배운 것\n- 하나\n- %1\n").arg(hugeLesson) << 5
                                << validation::kMaxTextLength + 1;
    }

    void overLongTextIsRefusedWithItsFileAndLineAndNothingIsWritten()
    {
        QFETCH(QString, post);
        QFETCH(int, line);
        QFETCH(int, length);
        // Given a database with one year, and a post with one text over the app's limits
        test::TempDatabase db;
        QVERIFY(db.repos().years.create(2020).ok());
        const QByteArray before = test::databaseFileHash(db);
        // When the post is imported
        auto imported = importText(db, post);
        // Then it is refused, naming the file, the line and the length, and nothing is written (no text is cut)
        QVERIFY(!imported.ok());
        const QString message = imported.error().message;
        QVERIFY2(message.startsWith(QStringLiteral("post.md:%1: ").arg(line)), qPrintable(message));
        QVERIFY2(message.contains(QString::number(length)), qPrintable(message));
        QCOMPARE(test::databaseFileHash(db), before);
        QVERIFY(!db.repos().years.byNumber(2023).ok());
    }

    void textWithinTheLimitsIsImportedWhole()
    {
        // Given a post with a 500-character goal title and milestone, and a long lesson and unfinished item
        const QString title(500, QChar(0xB098)); // 나
        const QString lesson(2000, QChar(0xB2E4)); // 다
        const QString post = QStringLiteral("# 2023년 회고 — %1\n\n## 배운 것\n- %2\n\n## 못다 한 것\n- %2 끝\n\n"
                                            "## 2024년 목표\n- [ ] %1\n  - [ ] %1\n")
                                     .arg(title, lesson);
        // When it is imported
        test::TempDatabase db;
        auto imported = importText(db, post);
        QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().message));
        // Then every text is whole
        const Year year = *db.repos().years.byNumber(2023);
        QCOMPARE(year.title, title);
        QCOMPARE(db.repos().lessons.forYear(year.id)->first().text, lesson);
        QCOMPARE(db.repos().unfinished.forYear(year.id)->first().text, lesson + QStringLiteral(" 끝"));
        const Goal goal = db.repos().goals.forYear(db.repos().years.byNumber(2024)->id)->first();
        QCOMPARE(goal.title, title);
        QCOMPARE(goal.milestones.first().title, title);
    }

    void linesUnderAMilestoneAreKeptInTheGoalsNotes()
    {
        // Given a goal whose milestones have nested items and continuation lines
        const QString post = QStringLiteral("# 2023년 회고\n\n## 2024년 목표\n"
                                            "- [ ] 책 쓰기\n"
                                            "  - [x] 1-4장 초고 (2024-02-27)\n"
                                            "    - 출판사 미팅: 3월 초\n"
                                            "    표지는 나중에\n"
                                            "  - [ ] 5-8장\n"
                                            "  - [원고 폴더](https://example.kr/book)\n"
                                            "\n"
                                            "  마감은 가을.\n");
        // When it is imported
        test::TempDatabase db;
        auto imported = importText(db, post);
        QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().message));
        // Then the milestones are milestones, and the lines under one are notes that name it
        const Goal goal = db.repos().goals.forYear(db.repos().years.byNumber(2024)->id)->first();
        QCOMPARE(goal.milestones.size(), 2);
        QCOMPARE(goal.milestones[0].title, QStringLiteral("1-4장 초고"));
        QCOMPARE(goal.milestones[1].title, QStringLiteral("5-8장"));
        QCOMPARE(goal.links.size(), 1);
        QCOMPARE(goal.notes, QStringLiteral("- 1-4장 초고\n  - 출판사 미팅: 3월 초\n  표지는 나중에\n\n마감은 가을."));
    }

    void aFourMegabyteFileOfLongHeadingLinesIsReadCorrectly_data()
    {
        QTest::addColumn<QString>("head");
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<QChar>("filler");
        QTest::addColumn<QString>("refusal"); // empty: imported
        const QString title = QStringLiteral("# 2023년 회고\n");
        // Runs of spaces inside a heading are one space, as in every title: each line is a short heading
        QTest::newRow("parts padded with spaces") << title << QStringLiteral("## 제목") << QChar(u' ') << QString();
        QTest::newRow("parts full of hashes")
                << title << QStringLiteral("## 제목") << QChar(u'#')
                << QStringLiteral("post.md:2: The heading is too long (4004 characters; at most 500).");
        // Inside one part the long headings are text of its body, which is then too long as a whole
        QTest::newRow("subheadings padded with spaces")
                << title + QStringLiteral("## 모음\n") << QStringLiteral("### 제목") << QChar(u' ')
                << QStringLiteral("post.md:2: The section's text is too long (");
    }

    void aFourMegabyteFileOfLongHeadingLinesIsReadCorrectly()
    {
        QFETCH(QString, head);
        QFETCH(QString, prefix);
        QFETCH(QChar, filler);
        QFETCH(QString, refusal);
        // Given a 4 MB post made of long heading lines
        const QString text = longHeadingFile(head, prefix, filler);
        const int headingLines = int(text.count(QLatin1Char('\n'))) - int(head.count(QLatin1Char('\n')));
        // When it is imported
        test::TempDatabase db;
        auto imported = importText(db, text);
        if (refusal.isEmpty()) {
            // Then every heading is a section with its words
            QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().message.left(300)));
            const QList<Section> sections = *db.repos().sections.forYear(db.repos().years.byNumber(2023)->id);
            QCOMPARE(sections.size(), headingLines);
            QCOMPARE(sections.last().heading, QStringLiteral("제목 끝"));
        } else {
            // Then it is refused at the right line, saying what is too long, and nothing is written
            QVERIFY(!imported.ok());
            QVERIFY2(imported.error().message.startsWith(refusal), qPrintable(imported.error().message.left(300)));
            QVERIFY(!db.repos().years.byNumber(2023).ok());
        }
    }
};

QTEST_GUILESS_MAIN(TestMarkdown)
#include "tst_markdown.moc"
