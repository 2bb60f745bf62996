// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "io/markdown/markdownimport.h"
#include "io/markdown/outputlists.h"
#include "io/markdown/vocabulary.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace hoego;

// Issue 20: the words that decide what a part of a post holds are data, in resources/import/vocabulary.json.
class TestVocabulary : public QObject
{
    Q_OBJECT

    static QByteArray sourceFile()
    {
        QFile file(QStringLiteral(QT_TESTCASE_SOURCEDIR "/../resources/import/vocabulary.json"));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private slots:
    void theBuiltInVocabularyIsTheResourceFile()
    {
        const QByteArray json = sourceFile();
        QVERIFY(!json.isEmpty());
        const Vocabulary fromFile = Vocabulary::fromJson(json);
        const Vocabulary &builtIn = Vocabulary::builtIn();
        for (const char *kind : {"unfinished", "closing-note", "summary", "outputs", "goals", "lessons", "questions",
                                 "tech", "themes", "events"}) {
            QVERIFY2(!builtIn.headingWords(QString::fromLatin1(kind)).isEmpty(), kind);
            QCOMPARE(builtIn.headingWords(QString::fromLatin1(kind)), fromFile.headingWords(QString::fromLatin1(kind)));
        }
        QVERIFY(builtIn.goalStateWords(QStringLiteral("done")).contains(QStringLiteral("완료")));
        QVERIFY(builtIn.oneWordHeadings(QStringLiteral("goals")).contains(QStringLiteral("longed for")));
        // issue 13: the headings of lists of outputs, for every built-in kind but "other"
        for (const char *kind : {"post", "talk", "course", "book", "paper", "release"}) {
            QVERIFY2(!builtIn.outputHeadingWords(QString::fromLatin1(kind)).isEmpty(), kind);
            QCOMPARE(builtIn.outputHeadingWords(QString::fromLatin1(kind)),
                     fromFile.outputHeadingWords(QString::fromLatin1(kind)));
        }
        QCOMPARE(builtIn.notMadeWords(), fromFile.notMadeWords());
        QVERIFY(builtIn.notMadeWords().contains(QStringLiteral("읽은")));
    }

    void latinAndOneLetterWordsMatchWholeAndOthersAnywhere()
    {
        QVERIFY(Vocabulary::holdsWord(QStringLiteral("my blog"), QStringLiteral("blog")));
        QVERIFY(Vocabulary::holdsWord(QStringLiteral("blog posts"), QStringLiteral("blog")));
        QVERIFY(Vocabulary::holdsWord(QStringLiteral("pycon talk들"), QStringLiteral("talk")));
        QVERIFY(!Vocabulary::holdsWord(QStringLiteral("blogging about llms"), QStringLiteral("blog")));
        QVERIFY(!Vocabulary::holdsWord(QStringLiteral("already"), QStringLiteral("read")));
        QVERIFY(Vocabulary::holdsWord(QStringLiteral("내가 본 영화"), QStringLiteral("본")));
        QVERIFY(!Vocabulary::holdsWord(QStringLiteral("기본기 다지기"), QStringLiteral("본")));
        QVERIFY(Vocabulary::holdsWord(QStringLiteral("올해 작성한 글들"), QStringLiteral("작성한 글")));
        QVERIFY(!Vocabulary::holdsWord(QStringLiteral("anything"), QString()));
        // so a heading about what was read lists no outputs, and one about the basics may
        QCOMPARE(outputlists::kindOfHeading(QStringLiteral("Books I read")), std::nullopt);
        QCOMPARE(outputlists::kindOfHeading(QStringLiteral("기본기 발표")),
                 std::optional<QString>(QStringLiteral("talk")));
        QCOMPARE(outputlists::kindOfHeading(QStringLiteral("Blog posts")),
                 std::optional<QString>(QStringLiteral("post")));
    }

    void aWordAddedToTheFileChangesDetection()
    {
        // Given a heading no list names
        const QString heading = QStringLiteral("올해의 발자취");
        QCOMPARE(detectPartKind(heading), MarkdownPart::Kind::Section);
        // When its word is added to the events list of the file
        QJsonObject root = QJsonDocument::fromJson(sourceFile()).object();
        QJsonObject headings = root.value(QStringLiteral("headings")).toObject();
        QJsonArray events = headings.value(QStringLiteral("events")).toArray();
        events.append(QStringLiteral("발자취"));
        headings.insert(QStringLiteral("events"), events);
        root.insert(QStringLiteral("headings"), headings);
        const Vocabulary extended = Vocabulary::fromJson(QJsonDocument(root).toJson());
        // Then the heading is read as events, and the other words still work
        QCOMPARE(detectPartKind(heading, extended), MarkdownPart::Kind::Events);
        QCOMPARE(detectPartKind(QStringLiteral("배운 점"), extended), MarkdownPart::Kind::Lessons);
        QCOMPARE(detectPartKind(QStringLiteral("Longed for"), extended), MarkdownPart::Kind::Goals);
    }

    void englishWordsMatchWhateverTheirCase()
    {
        const Vocabulary vocabulary = Vocabulary::fromJson(R"({"headings": {"lessons": ["Takeaway"]}})");
        QCOMPARE(detectPartKind(QStringLiteral("My TAKEAWAYS"), vocabulary), MarkdownPart::Kind::Lessons);
        QCOMPARE(detectPartKind(QStringLiteral("What happened"), vocabulary), MarkdownPart::Kind::Section);
    }
};

QTEST_GUILESS_MAIN(TestVocabulary)
#include "tst_vocabulary.moc"
