// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "progress/goalcounts.h"
#include "progress/goalprogress.h"
#include "progress/monthlyprogress.h"
#include "progress/yearcomparison.h"
#include "progress/yearprogress.h"

#include <QTest>

using namespace hoego;

namespace {

Goal check(GoalStatus status = GoalStatus::Open, QDate doneOn = {}, Id area = 0)
{
    Goal goal;
    goal.title = QStringLiteral("발표하기");
    goal.status = status;
    goal.doneOn = doneOn;
    goal.areaId = area;
    return goal;
}

Goal count(int current, int target, Id area = 0)
{
    Goal goal = check(GoalStatus::Open, {}, area);
    goal.kind = GoalKind::Count;
    goal.current = current;
    goal.target = target;
    return goal;
}

Goal milestones(QList<bool> done)
{
    Goal goal = check();
    goal.kind = GoalKind::Milestones;
    for (bool isDone : done)
        goal.milestones << Milestone{0, 0, QStringLiteral("단계"), isDone, {}, 0};
    return goal;
}

YearOverview overview(int number, int goals, int done, int dropped, int events)
{
    YearOverview row;
    row.year.number = number;
    row.goalCount = goals;
    row.goalsDone = done;
    row.goalsDropped = dropped;
    row.eventCount = events;
    return row;
}

} // namespace

class TestProgress : public QObject
{
    Q_OBJECT

private slots:
    void eachKindMeasuresItsOwnProgress()
    {
        QCOMPARE(progress::fraction(check()), 0.0);
        QCOMPARE(progress::fraction(check(GoalStatus::Done, QDate(2025, 3, 1))), 1.0);
        QCOMPARE(progress::fraction(count(3, 12)), 0.25);
        QCOMPARE(progress::fraction(milestones({true, false, false, false})), 0.25);
        QCOMPARE(progress::label(count(7, 12)), QStringLiteral("7/12"));
        QCOMPARE(progress::label(milestones({true, true, false, false, false})), QStringLiteral("2/5"));
        QCOMPARE(progress::label(check(GoalStatus::Done, QDate(2025, 3, 1))), QStringLiteral("100%"));
        QCOMPARE(progress::label(check()), QStringLiteral("0%"));
    }

    void countsOverTheTargetStopAtOne()
    {
        QCOMPARE(progress::fraction(count(15, 12)), 1.0);
        QCOMPARE(progress::stateOf(count(15, 12)), progress::GoalState::InProgress); // the status decides
    }

    void milestonesWithNoItemsHaveNoProgress()
    {
        QCOMPARE(progress::fraction(milestones({})), 0.0);
        QCOMPARE(progress::label(milestones({})), QStringLiteral("0%"));
        Goal doneWithoutItems = milestones({});
        doneWithoutItems.status = GoalStatus::Done;
        QCOMPARE(progress::fraction(doneWithoutItems), 1.0);
    }

    void anEmptyYearHasNothingToShowAndNoDivisionByZero()
    {
        const progress::GoalCounts counts = progress::countGoals({});
        QCOMPARE(counts.done, 0);
        QCOMPARE(counts.total(), 0);
        QCOMPARE(counts.rate(), 0.0);
        QCOMPARE(counts.percent(), 0);
        QVERIFY(progress::byArea({}).isEmpty());
        const auto months = progress::completionsByMonth({}, 2025);
        QCOMPARE(months.size(), 12);
        QCOMPARE(months.last().cumulativeDone, 0);
        QCOMPARE(months.last().evenPace, 0.0);
    }

    void droppedGoalsCountInNeitherNumeratorNorDenominator()
    {
        Goal dropped = check(GoalStatus::Dropped);
        const QList<Goal> goals{check(GoalStatus::Done, QDate(2025, 5, 5)), check(), dropped};
        const progress::GoalCounts counts = progress::countGoals(goals);
        QCOMPARE(counts.done, 1);
        QCOMPARE(counts.total(), 2);
        QCOMPARE(counts.dropped, 1);
        QCOMPARE(counts.all(), 3);
        QCOMPARE(counts.rate(), 0.5);

        const progress::GoalCounts allDropped = progress::countGoals({dropped, dropped});
        QCOMPARE(allDropped.total(), 0);
        QCOMPARE(allDropped.rate(), 0.0);
        QVERIFY(progress::byArea({dropped}).isEmpty());
    }

    void carriedGoalsAreListedButCountOnlyInTheYearTheyWentTo()
    {
        Goal carried = count(6, 12);
        carried.status = GoalStatus::CarriedOver;
        const progress::GoalCounts counts = progress::countGoals({carried, check(GoalStatus::Done, QDate(2025, 1, 9))});
        QCOMPARE(counts.done, 1);
        QCOMPARE(counts.total(), 1);
        QCOMPARE(counts.carried, 1);
        QCOMPARE(counts.percent(), 100);
        QVERIFY(!progress::isDone(carried));
        QCOMPARE(progress::fraction(carried), 0.5);
    }

    void areasAreSummedSeparatelyInBoardOrder()
    {
        const QList<Goal> goals{count(12, 12, 3), check(GoalStatus::Open, {}, 1),
                                check(GoalStatus::Done, QDate(2025, 2, 2), 3), check(GoalStatus::Dropped, {}, 7)};
        const auto areas = progress::byArea(goals);
        QCOMPARE(areas.size(), 2);
        QCOMPARE(areas[0].areaId, Id(3));
        QCOMPARE(areas[0].counts.total(), 2);
        QCOMPARE(areas[0].counts.done, 1); // the full count is not marked done: the status decides
        QCOMPARE(areas[0].counts.percent(), 50);
        QCOMPARE(areas[1].areaId, Id(1));
        QCOMPARE(areas[1].counts.rate(), 0.0);
    }

    void completionsAccumulateByTheMonthTheyWereDone()
    {
        const QList<Goal> goals{check(GoalStatus::Done, QDate(2025, 1, 31)),
                                check(GoalStatus::Done, QDate(2025, 2, 1)),
                                check(GoalStatus::Done, QDate(2025, 12, 31)),
                                check(GoalStatus::Done, QDate(2024, 12, 31)),
                                check(GoalStatus::Done, QDate(2026, 1, 1)),
                                check(),
                                check(GoalStatus::Dropped)};
        const auto months = progress::completionsByMonth(goals, 2025);
        QCOMPARE(months.size(), 12);
        QCOMPARE(months[0].month, 1);
        QCOMPARE(months[0].cumulativeDone, 2); // Jan 31 and the one done before the year
        QCOMPARE(months[1].cumulativeDone, 3); // Feb 1 falls in February
        QCOMPARE(months[10].cumulativeDone, 3);
        QCOMPARE(months[11].cumulativeDone, 5); // Dec 31 and the one done after the year
        QCOMPARE(months[5].evenPace, 3.0); // six counted goals, half way
        QCOMPARE(months[11].evenPace, 6.0);
    }

    void yearsAreComparedOldestFirstWithRatesAndEvents()
    {
        const auto rows = progress::acrossYears(
                {overview(2025, 10, 7, 0, 3), overview(2023, 4, 1, 2, 40), overview(2024, 2, 0, 2, 12)});
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows[0].yearNumber, 2023);
        QCOMPARE(rows[0].rate, 0.5);
        QCOMPARE(rows[0].events, 40);
        QCOMPARE(rows[1].goalsCounted, 0);
        QCOMPARE(rows[1].rate, 0.0);
        QCOMPARE(rows[2].rate, 0.7);
    }

    void everyGoalHasOneStateAndTheStatesAddUp()
    {
        Goal carried = check(GoalStatus::CarriedOver);
        const QList<Goal> goals{check(GoalStatus::Done, QDate(2025, 4, 1)),
                                count(0, 12),
                                count(7, 12),
                                milestones({true, false}),
                                milestones({false, false}),
                                check(GoalStatus::Dropped),
                                carried,
                                check()};
        QCOMPARE(progress::stateOf(goals[1]), progress::GoalState::Open);
        QCOMPARE(progress::stateOf(goals[2]), progress::GoalState::InProgress);
        QCOMPARE(progress::stateOf(goals[3]), progress::GoalState::InProgress);
        QCOMPARE(progress::stateOf(goals[4]), progress::GoalState::Open);
        const progress::GoalCounts counts = progress::countGoals(goals);
        QCOMPARE(counts.done, 1);
        QCOMPARE(counts.inProgress, 2);
        QCOMPARE(counts.open, 3);
        QCOMPARE(counts.dropped, 1);
        QCOMPARE(counts.carried, 1);
        QCOMPARE(counts.total(), 6);
        QCOMPARE(counts.all(), goals.size());
        QCOMPARE(counts.percent(), 17);
        QCOMPARE(progress::CountsText::line(counts),
                 QStringLiteral("1 of 6 done · 17% · 2 in progress · 3 open · 1 dropped · 1 carried over"));
    }

    void overviewCountsGiveTheSameDoneAndTotalAsTheGoals()
    {
        YearOverview row = overview(2025, 8, 1, 1, 0);
        row.goalsCarried = 1;
        const progress::GoalCounts counts = progress::countsOf(row);
        QCOMPARE(counts.done, 1);
        QCOMPARE(counts.total(), 6);
        QCOMPARE(counts.dropped, 1);
        QCOMPARE(counts.carried, 1);
        QCOMPARE(counts.inProgress, 0); // not told apart from open by the overview
        QCOMPARE(progress::CountsText::withoutSplit(counts),
                 QStringLiteral("1 of 6 done · 17% · 1 dropped · 1 carried over"));
    }
};

QTEST_GUILESS_MAIN(TestProgress)
#include "tst_progress.moc"
