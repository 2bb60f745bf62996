// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "iotestsupport.h"

#include "io/html/htmlexport.h"
#include "io/html/markdownhtml.h"
#include "io/sample.h"

#include <QTest>

using namespace hoego;

class TestHtmlExport : public QObject
{
    Q_OBJECT

private:
    static QString sampleHtml(test::TempDatabase &db, const ReportOptions &options = {})
    {
        if (!loadSample(db.connection()).ok())
            return {};
        return exportHtml(*loadYearReport(db.repos(), db.repos().years.byNumber(2025)->id), options);
    }

private slots:
    void thePageIsSelfContainedResponsiveAndShowsProgressAsInlineSvg()
    {
        test::TempDatabase db;
        const QString html = sampleHtml(db);
        QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
        QVERIFY(html.contains(
                QStringLiteral("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")));
        QVERIFY(html.contains(QStringLiteral("@media (max-width: 30rem)")));
        QVERIFY(html.contains(QStringLiteral("<h1>2025년 회고 — 졸업, 이사, 그리고 처음 맡은 팀</h1>")));
        QVERIFY(html.contains(QStringLiteral("<svg class=\"ring\"")));
        QVERIFY(html.contains(QStringLiteral("<svg class=\"bar\"")));
        QVERIFY(html.contains(QStringLiteral("<span class=\"label\">7/12</span>")));
        QVERIFY(html.contains(QStringLiteral("<a href=\"https://blog.example.kr/\">블로그</a>")));
        QVERIFY(html.contains(QStringLiteral("<strong>문서와 대화</strong>"))); // section Markdown rendered
        // Nothing is loaded from elsewhere: no stylesheets, scripts or remote images.
        QVERIFY(!html.contains(QStringLiteral("<link")));
        QVERIFY(!html.contains(QStringLiteral("<script")));
        QVERIFY(!html.contains(QStringLiteral("src=")));
    }

    void theYearsThemesAndAnswersArePartOfThePage()
    {
        test::TempDatabase db;
        const QString html = sampleHtml(db);
        QVERIFY(html.contains(QStringLiteral("<h2>올해의 키워드</h2>")));
        // the radar comes first, with every theme's name as text in it
        const qsizetype radar = html.indexOf(QStringLiteral("<svg class=\"radar\""));
        QVERIFY(radar > 0);
        const QString svg = html.mid(radar, html.indexOf(QStringLiteral("</svg>"), radar) - radar);
        for (const char *name : {"RAG", "Vector DB", "LLM 평가", "LLM agents", "Small language models", "GNN"})
            QVERIFY2(svg.contains(QStringLiteral(">%1</text>").arg(QString::fromUtf8(name))), name);
        QVERIFY(html.contains(
                QStringLiteral("<li><strong>RAG</strong> (사용) — 사내 검색에 붙여서 팀 전체가 매일 쓴다.</li>")));
        QVERIFY(html.contains(QStringLiteral("<h2>올해 생각했던 질문</h2>")));
        QVERIFY(html.contains(QStringLiteral("<h3>시간을 어떻게 나눌까?</h3>")));
        // answers are Markdown: the bold word of "평가. 모델보다 **평가**가 병목이다." is rendered
        QVERIFY(html.contains(QStringLiteral("<strong>평가</strong>")));
    }

    void englishHeadingsFollowTheOption()
    {
        test::TempDatabase db;
        ReportOptions options;
        options.language = i18n::Language::English;
        const QString html = sampleHtml(db, options);
        QVERIFY(html.contains(QStringLiteral("<html lang=\"en\">")));
        QVERIFY(html.contains(QStringLiteral("<h2>What happened</h2>")));
        QVERIFY(html.contains(QStringLiteral("<time datetime=\"2025-02-21\">February 21</time>")));
    }

    void everyPieceOfUserTextIsEscaped()
    {
        // Given a year whose texts try to inject markup
        test::TempDatabase db;
        const QString attack = QStringLiteral("<script>alert(1)</script>");
        const Id year = *db.repos().years.create(2024, attack, QStringLiteral("\"><img src=x onerror=alert(2)>"));
        QVERIFY(db.repos()
                        .years.setClosingNote(year, QStringLiteral("<iframe src=\"https://evil.example\"></iframe>"))
                        .ok());
        Event event;
        event.yearId = year;
        event.title = attack;
        event.date = PartialDate::ofDay(2024, 5, 1);
        event.tags = {QStringLiteral("<b>tag</b>")};
        event.notes = QStringLiteral("[click](javascript:alert(3)) and <script>x()</script>");
        QVERIFY(db.repos().events.create(event).ok());
        QVERIFY(db.repos().sections.create(year, attack, QStringLiteral("<script>alert(4)</script>\n\n**ok**")).ok());
        Goal goal;
        goal.yearId = year;
        goal.title = attack;
        goal.links = {EvidenceLink{0, 0, attack, QUrl(QStringLiteral("https://example.com/?a=\"><script>")), 0}};
        QVERIFY(db.repos().goals.create(goal).ok());
        // When the year is exported as HTML
        const QString html = exportHtml(*loadYearReport(db.repos(), year), {});
        // Then the text shows as text and nothing can run
        QVERIFY(html.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;")));
        QVERIFY(!html.contains(QStringLiteral("<script")));
        QVERIFY(!html.contains(QStringLiteral("<img")));
        QVERIFY(!html.contains(QStringLiteral("<iframe")));
        QVERIFY(!html.contains(QStringLiteral("<b>tag")));
        QVERIFY(!html.contains(QStringLiteral("href=\"javascript")));
        QVERIFY(html.contains(QStringLiteral("<strong>ok</strong>")));
    }

    void markdownInNotesBecomesSafeHtml()
    {
        QCOMPARE(markdownToHtml(QStringLiteral("a **b** `<i>` [x](https://e.com/?q=1&r=2)")),
                 QStringLiteral("<p>a <strong>b</strong> <code>&lt;i&gt;</code> <a "
                                "href=\"https://e.com/?q=1&amp;r=2\">x</a></p>"));
        QCOMPARE(markdownToHtml(QStringLiteral("- [x] done\n- [ ] open")),
                 QStringLiteral("<ul>\n<li>\u2611 done</li>\n<li>\u2610 open</li>\n</ul>"));
        QCOMPARE(markdownToHtml(QStringLiteral("> quote")),
                 QStringLiteral("<blockquote>\n<p>quote</p>\n</blockquote>"));
    }
};

QTEST_GUILESS_MAIN(TestHtmlExport)
#include "tst_htmlexport.moc"
