// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "iotestsupport.h"

#include "io/html/htmlexport.h"
#include "io/markdown/markdownexport.h"
#include "io/markdown/markdownimport.h"
#include "io/pdf/pdfexport.h"
#include "io/publicview.h"
#include "io/sample.h"
#include "io/yearreport.h"
#include "storage/privacy.h"

#include <QGuiApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace hoego;

// The year's outputs and the goals' evidence in the published exports (issue 13), from the sample's 2026.
class TestOutputExports : public QObject
{
    Q_OBJECT

private:
    YearReport report2026()
    {
        const Id year = m_db.repos().years.byNumber(2026)->id;
        auto report = loadYearReport(m_db.repos(), year);
        if (!report.ok())
            qFatal("%s", qPrintable(report.error().message));
        return *report;
    }

    test::TempDatabase m_db;

private slots:
    void initTestCase() { QVERIFY(loadSample(m_db.connection()).ok()); }

    void theSampleRecordsTheYearsPostsTalkAndBookAsEvidence()
    {
        const YearReport report = report2026();
        QCOMPARE(report.data.outputs.size(), 10);
        // "블로그 글 12편 쓰기" counts its seven linked posts
        const auto goal = std::find_if(report.data.goals.begin(), report.data.goals.end(),
                                       [](const Goal &g) { return g.title == QStringLiteral("블로그 글 12편 쓰기"); });
        QVERIFY(goal != report.data.goals.end());
        QVERIFY(goal->countsEvidence);
        QCOMPARE(goal->current, 7);
        QCOMPARE(m_db.repos().evidence.forGoal(goal->id)->size(), 7);
    }

    void markdownHasAWhatIMadePartByKindAndGoalsListTheirEvidence()
    {
        ReportOptions korean;
        const QString markdown = exportMarkdown(report2026(), korean);
        QVERIFY(markdown.contains(QStringLiteral("\n## 올해 만든 것\n\n### 글\n\n- **1월 18일** [RAG 평가 지표 정리]("
                                                 "https://blog.example.kr/posts/rag-eval-metrics) — 개인 블로그\n")));
        QVERIFY(markdown.contains(QStringLiteral("### 책\n\n- **10월** [『실전 LLM 평가』 베타 원고](")));
        QVERIFY(markdown.contains(QStringLiteral("  - [LLM-as-a-judge를 믿어도 될까](https://blog.example.kr/posts/"
                                                 "llm-as-a-judge)")));
        // the part comes before the goals
        QVERIFY(markdown.indexOf(QStringLiteral("## 올해 만든 것"))
                < markdown.indexOf(QStringLiteral("## 2026년 목표")));

        ReportOptions english;
        english.language = i18n::Language::English;
        const QString inEnglish = exportMarkdown(report2026(), english);
        QVERIFY(inEnglish.contains(QStringLiteral("## What I made\n\n### Posts\n")));
        QVERIFY(inEnglish.contains(QStringLiteral("### Talks\n\n- **August 15** [에이전트를 어떻게 평가할까]")));
    }

    void aPostsOutputsAndTheirEvidenceComeBackFromMarkdown()
    {
        // Given 2026 exported as a Korean post
        const QString markdown = exportMarkdown(report2026(), ReportOptions{});
        // When the post is imported into an empty database
        auto document = parseMarkdownRetrospective(markdown, QStringLiteral("2026.md"));
        QVERIFY(document.ok());
        test::TempDatabase target;
        auto written = writeImportBatch(target.connection(), markdownBatch(*document, {}));
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message));
        // Then every output is back with its kind, date, link and venue
        const auto describe = [](const QList<Output> &outputs) {
            QStringList lines;
            for (const Output &o : outputs)
                lines << QStringLiteral("%1|%2|%3|%4|%5|%6")
                                 .arg(o.kind, o.title, o.date.toIsoString(), o.link.toString(), o.venue, o.notes);
            return lines;
        };
        const Id year = target.repos().years.byNumber(2026)->id;
        QCOMPARE(describe(*target.repos().outputs.forYear(year)), describe(report2026().data.outputs));
        // and the goal's seven posts are its evidence again, not links
        const QList<Goal> goals = *target.repos().goals.forYear(year);
        const auto posts = std::find_if(goals.begin(), goals.end(),
                                        [](const Goal &g) { return g.title == QStringLiteral("블로그 글 12편 쓰기"); });
        QVERIFY(posts != goals.end());
        QCOMPARE(target.repos().evidence.forGoal(posts->id)->size(), 7);
        QVERIFY(posts->links.isEmpty());
    }

    void markdownCountsTheYearsOutputsByMonthAndYearByYear()
    {
        const QString markdown = exportMarkdown(report2026(), ReportOptions{});
        // Months without an output are left out; April's course and October's book have their own columns
        QVERIFY2(markdown.contains(QStringLiteral("### 월별\n\n| 월 | 글 | 발표 | 강의 | 책 | 합계 |\n"
                                                  "|:--|--:|--:|--:|--:|--:|\n"
                                                  "| 1월 | 1 | – | – | – | 1 |\n")),
                 qPrintable(markdown));
        QVERIFY(markdown.contains(QStringLiteral("| 8월 | 1 | 1 | – | – | 2 |\n| 10월 | 1 | – | – | 1 | 2 |\n"
                                                 "| 합계 | 7 | 1 | 1 | 1 | 10 |\n")));
        QVERIFY(!markdown.contains(QStringLiteral("| 7월 |")));
        // Year by year from the first year with an output: 2025's paper gives the table a column
        QVERIFY(markdown.contains(QStringLiteral("### 해마다\n\n| 연도 | 글 | 발표 | 강의 | 책 | 논문 | 합계 |\n")));
        QVERIFY(markdown.contains(QStringLiteral("| 2024 | 2 | 1 | – | – | – | 3 |\n"
                                                 "| 2025 | 7 | 2 | – | – | 1 | 10 |\n"
                                                 "| 2026 | 7 | 1 | 1 | 1 | – | 10 |\n"
                                                 "| 합계 | 16 | 4 | 1 | 1 | 1 | 23 |\n")));

        ReportOptions english;
        english.language = i18n::Language::English;
        const QString inEnglish = exportMarkdown(report2026(), english);
        QVERIFY(inEnglish.contains(
                QStringLiteral("### By month\n\n| Month | Posts | Talks | Courses | Books | Total |")));
        QVERIFY(inEnglish.contains(QStringLiteral("| August | 1 | 1 | – | – | 2 |")));
        QVERIFY(inEnglish.contains(QStringLiteral("### Year by year\n\n| Year | Posts |")));
    }

    void aYearOnlyOutputIsCountedAfterTheMonthsAndTheFirstYearHasNoYearByYear()
    {
        YearReport report = report2026();
        report.outputTallies.removeIf([](const OutputTally &tally) { return tally.yearNumber != 2026; });
        report.outputTallies << OutputTally{2026, QStringLiteral("talk"), 0, 2};
        const QString markdown = exportMarkdown(report, ReportOptions{});
        QVERIFY2(markdown.contains(QStringLiteral("| 10월 | 1 | – | – | 1 | 2 |\n| 연중 | – | 2 | – | – | 2 |\n"
                                                  "| 합계 | 7 | 3 | 1 | 1 | 12 |\n")),
                 qPrintable(markdown));
        QVERIFY(!markdown.contains(QStringLiteral("### 해마다")));
    }

    void aPublicExportCountsOnlyThePublicOutputsOfEveryYear()
    {
        // Given a 2025 talk marked private
        const Id year2025 = m_db.repos().years.byNumber(2025)->id;
        const QList<Output> outputs2025 = *m_db.repos().outputs.forYear(year2025);
        const auto talk = std::find_if(outputs2025.begin(), outputs2025.end(),
                                       [](const Output &o) { return o.kind == QStringLiteral("talk"); });
        QVERIFY(talk != outputs2025.end());
        QVERIFY(privacy::setPrivate(m_db.connection(), PrivateKind::Output, talk->id, true).ok());
        // Then the full export still counts it and the public one does not
        const QString full = exportMarkdown(report2026(), ReportOptions{});
        ReportOptions publicOnly;
        publicOnly.publicOnly = true;
        const QString published = exportMarkdown(publicReport(report2026()), publicOnly);
        QVERIFY(privacy::setPrivate(m_db.connection(), PrivateKind::Output, talk->id, false).ok());
        QVERIFY(full.contains(QStringLiteral("| 2025 | 7 | 2 | – | – | 1 | 10 |")));
        QVERIFY2(published.contains(QStringLiteral("| 2025 | 7 | 1 | – | – | 1 | 9 |")), qPrintable(published));
        QVERIFY(!published.contains(QStringLiteral("| 2025 | 7 | 2 |")));
    }

    void theCountTablesAreNotImportedAsText()
    {
        const QString markdown = exportMarkdown(report2026(), ReportOptions{});
        QVERIFY(markdown.contains(QStringLiteral("### 해마다")));
        auto document = parseMarkdownRetrospective(markdown, QStringLiteral("2026.md"));
        QVERIFY(document.ok());
        test::TempDatabase target;
        QVERIFY(writeImportBatch(target.connection(), markdownBatch(*document, {})).ok());
        const Id year = target.repos().years.byNumber(2026)->id;
        const QList<Section> sections = *target.repos().sections.forYear(year);
        QCOMPARE(sections.size(), report2026().data.sections.size());
        for (const Section &section : sections)
            QVERIFY2(!section.body.contains(QStringLiteral("| 합계 |")), qPrintable(section.heading));
    }

    void htmlAndPdfShowTheCountTables()
    {
        const QString html = exportHtml(report2026(), ReportOptions{});
        QVERIFY(html.contains(QStringLiteral("<h3>월별</h3><table class=\"counts\"")));
        QVERIFY(html.contains(QStringLiteral("<tr><td align=\"left\">2025</td><td align=\"right\">7</td>"
                                             "<td align=\"right\">2</td>")));
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        const QString path = m_db.folder() + QStringLiteral("/2026-counts.pdf");
        QVERIFY(exportPdf(report2026(), ReportOptions{}, path).ok());
        QProcess process;
        process.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
        QVERIFY(process.waitForFinished(60000));
        const QString text = QString::fromUtf8(process.readAllStandardOutput());
        QVERIFY2(text.contains(QStringLiteral("해마다")), qPrintable(text));
        QVERIFY(text.contains(QRegularExpression(QStringLiteral("2025\\s+7\\s+2\\s+\\S\\s+\\S\\s+1\\s+10"))));
    }

    void htmlListsTheOutputsEscapedWithTheirLinks()
    {
        YearReport report = report2026();
        report.data.outputs.first().title = QStringLiteral("<script>x</script>");
        const QString html = exportHtml(report, ReportOptions{});
        QVERIFY(html.contains(QStringLiteral("<h2>올해 만든 것</h2>")));
        QVERIFY(html.contains(QStringLiteral("<a href=\"https://blog.example.kr/posts/pgvector-enough\"><strong>"
                                             "pgvector로 충분했던 이유</strong></a> — 개인 블로그")));
        QVERIFY(html.contains(QStringLiteral("&lt;script&gt;x&lt;/script&gt;")));
        QVERIFY(!html.contains(QStringLiteral("<script>")));
        // a goal's evidence is listed under it
        QVERIFY(html.contains(QStringLiteral("&#8627; <a href=\"https://blog.example.kr/posts/agent-eval\">")));
    }

    void thePdfHasTheOutputsToo()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        const QString path = m_db.folder() + QStringLiteral("/2026.pdf");
        QVERIFY(exportPdf(report2026(), ReportOptions{}, path).ok());
        QProcess process;
        process.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
        QVERIFY(process.waitForFinished(60000));
        const QString text = QString::fromUtf8(process.readAllStandardOutput());
        QVERIFY2(text.contains(QStringLiteral("올해 만든 것")), qPrintable(text.left(400)));
        QVERIFY(text.contains(QStringLiteral("실무자를 위한 LLM 평가")));
    }
};

QTEST_MAIN(TestOutputExports)
#include "tst_outputexports.moc"
