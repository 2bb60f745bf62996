// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "iotestsupport.h"

#include "io/importer.h"
#include "io/markdown/markdownimport.h"
#include "io/markdown/outputlists.h"

#include <QTest>

using namespace hoego;

namespace {

// The year's outputs as "kind|date|title|link|venue", in the order stored.
QStringList outputsOf(test::TempDatabase &db, int year)
{
    QStringList lines;
    for (const Output &output : *db.repos().outputs.forYear(db.repos().years.byNumber(year)->id))
        lines << QStringLiteral("%1|%2|%3|%4|%5")
                         .arg(output.kind, output.date.toIsoString(), output.title,
                              output.link.toString(QUrl::FullyEncoded), output.venue);
    return lines;
}

Result<ImportResult> importPost(test::TempDatabase &db, const QString &text)
{
    auto document = parseMarkdownRetrospective(text, QStringLiteral("post.md"));
    if (!document.ok())
        return document.error();
    return writeImportBatch(db.connection(), markdownBatch(*document, {}));
}

} // namespace

// Issue 13: a post's list of what the author wrote, gave or published becomes outputs with links and kinds.
class TestOutputLists : public QObject
{
    Q_OBJECT

private slots:
    void headingsThatListThingsMadeNameTheirKind()
    {
        QCOMPARE(outputlists::kindOfHeading(QStringLiteral("올해 작성한 글")), QStringLiteral("post"));
        QCOMPARE(outputlists::kindOfHeading(QStringLiteral("블로그 글 모음")), QStringLiteral("post"));
        QCOMPARE(outputlists::kindOfHeading(QStringLiteral("발표")), QStringLiteral("talk"));
        QCOMPARE(outputlists::kindOfHeading(QStringLiteral("Talks")), QStringLiteral("talk"));
        QCOMPARE(outputlists::kindOfHeading(QStringLiteral("Writing")), QStringLiteral("post"));
        QCOMPARE(outputlists::kindOfHeading(QStringLiteral("Publications")), QStringLiteral("paper"));
        QCOMPARE(outputlists::kindOfHeading(QStringLiteral("책 출간")), QStringLiteral("book"));
        // what was read, taken or set as a goal is not made
        QVERIFY(!outputlists::kindOfHeading(QStringLiteral("올해 읽은 글")));
        QVERIFY(!outputlists::kindOfHeading(QStringLiteral("들은 강의")));
        QVERIFY(!outputlists::kindOfHeading(QStringLiteral("Reading list")));
        QVERIFY(!outputlists::kindOfHeading(QStringLiteral("발표 목표")));
        QVERIFY(!outputlists::kindOfHeading(QStringLiteral("글을 마치며")));
        QVERIFY(!outputlists::kindOfHeading(QStringLiteral("Blogging about my life")));
    }

    void aListOfMostlyLinksReadsAsOutputs()
    {
        const QString links = QStringLiteral("- [RAG 평가](https://blog.example.kr/rag)\n"
                                             "- https://speakerdeck.com/me/agent-eval\n"
                                             "- 아직 링크 없는 초고\n");
        QVERIFY(outputlists::isListOfLinks(QStringLiteral("2024"), links));
        // one link in three is not mostly links; references and reading lists are not made
        QVERIFY(!outputlists::isListOfLinks(QStringLiteral("2024"),
                                            QStringLiteral("- 이사\n- 이직 https://a.example\n- 졸업\n")));
        QVERIFY(!outputlists::isListOfLinks(QStringLiteral("참고 링크"), links));
        QVERIFY(!outputlists::isListOfLinks(QStringLiteral("Reading"), links));
        QVERIFY(!outputlists::isListOfLinks(QStringLiteral("2024"), QStringLiteral("- [a](https://a.example)\n")));
    }

    void anItemGivesTitleLinkVenueAndKind()
    {
        const auto linked = outputlists::readItem(QStringLiteral("[에이전트 평가](https://example.com/a) — PyCon"), {});
        QCOMPARE(linked.title, QStringLiteral("에이전트 평가"));
        QCOMPARE(linked.link, QUrl(QStringLiteral("https://example.com/a")));
        QCOMPARE(linked.venue, QStringLiteral("PyCon"));
        QCOMPARE(linked.kind, QStringLiteral("other"));
        const auto bare = outputlists::readItem(QStringLiteral("https://speakerdeck.com/me/agent-eval."), {});
        QCOMPARE(bare.title, QStringLiteral("agent eval"));
        QCOMPARE(bare.link, QUrl(QStringLiteral("https://speakerdeck.com/me/agent-eval")));
        QCOMPARE(bare.kind, QStringLiteral("talk")); // slides are a talk
        const auto titled = outputlists::readItem(QStringLiteral("**LLM 평가 후기**: https://blog.example.kr/x"),
                                                  QStringLiteral("post"));
        QCOMPARE(titled.title, QStringLiteral("LLM 평가 후기"));
        QCOMPARE(titled.kind, QStringLiteral("post")); // the heading's kind wins over the address
        QVERIFY(outputlists::readItem(QStringLiteral("원고 마감"), QStringLiteral("book")).link.isEmpty());
    }

    void aPostsPartsOfPostsAndTalksBecomeOutputs()
    {
        // Given a post with "작성한 글", "발표" and a list of links under a plain heading
        const QString post = QStringLiteral(
                "# 2024년 회고\n\n"
                "## 있었던 일\n- **3월** 이직\n\n"
                "## 작성한 글\n"
                "- **3월 10일** [RAG 평가 후기](https://blog.example.kr/rag) — 개인 블로그\n"
                "- https://blog.example.kr/posts/pgvector-enough\n\n"
                "## 발표\n- **10월** 에이전트를 어떻게 평가할까 — PyCon Korea\n\n"
                "## 사이드 프로젝트\n"
                "- [hoego v1.0](https://github.com/me/hoego/releases/tag/v1.0)\n"
                "- [발표 자료](https://speakerdeck.com/me/side)\n\n"
                "## 올해 읽은 글\n- [좋은 글](https://other.example/a)\n- [또 좋은 글](https://other.example/b)\n");
        test::TempDatabase db;

        // When it is imported
        auto imported = importPost(db, post);
        QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().message));

        // Then the posts and the talk are outputs with their links, dates, venues and kinds; the list of links
        // takes its kinds from the addresses; what was read stays a section
        QCOMPARE(outputsOf(db, 2024),
                 (QStringList{
                         // dated to the year only first, then by date, as the Outputs tab lists them
                         QStringLiteral("post|2024|pgvector enough|https://blog.example.kr/posts/pgvector-enough|"),
                         QStringLiteral("release|2024|hoego v1.0|https://github.com/me/hoego/releases/tag/v1.0|"),
                         QStringLiteral("talk|2024|발표 자료|https://speakerdeck.com/me/side|"),
                         QStringLiteral("post|2024-03-10|RAG 평가 후기|https://blog.example.kr/rag|개인 블로그"),
                         QStringLiteral("talk|2024-10|에이전트를 어떻게 평가할까||PyCon Korea"),
                 }));
        QCOMPARE(db.repos().events.forYear(db.repos().years.byNumber(2024)->id)->size(), 1);
        const QList<Section> sections = *db.repos().sections.forYear(db.repos().years.byNumber(2024)->id);
        QCOMPARE(sections.size(), 1);
        QCOMPARE(sections.first().heading, QStringLiteral("올해 읽은 글"));
    }
};

QTEST_GUILESS_MAIN(TestOutputLists)
#include "tst_outputlists.moc"
