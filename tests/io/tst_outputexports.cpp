// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "iotestsupport.h"

#include "io/html/htmlexport.h"
#include "io/markdown/markdownexport.h"
#include "io/markdown/markdownimport.h"
#include "io/pdf/pdfexport.h"
#include "io/sample.h"
#include "io/yearreport.h"

#include <QGuiApplication>
#include <QProcess>
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
