// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "progress/areahistory.h"
#include "progress/outputcounts.h"
#include "progress/planactual.h"
#include "tempdatabase.h"

#include <QTest>

using namespace hoego;

namespace {

Id addGoal(test::TempDatabase &db, Id yearId, const QString &title, Id areaId = 0)
{
    Goal goal;
    goal.yearId = yearId;
    goal.title = title;
    goal.areaId = areaId;
    return *db.repos().goals.create(goal);
}

Id addOutput(test::TempDatabase &db, Id yearId, const QString &kind, const PartialDate &date)
{
    Output output;
    output.yearId = yearId;
    output.kind = kind;
    output.title = QStringLiteral("%1 %2").arg(kind, date.toIsoString());
    output.date = date;
    return *db.repos().outputs.create(output);
}

GoalTrace trace(Id id, int year, GoalStatus status, Id area = 0, Id from = 0)
{
    return GoalTrace{id, from, area, year, status};
}

} // namespace

// Plan against actual and the across-years counts of issue 13: where each goal of a year came from, what
// happened to it, completion by area over the years, and outputs by kind and month.
class TestPlanActual : public QObject
{
    Q_OBJECT

private slots:
    void aGoalCarriedAtEveryCloseNamesItsFirstYearAndStandsOut()
    {
        // given "영어 발표" set for 2021 and carried at the close of 2021, 2022 and 2023, and a new goal in 2024
        test::TempDatabase db;
        const Id y2021 = *db.repos().years.create(2021);
        Id goal = addGoal(db, y2021, QStringLiteral("영어로 발표하기"));
        for (int year = 2022; year <= 2024; ++year)
            goal = db.repos().goals.carryOver(goal, year)->goalId;
        const Id y2024 = db.repos().years.byNumber(2024)->id;
        const Id fresh = addGoal(db, y2024, QStringLiteral("하프 마라톤"));

        // when the origins of 2024's goals are read
        const QHash<Id, progress::GoalOrigin> origins = progress::originsInYear(*db.repos().history.goalTraces(), 2024);

        // then the carried goal comes from 2023's close, was first set in 2021 and was carried three times
        QCOMPARE(origins.size(), 2);
        const progress::GoalOrigin carried = origins.value(goal);
        QCOMPARE(carried.origin, progress::PlanOrigin::CarriedFromPreviousYear);
        QCOMPARE(carried.fromYear, 2023);
        QCOMPARE(carried.firstYear, 2021);
        QCOMPARE(carried.timesCarried, 3);
        QCOMPARE(carried.years, (QList<int>{2021, 2022, 2023, 2024}));
        QVERIFY(carried.carriedAgainAndAgain());
        // and the new goal was set for its own year
        const progress::GoalOrigin set = origins.value(fresh);
        QCOMPARE(set.origin, progress::PlanOrigin::SetForYear);
        QCOMPARE(set.fromYear, 0);
        QCOMPARE(set.firstYear, 2024);
        QCOMPARE(set.timesCarried, 0);
        QVERIFY(!set.carriedAgainAndAgain());
    }

    void aGoalCarriedOnceOrAcrossASkippedYear()
    {
        // given a 2022 goal carried straight into 2024 and a 2023 goal carried into 2024
        test::TempDatabase db;
        const Id y2022 = *db.repos().years.create(2022);
        const Id y2023 = *db.repos().years.create(2023);
        const Id skipped = db.repos().goals.carryOver(addGoal(db, y2022, QStringLiteral("책 쓰기")), 2024)->goalId;
        const Id once = db.repos().goals.carryOver(addGoal(db, y2023, QStringLiteral("블로그")), 2024)->goalId;

        const QHash<Id, progress::GoalOrigin> origins = progress::originsInYear(*db.repos().history.goalTraces(), 2024);

        // then the first comes from an earlier year, the second from the close of the year before; neither
        // stands out as carried again and again
        QCOMPARE(origins.value(skipped).origin, progress::PlanOrigin::CarriedFromEarlierYear);
        QCOMPARE(origins.value(skipped).fromYear, 2022);
        QCOMPARE(origins.value(skipped).timesCarried, 1);
        QCOMPARE(origins.value(once).origin, progress::PlanOrigin::CarriedFromPreviousYear);
        QCOMPARE(origins.value(once).fromYear, 2023);
        QVERIFY(!origins.value(once).carriedAgainAndAgain());
    }

    void aLoopInACarryChainEndsWhereItComesBack()
    {
        // given traces a damaged file could hold: 1 → 2 → 3 → 2
        const QList<GoalTrace> traces{trace(1, 2022, GoalStatus::CarriedOver, 0, 3),
                                      trace(2, 2023, GoalStatus::CarriedOver, 0, 1),
                                      trace(3, 2024, GoalStatus::Open, 0, 2)};
        // then the chain of goal 3 ends instead of going round
        const progress::GoalOrigin origin = progress::originsInYear(traces, 2024).value(3);
        QCOMPARE(origin.years, (QList<int>{2022, 2023, 2024}));
        QCOMPARE(origin.timesCarried, 2);
    }

    void thePlanShowsStatusEvidenceThemesAndWhereACarriedGoalWent()
    {
        // given 2024 with a counted goal fed by a post and an event, linked to a theme; a goal carried into it
        // from 2023; and a goal carried on to 2025
        test::TempDatabase db;
        const Id y2023 = *db.repos().years.create(2023);
        const Id y2024 = *db.repos().years.create(2024);
        const Id carriedIn = db.repos().goals.carryOver(addGoal(db, y2023, QStringLiteral("논문")), 2024)->goalId;
        Goal posts;
        posts.yearId = y2024;
        posts.title = QStringLiteral("글 2편");
        posts.kind = GoalKind::Count;
        posts.target = 2;
        posts.countsEvidence = true;
        const Id counted = *db.repos().goals.create(posts);
        const Id post = addOutput(db, y2024, QStringLiteral("post"), PartialDate::ofDay(2024, 6, 2));
        Event meetup;
        meetup.yearId = y2024;
        meetup.title = QStringLiteral("밋업 발표");
        meetup.date = PartialDate::ofMonth(2024, 3);
        const Id event = *db.repos().events.create(meetup);
        QVERIFY(db.repos().evidence.link(counted, EvidenceSource::Output, post).ok());
        QVERIFY(db.repos().evidence.link(counted, EvidenceSource::Event, event).ok());
        const Id theme
                = db.repos().themes.addToYearByName(QStringLiteral("LLM"), 0, y2024, ThemeState::Trial, {})->themeId;
        QVERIFY(db.repos().themes.link(ThemeLink{0, theme, ThemeLinkTarget::Goal, counted}).ok());
        const Id goesOn = addGoal(db, y2024, QStringLiteral("일본어"));
        QVERIFY(db.repos().goals.carryOver(goesOn, 2025).ok());

        // when the plan of 2024 is read
        auto plan = db.repos().history.planAgainstActual(y2024);
        QVERIFY(plan.ok());

        // then each goal shows where it came from and what happened
        QCOMPARE(plan->yearNumber, 2024);
        QCOMPARE(plan->rows.size(), 3);
        const progress::PlanRow &in = plan->rows[0];
        QCOMPARE(in.goal.id, carriedIn);
        QCOMPARE(in.origin.fromYear, 2023);
        QCOMPARE(in.state, progress::GoalState::Open);
        const progress::PlanRow &done = plan->rows[1];
        QCOMPARE(done.state, progress::GoalState::Done);
        QVERIFY(done.goal.doneOn.isValid());
        QCOMPARE(done.evidence.size(), 2);
        QCOMPARE(done.evidence[0].title, QStringLiteral("밋업 발표")); // March before June
        QCOMPARE(done.evidence[1].link.source, EvidenceSource::Output);
        QCOMPARE(done.themes, QStringList{QStringLiteral("LLM")});
        const progress::PlanRow &carriedOn = plan->rows[2];
        QCOMPARE(carriedOn.state, progress::GoalState::Carried);
        QCOMPARE(carriedOn.carriedToYear, 2025);

        // and the summary counts new against carried goals by the one rule
        const progress::PlanSummary &summary = plan->summary;
        QCOMPARE(summary.planned, 3);
        QCOMPARE(summary.setForYear, 2);
        QCOMPARE(summary.carried, 1);
        QCOMPARE(summary.carriedAgainAndAgain, 0);
        QCOMPARE(summary.newGoals.done, 1);
        QCOMPARE(summary.newGoals.carried, 1);
        QCOMPARE(summary.newGoals.total(), 1);
        QCOMPARE(summary.carriedGoals.total(), 1);
        QCOMPARE(summary.all().total(), 2);
        QCOMPARE(summary.withEvidence, 1);
        QCOMPARE(summary.outputs, 1);
        QCOMPARE(summary.events, 1);
    }

    void completionByAreaCountsEachYearByTheOneRule()
    {
        // given two areas over 2021-2024: 2022 has no goals at all; a carried goal counts in the year it went
        // to, a dropped one nowhere; a goal of a deleted area counts without an area
        const QList<Area> areas{{1, QStringLiteral("건강"), Qt::green, 0}, {2, QStringLiteral("공부"), Qt::blue, 1}};
        const QList<GoalTrace> traces{
                trace(1, 2021, GoalStatus::Done, 1),        trace(2, 2021, GoalStatus::Open, 1),
                trace(3, 2021, GoalStatus::CarriedOver, 2), trace(4, 2023, GoalStatus::Done, 2, 3),
                trace(5, 2023, GoalStatus::Dropped, 2),     trace(6, 2024, GoalStatus::Done, 1),
                trace(7, 2024, GoalStatus::Done, 1),        trace(8, 2024, GoalStatus::Open, 9),
        };

        const progress::CompletionByArea byArea = progress::completionByArea(traces, areas);

        QCOMPARE(byArea.years, (QList<int>{2021, 2022, 2023, 2024}));
        QCOMPARE(byArea.areas.size(), 3);
        const progress::AreaYears &health = byArea.areas[0];
        QCOMPARE(health.areaId, Id(1));
        QCOMPARE(health.years[0].done, 1);
        QCOMPARE(health.years[0].total(), 2);
        QCOMPARE(health.years[0].percent(), 50);
        QCOMPARE(health.years[1].total(), 0);
        QCOMPARE(health.years[3].percent(), 100);
        const progress::AreaYears &study = byArea.areas[1];
        QCOMPARE(study.years[0].total(), 0); // carried out of 2021
        QCOMPARE(study.years[2].total(), 1); // into 2023, where it was done; the dropped one is left out
        QCOMPARE(study.years[2].percent(), 100);
        QCOMPARE(byArea.areas[2].areaId, Id(0));
        QCOMPARE(byArea.areas[2].years[3].open, 1);

        // and no counted goal at all gives no years
        QVERIFY(progress::completionByArea({trace(1, 2024, GoalStatus::Dropped)}, areas).years.isEmpty());
    }

    void outputsAreCountedByKindMonthAndYear()
    {
        // given posts, talks and a user's kind over 2023 and 2025, one post dated to the year only
        test::TempDatabase db;
        QVERIFY(db.repos().years.create(2022).ok());
        const Id y2023 = *db.repos().years.create(2023);
        QVERIFY(db.repos().years.create(2024).ok());
        const Id y2025 = *db.repos().years.create(2025);
        addOutput(db, y2023, QStringLiteral("talk"), PartialDate::ofMonth(2023, 5));
        addOutput(db, y2025, QStringLiteral("팟캐스트"), PartialDate::ofMonth(2025, 3));
        addOutput(db, y2025, QStringLiteral("post"), PartialDate::ofDay(2025, 3, 9));
        addOutput(db, y2025, QStringLiteral("post"), PartialDate::ofMonth(2025, 3));
        addOutput(db, y2025, QStringLiteral("post"), PartialDate::ofYear(2025));
        addOutput(db, y2025, QStringLiteral("talk"), PartialDate::ofDay(2025, 11, 20));
        const QList<OutputTally> tallies = *db.repos().history.outputTallies();

        // when 2025 is counted by month: posts first, then talks, then the user's kind
        const progress::OutputsByMonth months = progress::outputsByMonth(tallies, 2025);
        QCOMPARE(months.total, 5);
        QCOMPARE(months.kinds.size(), 3);
        QCOMPARE(months.kinds[0].kind, QStringLiteral("post"));
        QCOMPARE(months.kinds[0].total, 3);
        QCOMPARE(months.kinds[0].counts[0], 1); // dated to the year only
        QCOMPARE(months.kinds[0].counts[3], 2);
        QCOMPARE(months.kinds[1].kind, QStringLiteral("talk"));
        QCOMPARE(months.kinds[1].counts[11], 1);
        QCOMPARE(months.kinds[2].kind, QStringLiteral("팟캐스트"));
        QCOMPARE(months.inMonth(3), 3);
        QCOMPARE(months.inMonth(0), 1);

        // and year against year: from the first year with an output, a year without any at zero
        const progress::OutputsAcrossYears years = progress::outputsAcrossYears(tallies, {2025, 2022, 2024, 2023});
        QCOMPARE(years.years, (QList<int>{2023, 2024, 2025}));
        QCOMPARE(years.kinds[0].kind, QStringLiteral("post"));
        QCOMPARE(years.kinds[0].counts, (QList<int>{0, 0, 3}));
        QCOMPARE(years.kinds[1].counts, (QList<int>{1, 0, 1}));
        QCOMPARE(years.kinds[1].total, 2);
        QVERIFY(progress::outputsAcrossYears({}, {2024}).years.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPlanActual)
#include "tst_planactual.moc"
