// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "iotestsupport.h"

#include "io/sample.h"

#include <QTest>

using namespace hoego;

class TestSample : public QObject
{
    Q_OBJECT

private slots:
    void loadingTheSampleFillsABelievableYearAndTheGoalsForTheNext()
    {
        // Given an empty database, when the sample is loaded
        test::TempDatabase db;
        QVERIFY(loadSample(db.connection()).ok());
        QVERIFY(db.reopen());
        // Then 2025 is a full retrospective in Korean
        const YearOverview year = *db.repos().years.overview(db.repos().years.byNumber(2025)->id);
        QCOMPARE(year.year.title, QStringLiteral("졸업, 이사, 그리고 처음 맡은 팀"));
        QVERIFY(!year.year.summary.isEmpty());
        QVERIFY(!year.year.closingNote.isEmpty());
        QCOMPARE(year.eventCount, 12);
        QCOMPARE(year.sectionCount, 3);
        QCOMPARE(year.lessonCount, 6);
        QCOMPARE(year.unfinishedCount, 4);
        // with the themes it followed and the questions it asked itself, answered
        QCOMPARE(db.repos().themes.forYear(year.year.id)->size(), 6);
        const auto questions = *db.repos().questions.forYear(year.year.id);
        QCOMPARE(questions.size(), 6);
        QVERIFY(!questions.first().answer.body.isEmpty());
        // and three years show a theme's path: noticed in 2024, tried in 2025, adopted in 2026
        QCOMPARE(db.repos().themes.allYears()->size(), 14);
        // And 2026 holds ten goals in every state
        const QList<Goal> goals = *db.repos().goals.forYear(db.repos().years.byNumber(2026)->id);
        QCOMPARE(goals.size(), 10);
        QSet<GoalStatus> statuses;
        QSet<GoalKind> kinds;
        for (const Goal &goal : goals) {
            statuses.insert(goal.status);
            kinds.insert(goal.kind);
        }
        QVERIFY(statuses.contains(GoalStatus::Done) && statuses.contains(GoalStatus::Open)
                && statuses.contains(GoalStatus::Dropped));
        QCOMPARE(kinds.size(), 3);
        QVERIFY(db.repos().years.byNumber(2024).ok());
    }

    void loadingTheSampleAgainIsRefusedAndChangesNothing()
    {
        test::TempDatabase db;
        QVERIFY(loadSample(db.connection()).ok());
        const QByteArray before = test::databaseFileHash(db);
        const Status again = loadSample(db.connection());
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, Error::Code::Conflict);
        QVERIFY(again.error().message.contains(QStringLiteral("2024")));
        QCOMPARE(test::databaseFileHash(db), before);
    }

    void theSampleIsRefusedWhenOneOfItsYearsExists()
    {
        test::TempDatabase db;
        QVERIFY(db.repos().years.create(2026).ok());
        const Status loaded = loadSample(db.connection());
        QVERIFY(!loaded.ok());
        QVERIFY(loaded.error().message.contains(QStringLiteral("2026")));
        QCOMPARE(db.repos().years.overviews()->size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSample)
#include "tst_sample.moc"
