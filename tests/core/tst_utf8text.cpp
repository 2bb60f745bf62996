// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "search/searchservice.h"
#include "search/utf8text.h"

#include <QRandomGenerator>
#include <QTest>

using namespace hoego;

namespace {

// Characters of one, two, three and four UTF-8 bytes (the last a pair in UTF-16), a line break and spaces.
const QStringList kPieces{QStringLiteral("a"), QStringLiteral("B"),  QStringLiteral(" "),  QStringLiteral("\n"),
                          QStringLiteral("é"), QStringLiteral("졸"), QStringLiteral("업"), QStringLiteral("식"),
                          QStringLiteral("😀"), QStringLiteral("𝄞"),  QStringLiteral("7"),  QStringLiteral("·")};

QString randomText(QRandomGenerator &random, int pieces)
{
    QString text;
    for (int i = 0; i < pieces; ++i)
        text += kPieces.at(random.bounded(int(kPieces.size())));
    return text;
}

} // namespace

class TestUtf8Text : public QObject
{
    Q_OBJECT

private slots:
    void midCutsAsQStringDoesEverywhere()
    {
        // Pairs at both ends of a piece are the hard case: mid() keeps the half inside.
        const QString text = QStringLiteral("😀a졸😀\n업𝄞é😀");
        const QByteArray utf8 = text.toUtf8();
        for (qsizetype position = 0; position <= text.size() + 1; ++position) {
            for (qsizetype length = 0; length <= text.size() + 1; ++length) {
                const utf8text::Piece piece = utf8text::utf16Mid(utf8, position, length);
                QCOMPARE(piece.text, text.mid(position, length));
                QCOMPARE(piece.textFollows, position + length < text.size());
            }
        }
    }

    void midCountsFromAnAnchor()
    {
        const QString text = QStringLiteral("가😀나다");
        const QByteArray utf8 = text.toUtf8();
        const qsizetype afterEmoji = QStringLiteral("가😀").toUtf8().size();
        QCOMPARE(utf8text::utf16Mid(utf8, 0, 2, afterEmoji).text, QStringLiteral("나다"));
        QCOMPARE(utf8text::previousCharacter(utf8, afterEmoji), QStringLiteral("가").toUtf8().size());
    }

    void snippetsFromBytesMatchSnippetsFromText()
    {
        // Any text, any terms, any radius: the UTF-8 path gives what decoding everything gives.
        QRandomGenerator random(20261203);
        for (int round = 0; round < 3000; ++round) {
            const QString text = randomText(random, random.bounded(0, 60));
            QStringList terms{randomText(random, random.bounded(1, 3)).simplified()};
            if (terms.first().isEmpty())
                terms.first() = QStringLiteral("졸업");
            if (round % 3 == 0)
                terms << kPieces.at(random.bounded(int(kPieces.size()))).simplified();
            terms.removeAll(QString());
            const int radius = random.bounded(0, 12);
            QCOMPARE(SearchService::snippetAround(text.toUtf8(), terms, radius),
                     SearchService::snippetAround(text, terms, radius));
        }
    }

    void aLongKoreanBodyGivesTheSamePieceAroundItsMatch()
    {
        const QString body
                = QString(300, QChar(0xAC00)) + QStringLiteral("\n졸업식 발표 😀 ") + QString(300, QChar(0xB098));
        for (const QStringList &terms : {QStringList{QStringLiteral("졸업")}, QStringList{QStringLiteral("없는말")},
                                         QStringList{QStringLiteral("GRADUATION"), QStringLiteral("졸업")}}) {
            QCOMPARE(SearchService::snippetAround(body.toUtf8(), terms), SearchService::snippetAround(body, terms));
        }
    }
};

QTEST_GUILESS_MAIN(TestUtf8Text)
#include "tst_utf8text.moc"
