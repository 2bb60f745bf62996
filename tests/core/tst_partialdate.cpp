// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "model/partialdate.h"
#include "validation.h"

#include <QTest>

using namespace hoego;

class TestPartialDate : public QObject
{
    Q_OBJECT

private slots:
    void parsesEachPrecision()
    {
        QCOMPARE(PartialDate::fromIsoString(QStringLiteral("2023")).precision(), PartialDate::Precision::Year);
        QCOMPARE(PartialDate::fromIsoString(QStringLiteral("2023-03")).precision(), PartialDate::Precision::Month);
        const PartialDate day = PartialDate::fromIsoString(QStringLiteral("2023-03-14"));
        QCOMPARE(day.precision(), PartialDate::Precision::Day);
        QCOMPARE(day.toIsoString(), QStringLiteral("2023-03-14"));
        QCOMPARE(PartialDate::ofMonth(2023, 3).toIsoString(), QStringLiteral("2023-03"));
    }

    void refusesDatesNotInTheCalendar()
    {
        QVERIFY(!PartialDate::ofDay(2023, 2, 30).isValid());
        QVERIFY(!PartialDate::ofDay(2023, 2, 29).isValid());
        QVERIFY(PartialDate::ofDay(2024, 2, 29).isValid());
        QVERIFY(!PartialDate::ofMonth(2023, 13).isValid());
        QVERIFY(!PartialDate::ofYear(1899).isValid());
        QVERIFY(!PartialDate::ofYear(2201).isValid());
        QVERIFY(!PartialDate::fromIsoString(QStringLiteral("spring")).isValid());
        QVERIFY(!validation::date(PartialDate::ofDay(2023, 2, 30)).ok());
    }

    void validatesTitlesAndLinks()
    {
        QVERIFY(!validation::title(QStringLiteral("   "), QStringLiteral("Title")).ok());
        QCOMPARE(validation::title(QStringLiteral("  졸업  "), QStringLiteral("Title")).value(),
                 QStringLiteral("졸업"));
        QVERIFY(!validation::title(QString(501, QLatin1Char('a')), QStringLiteral("Title")).ok());
        QVERIFY(!validation::title(QStringLiteral("a\u0007b"), QStringLiteral("Title")).ok());
        QVERIFY(validation::url(QStringLiteral("https://blog.example.org/2024/retro")).ok());
        QVERIFY(validation::url(QStringLiteral("mailto:me@example.org")).ok());
        QVERIFY(!validation::url(QStringLiteral("javascript:alert(1)")).ok());
        QVERIFY(!validation::url(QStringLiteral("not a link")).ok());
        QVERIFY(!validation::body(QString(validation::kMaxTextLength + 1, QLatin1Char('x')), QStringLiteral("Notes"))
                         .ok());
        QVERIFY(!validation::count(-1, QStringLiteral("Count")).ok());
    }
};

QTEST_GUILESS_MAIN(TestPartialDate)
#include "tst_partialdate.moc"
