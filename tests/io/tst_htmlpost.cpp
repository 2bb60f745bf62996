// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "iotestsupport.h"

#include "io/htmlpost/htmlpost.h"
#include "io/importer.h"

#include <QTest>

using namespace hoego;

namespace {

// Saved pages in tests/data/posts: a Tistory-style blog page (navigation, share buttons, related posts and
// comments around the post in entry-content) and a Notion export (title in the page header, a callout and a
// toggle in page-body).
QString postFile(const char *name)
{
    return QStringLiteral(QT_TESTCASE_SOURCEDIR "/data/posts/") + QString::fromLatin1(name);
}

} // namespace

class TestHtmlPost : public QObject
{
    Q_OBJECT

private slots:
    void aSavedBlogPageImportsItsArticleAndLeavesThePageOut()
    {
        // given a saved blog page
        const QString path = postFile("blog-page.html");
        auto document = readMarkdownDocument(path, 0);
        QVERIFY2(document.ok(), qPrintable(document.ok() ? QString() : document.error().message));
        // then its year and title come from the page title, and its share buttons and related posts are listed
        // as left out
        QCOMPARE(document->year, 2024);
        QCOMPARE(document->title, QStringLiteral("팀 리드 첫 해"));
        QVERIFY2(document->leftOut.join(QLatin1Char('|')).contains(QStringLiteral("공유하기")),
                 qPrintable(document->leftOut.join(QLatin1Char('|'))));
        QVERIFY(document->leftOut.join(QLatin1Char('|')).contains(QStringLiteral("관련 글")));

        // when it is imported
        test::TempDatabase db;
        auto imported = writeImportBatch(db.connection(), markdownBatch(*document, areaNames(db.connection())));
        QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().message));
        const Id year = db.repos().years.byNumber(2024)->id;
        // then events, themes, lessons and next year's goals with their check state and milestone are there
        QCOMPARE(db.repos().events.forYear(year)->size(), 2);
        QCOMPARE(db.repos().themes.forYear(year)->size(), 2);
        QCOMPARE(db.repos().themes.forYear(year)->first().entry.state, ThemeState::Adopt);
        const QList<Goal> goals = *db.repos().goals.forYear(db.repos().years.byNumber(2025)->id);
        QCOMPARE(goals.size(), 2);
        QCOMPARE(goals[0].status, GoalStatus::Done);
        QCOMPARE(goals[1].status, GoalStatus::Open);
        QVERIFY2(goals[1].notes.contains(QStringLiteral("초고까지만")), qPrintable(goals[1].notes));
        // the lesson part holds prose, kept as a section with its link and emphasis
        const QString everything = test::contentFingerprint(db.repos());
        QVERIFY(everything.contains(
                QStringLiteral("리뷰는 *매일* 한다. 자세한 내용은 [이 글](https://example.kr/post).")));
        QVERIFY(everything.contains(QStringLiteral("천천히, 그러나 꾸준히.")));
        // and nothing of the page around the article got in
        for (const char *clutter : {"홈", "카테고리", "never text", "좋은 글이네요", "블로그 주인", "페이스북"})
            QVERIFY2(!everything.contains(QString::fromUtf8(clutter)), clutter);
    }

    void aNotionExportImportsWithItsCalloutAndToggle()
    {
        const QString path = postFile("notion-export.html");
        auto document = readMarkdownDocument(path, 0);
        QVERIFY2(document.ok(), qPrintable(document.ok() ? QString() : document.error().message));
        QCOMPARE(document->year, 2023);
        test::TempDatabase db;
        QVERIFY(writeImportBatch(db.connection(), markdownBatch(*document, {})).ok());
        const Id year = db.repos().years.byNumber(2023)->id;
        QCOMPARE(db.repos().events.forYear(year)->first().title, QStringLiteral("이사"));
        QCOMPARE(db.repos().unfinished.forYear(year)->first().text, QStringLiteral("운동 부족"));
        const QString everything = test::contentFingerprint(db.repos());
        QVERIFY(everything.contains(QStringLiteral("올해의 한 줄: 버티기")));
        QVERIFY(everything.contains(QStringLiteral("숨겨 둔 이야기.")));
    }

    void aPageWithoutANamedBodyUsesItsDensestBlock()
    {
        const QByteArray page
                = "<html><head><title>My 2022 in review</title></head><body>"
                  "<div class='sidebar'><p>About me</p></div>"
                  "<div class='x'><h2>What happened</h2><ul><li>Moved to Busan</li><li>New job</li></ul>"
                  "<p>A long paragraph about the year that carries most of the text on the page.</p></div>"
                  "</body></html>";
        auto post = readHtmlPost(page, QStringLiteral("p.html"));
        QVERIFY(post.ok());
        QVERIFY2(post->markdown.startsWith(QStringLiteral("# My 2022 in review\n")), qPrintable(post->markdown));
        QVERIFY(post->markdown.contains(QStringLiteral("## What happened\n\n- Moved to Busan\n- New job")));
        QVERIFY(!post->markdown.contains(QStringLiteral("About me")));
    }

    void aPageNestedDeeperThanAnyRealPageIsRefused()
    {
        const QByteArray deep = "<html><body>" + QByteArray("<div>").repeated(100000) + "x</body></html>";
        auto post = readHtmlPost(deep, QStringLiteral("deep.html"));
        QVERIFY(!post.ok());
        QVERIFY(post.error().message.contains(QStringLiteral("deep.html")));
        QVERIFY(looksLikeHtml("  <!DOCTYPE html><html>"));
        QVERIFY(!looksLikeHtml("# 2023년 회고\n- <b>굵게</b>"));
    }
};

QTEST_GUILESS_MAIN(TestHtmlPost)
#include "tst_htmlpost.moc"
