// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "iotestsupport.h"

#include "io/html/htmlexport.h"
#include "io/html/markdownhtml.h"
#include "io/pdf/pdfexport.h"
#include "review/reviewpage.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>
#include <QUndoStack>

using namespace hoego;

namespace {

QString collapsed(QString text)
{
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    return text.replace(spaces, QStringLiteral(" ")).trimmed();
}

QString pdfText(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"),
                  {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    if (!process.waitForFinished(60000))
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

// The window's preview, the HTML export and the PDF export render a section's Markdown with one engine
// (cmark-gfm, core/io/html/markdownhtml): the same words show in all three, with no Markdown marks left.
class TestMarkdownEngine : public QObject
{
    Q_OBJECT

private slots:
    void onePreviewAndTwoExportsShowTheSameText_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QStringList>("htmlHas"); // in the fragment the exports embed
        QTest::addColumn<QStringList>("htmlHasNot"); // in the fragment
        QTest::addColumn<QStringList>("words"); // in the preview, the HTML's text and the PDF's text

        QTest::newRow("underscore emphasis")
                << QStringLiteral("_또렷하게_ 그리고 __굵게__, snake_case_name")
                << QStringList{QStringLiteral("<em>또렷하게</em>"), QStringLiteral("<strong>굵게</strong>"),
                               QStringLiteral("snake_case_name")}
                << QStringList{QStringLiteral("<em>case</em>")}
                << QStringList{QStringLiteral("또렷하게 그리고 굵게, snake_case_name")};
        QTest::newRow("escapes") << QStringLiteral("\\*별표\\* 그대로, 1\\. 목록 아님")
                                 << QStringList{QStringLiteral("<p>*별표* 그대로, 1. 목록 아님</p>")}
                                 << QStringList{QStringLiteral("<em>"), QStringLiteral("\\")}
                                 << QStringList{QStringLiteral("*별표* 그대로, 1. 목록 아님")};
        QTest::newRow("table") << QStringLiteral("| 달 | 글 |\n|---|--:|\n| 1월 | 3 |\n| 2월 | 12 |")
                               << QStringList{QStringLiteral("<table>"), QStringLiteral("<th>달</th>"),
                                              QStringLiteral("<td align=\"right\">12</td>")}
                               << QStringList{QStringLiteral("|")}
                               << QStringList{QStringLiteral("1월"), QStringLiteral("2월"), QStringLiteral("12")};
        QTest::newRow("nested numbering")
                << QStringLiteral("3. 셋째\n4. 넷째\n   1. 넷째의 하나\n   2. 넷째의 둘")
                << QStringList{QStringLiteral("<ol start=\"3\">"), QStringLiteral("<li>넷째\n<ol>")}
                << QStringList{QStringLiteral("3. 셋째")}
                << QStringList{QStringLiteral("셋째"), QStringLiteral("넷째의 하나"), QStringLiteral("넷째의 둘")};
        QTest::newRow("autolinks") << QStringLiteral("자료: https://example.com/a_b_c 와 www.example.org")
                                   << QStringList{QStringLiteral("<a href=\"https://example.com/a_b_c\">"),
                                                  QStringLiteral("<a href=\"http://www.example.org\">")}
                                   << QStringList{QStringLiteral("<em>")}
                                   << QStringList{QStringLiteral("https://example.com/a_b_c"),
                                                  QStringLiteral("www.example.org")};
        QTest::newRow("images")
                << QStringLiteral("![작년 사진](https://example.com/p.png \"바다\") ![](https://e.com/q.png)")
                << QStringList{QStringLiteral("<a href=\"https://example.com/p.png\" title=\"바다\">작년 "
                                              "사진</a>"),
                               QStringLiteral("<a href=\"https://e.com/q.png\">")}
                << QStringList{QStringLiteral("<img"), QStringLiteral("![")}
                << QStringList{QStringLiteral("작년 사진"), QStringLiteral("https://e.com/q.png")};
        QTest::newRow("reference links")
                << QStringLiteral("[회고 글][r]을 읽었다.\n\n[r]: https://example.com/review \"글\"")
                << QStringList{QStringLiteral("<a href=\"https://example.com/review\" title=\"글\">회고 글</a>을")}
                << QStringList{QStringLiteral("[r]")} << QStringList{QStringLiteral("회고 글을 읽었다.")};
        QTest::newRow("entities") << QStringLiteral("&copy; 2026 &amp; &#54620;글 &nbsp;끝 &bogus;")
                                  << QStringList{QStringLiteral("© 2026 &amp; 한글")}
                                  << QStringList{QStringLiteral("&amp;copy;")}
                                  << QStringList{QStringLiteral("© 2026 & 한글"), QStringLiteral("&bogus;")};
        QTest::newRow("setext headings") << QStringLiteral("올해\n===\n\n작년\n---\n\n본문")
                                         << QStringList{QStringLiteral("<h3>올해</h3>"),
                                                        QStringLiteral("<h4>작년</h4>")}
                                         << QStringList{QStringLiteral("==="), QStringLiteral("---")}
                                         << QStringList{QStringLiteral("올해"), QStringLiteral("작년"),
                                                        QStringLiteral("본문")};
        QTest::newRow("indented code") << QStringLiteral("보기:\n\n    if (a < b && c) **x**;")
                                       << QStringList{QStringLiteral(
                                                  "<pre><code>if (a &lt; b &amp;&amp; c) **x**;\n</code></pre>")}
                                       << QStringList{QStringLiteral("<strong>")}
                                       << QStringList{QStringLiteral("if (a < b && c) **x**;")};
        QTest::newRow("Korean Wikipedia link")
                << QStringLiteral("[홍길동전](https://ko.wikipedia.org/wiki/홍길동전_(소설))을 다시 읽음")
                << QStringList{QStringLiteral(
                           "<a href=\"https://ko.wikipedia.org/wiki/"
                           "%ED%99%8D%EA%B8%B8%EB%8F%99%EC%A0%84_(%EC%86%8C%EC%84%A4)\">홍길동전</a>을")}
                << QStringList{QStringLiteral("](")} << QStringList{QStringLiteral("홍길동전을 다시 읽음")};
        QTest::newRow("tasks and strikethrough")
                << QStringLiteral("- [x] 끝낸 일\n- [ ] ~~그만둔~~ 일")
                << QStringList{QStringLiteral("<li>☑ 끝낸 일</li>"), QStringLiteral("<li>☐ <s>그만둔</s> 일</li>")}
                << QStringList{QStringLiteral("<input"), QStringLiteral("[x]"), QStringLiteral("~~")}
                << QStringList{QStringLiteral("☑ 끝낸 일"), QStringLiteral("☐ 그만둔 일")};
        QTest::newRow("raw HTML and unsafe links")
                << QStringLiteral("<b>굵게?</b> [눌러 보기](javascript:alert(1)) [파일](file:///etc/passwd)\n\n"
                                  "<script>alert(2)</script>")
                << QStringList{QStringLiteral("&lt;b&gt;굵게?&lt;/b&gt; 눌러 보기 파일"),
                               QStringLiteral("&lt;script&gt;alert(2)&lt;/script&gt;")}
                << QStringList{QStringLiteral("<b>"), QStringLiteral("<script"), QStringLiteral("href"),
                               QStringLiteral("raw HTML omitted")}
                << QStringList{QStringLiteral("<b>굵게?</b> 눌러 보기 파일"),
                               QStringLiteral("<script>alert(2)</script>")};
    }

    void onePreviewAndTwoExportsShowTheSameText()
    {
        QFETCH(QString, markdown);
        QFETCH(QStringList, htmlHas);
        QFETCH(QStringList, htmlHasNot);
        QFETCH(QStringList, words);

        // Given a section whose body is the Markdown
        test::TempDatabase db;
        const Id year = *db.repos().years.create(2026, QStringLiteral("My 2026 in review"));
        QVERIFY(db.repos().sections.create(year, QStringLiteral("Notes"), markdown).ok());
        const YearReport report = *loadYearReport(db.repos(), year);

        // When it is rendered: the fragment both exports embed
        const QString fragment = markdownToHtml(markdown);
        for (const QString &piece : htmlHas)
            QVERIFY2(fragment.contains(piece), qPrintable(fragment));
        for (const QString &piece : htmlHasNot)
            QVERIFY2(!fragment.contains(piece), qPrintable(fragment));
        // ...and the HTML export embeds exactly that fragment
        QVERIFY(exportHtml(report, {}).contains(fragment));
        QTextDocument exported;
        exported.setHtml(fragment);

        // Then the review page's preview shows the same text as the exported fragment
        QUndoStack undo;
        ReviewPage page(db.journal(), &undo);
        page.setYear(year);
        page.resize(900, 600);
        page.show();
        auto *preview = page.findChild<QTextBrowser *>(QStringLiteral("sectionPreview"));
        QVERIFY(preview);
        QTRY_COMPARE(preview->document()->toPlainText(), exported.toPlainText());
        const QString shown = collapsed(preview->document()->toPlainText());

        // And the PDF export's text layer has the same words
        const QString pdfPath = db.folder() + QStringLiteral("/year.pdf");
        QVERIFY(exportPdf(report, {}, pdfPath).ok());
        const QString printed = collapsed(pdfText(pdfPath));
        for (const QString &word : words) {
            QVERIFY2(shown.contains(word), qPrintable(word + QStringLiteral(" not in the preview: ") + shown));
            QVERIFY2(printed.contains(word), qPrintable(word + QStringLiteral(" not in the PDF: ") + printed));
        }
    }
};

QTEST_MAIN(TestMarkdownEngine)
#include "tst_markdownengine.moc"
