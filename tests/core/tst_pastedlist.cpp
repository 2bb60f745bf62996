// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "io/pastedlist.h"

#include <QTest>

using namespace hoego;

// "x" checked, "o" a box left open, "-" no box.
using Boxes = QString;

class TestPastedList : public QObject
{
    Q_OBJECT

private slots:
    void everyListReadsPastedLinesAlike_data()
    {
        QTest::addColumn<QString>("pasted");
        QTest::addColumn<QStringList>("texts");
        QTest::addColumn<Boxes>("boxes");
        QTest::newRow("dashes, stars, pluses")
                << QStringLiteral("- 하나\n* 둘\n+ 셋")
                << QStringList{QStringLiteral("하나"), QStringLiteral("둘"), QStringLiteral("셋")}
                << Boxes(QStringLiteral("---"));
        QTest::newRow("numbers, CRLF, blank lines, dots")
                << QStringLiteral("1. first\r\n12) second\n\n  • 세 번째  \u2028\u00B7 넷")
                << QStringList{QStringLiteral("first"), QStringLiteral("second"), QStringLiteral("세 번째"),
                               QStringLiteral("넷")}
                << Boxes(QStringLiteral("----"));
        QTest::newRow("task boxes with and without a marker")
                << QStringLiteral("- [x] 책 출간\n3. [ ] 강의 만들기\n[X] 블로그 12편\n- [ ] 논문")
                << QStringList{QStringLiteral("책 출간"), QStringLiteral("강의 만들기"), QStringLiteral("블로그 12편"),
                               QStringLiteral("논문")}
                << Boxes(QStringLiteral("xoxo"));
        // A sign or a decimal is content, not a marker: the goal "3.5% 체지방" once became "5% 체지방".
        QTest::newRow("numbers that are content")
                << QStringLiteral("-5kg 감량\n3.5% 체지방\n2024년 계획\n1.5배 빠르게\n[x]표시")
                << QStringList{QStringLiteral("-5kg 감량"), QStringLiteral("3.5% 체지방"),
                               QStringLiteral("2024년 계획"), QStringLiteral("1.5배 빠르게"), QStringLiteral("[x]표시")}
                << Boxes(QStringLiteral("-----"));
        QTest::newRow("markers alone and blanks") << QStringLiteral("\n  \n- \n3.\n- [ ]") << QStringList() << Boxes();
    }

    void everyListReadsPastedLinesAlike()
    {
        QFETCH(QString, pasted);
        QFETCH(QStringList, texts);
        QFETCH(Boxes, boxes);
        const QList<pastedlist::Item> items = pastedlist::parse(pasted);
        QCOMPARE(pastedlist::texts(pasted), texts);
        QCOMPARE(items.size(), boxes.size());
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QChar expected = boxes.at(i);
            const QChar actual = !items[i].checked ? QLatin1Char('-')
                    : *items[i].checked            ? QLatin1Char('x')
                                                   : QLatin1Char('o');
            QCOMPARE(actual, expected);
        }
    }
};

QTEST_GUILESS_MAIN(TestPastedList)
#include "tst_pastedlist.moc"
