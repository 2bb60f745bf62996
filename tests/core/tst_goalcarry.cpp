// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "storage/yearclosing.h"
#include "storage/yearsfootprint.h"
#include "tempdatabase.h"

#include <QTest>

using namespace hoego;

namespace {

Goal goalIn(Id yearId, const QString &title, GoalKind kind = GoalKind::Check)
{
    Goal goal;
    goal.yearId = yearId;
    goal.title = title;
    goal.kind = kind;
    return goal;
}

} // namespace

class TestGoalCarry : public QObject
{
    Q_OBJECT

private slots:
    void carryingCreatesALinkedGoalInTheNextYearAndMarksTheOriginal()
    {
        // given a milestone goal of 2025 with one step done, in an area, and no 2026 yet
        test::TempDatabase db;
        const Id y2025 = *db.repos().years.create(2025);
        const Id area = db.repos().areas.all()->first().id;
        Goal book = goalIn(y2025, QStringLiteral("책 출간"), GoalKind::Milestones);
        book.areaId = area;
        book.notes = QStringLiteral("출판사와 계약");
        book.milestones = {{0, 0, QStringLiteral("목차"), true, QDate(2025, 3, 1), 0},
                           {0, 0, QStringLiteral("초고"), false, {}, 1}};
        book.links = {{0, 0, QStringLiteral("기획서"), QUrl(QStringLiteral("https://example.org/plan")), 0}};
        const Id id = *db.repos().goals.create(book);

        // when it is carried into 2026
        const auto carried = db.repos().goals.carryOver(id, 2026);
        QVERIFY2(carried.ok(), qPrintable(carried.ok() ? QString() : carried.error().message));
        QVERIFY(carried->yearCreated);

        // then, after reopening, 2026 holds a linked open copy with the undone milestone only
        QVERIFY(db.reopen());
        QCOMPARE(db.repos().years.byNumber(2026)->id, carried->yearId);
        const Goal next = *db.repos().goals.get(carried->goalId);
        QCOMPARE(next.yearId, carried->yearId);
        QCOMPARE(next.title, QStringLiteral("책 출간"));
        QCOMPARE(next.areaId, area);
        QCOMPARE(next.notes, QStringLiteral("출판사와 계약"));
        QCOMPARE(next.kind, GoalKind::Milestones);
        QCOMPARE(next.status, GoalStatus::Open);
        QCOMPARE(next.carriedFromId, id);
        QCOMPARE(next.milestones.size(), 1);
        QCOMPARE(next.milestones.first().title, QStringLiteral("초고"));
        QVERIFY(next.links.isEmpty());
        QCOMPARE(db.repos().goals.get(id)->status, GoalStatus::CarriedOver);
        QCOMPARE(*db.repos().goals.carriedYears(carried->goalId), 1);
        QCOMPARE(*db.repos().goals.carriedYears(id), 0);
    }

    void aCountGoalKeepsItsTargetAndStartsAgainFromZero()
    {
        test::TempDatabase db;
        const Id y2025 = *db.repos().years.create(2025);
        const Id y2026 = *db.repos().years.create(2026);
        Goal posts = goalIn(y2025, QStringLiteral("블로그 글 12편"), GoalKind::Count);
        posts.target = 12;
        posts.current = 7;
        const Id id = *db.repos().goals.create(posts);
        const auto carried = db.repos().goals.carryOver(id, 2026);
        QVERIFY(carried.ok());
        QVERIFY(!carried->yearCreated);
        QCOMPARE(carried->yearId, y2026);
        const Goal next = *db.repos().goals.get(carried->goalId);
        QCOMPARE(next.target, 12);
        QCOMPARE(next.current, 0);
        QCOMPARE(db.repos().goals.get(id)->current, 7);
    }

    void carryingTwiceMakesAChainOfTwoYears()
    {
        test::TempDatabase db;
        const Id y2024 = *db.repos().years.create(2024);
        const Id id = *db.repos().goals.create(goalIn(y2024, QStringLiteral("논문 쓰기")));
        const Id in2025 = db.repos().goals.carryOver(id, 2025)->goalId;
        const auto in2026 = db.repos().goals.carryOver(in2025, 2026);
        QVERIFY(in2026.ok());
        QVERIFY(db.reopen());
        QCOMPARE(*db.repos().goals.carriedYears(in2026->goalId), 2);
        const auto byGoal = *db.repos().goals.carriedYearsForYear(in2026->yearId);
        QCOMPARE(byGoal.value(in2026->goalId), 2);
        const auto repeated = *db.repos().goals.goalsCarriedRepeatedly(2);
        QCOMPARE(repeated.size(), 1);
        QCOMPARE(repeated.first().goal.id, in2026->goalId);
        QCOMPARE(repeated.first().yearNumber, 2026);
        QCOMPARE(repeated.first().carriedYears, 2);
        // the middle of the chain is itself carried on, so it is not listed again
        QCOMPARE(db.repos().goals.goalsCarriedRepeatedly(1)->size(), 1);
    }

    void carryingIntoTheSameOrAnEarlierYearIsRefusedAndChangesNothing()
    {
        test::TempDatabase db;
        const Id y2025 = *db.repos().years.create(2025);
        const Id id = *db.repos().goals.create(goalIn(y2025, QStringLiteral("발표하기")));
        QCOMPARE(db.repos().goals.carryOver(id, 2025).error().code, Error::Code::InvalidInput);
        QCOMPARE(db.repos().goals.carryOver(id, 2024).error().code, Error::Code::InvalidInput);
        QCOMPARE(db.repos().goals.carryOver(9999, 2026).error().code, Error::Code::NotFound);
        QCOMPARE(db.repos().goals.get(id)->status, GoalStatus::Open);
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM goal")).toInt(), 1);
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM year")).toInt(), 1);

        QVERIFY(db.repos().goals.check(id).ok());
        QCOMPARE(db.repos().goals.carryOver(id, 2026).error().code, Error::Code::InvalidInput);
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM year")).toInt(), 1);
    }

    void undoingACarryRemovesTheNewGoalAndReopensTheOriginal()
    {
        test::TempDatabase db;
        const Id y2025 = *db.repos().years.create(2025);
        const Id id = *db.repos().goals.create(goalIn(y2025, QStringLiteral("강의 만들기")));
        const auto carried = db.repos().goals.carryOver(id, 2026);
        QVERIFY(db.repos().goals.undoCarry(carried->goalId).ok());
        QVERIFY(db.reopen());
        QCOMPARE(db.repos().goals.get(id)->status, GoalStatus::Open);
        QCOMPARE(db.repos().goals.get(carried->goalId).error().code, Error::Code::NotFound);
        QCOMPARE(db.repos().goals.undoCarry(id).error().code, Error::Code::InvalidInput);
    }

    void closingAYearWritesEveryDecisionOrNone()
    {
        // Given 2024 with two open goals
        test::TempDatabase db;
        const Id year = *db.repos().years.create(2024);
        Goal goal;
        goal.yearId = year;
        goal.title = QStringLiteral("논문 쓰기");
        const Id paper = *db.repos().goals.create(goal);
        goal.title = QStringLiteral("매일 영어");
        const Id english = *db.repos().goals.create(goal);
        YearClosing closing;
        closing.yearId = year;
        closing.nextYearNumber = 2025;
        closing.carried << paper;
        closing.dropped.append({english, QStringLiteral("우선순위")});
        Lesson lesson;
        lesson.yearId = year;
        lesson.text = QStringLiteral("작게 시작하기");
        closing.lessons << lesson;

        // When one decision cannot be written (a lesson with no text), nothing of the closing is
        Lesson empty;
        empty.yearId = year;
        YearClosing failing = closing;
        failing.lessons << empty;
        QVERIFY(!closeYear(db.connection(), failing).ok());
        QCOMPARE(db.repos().goals.get(paper)->status, GoalStatus::Open);
        QCOMPARE(db.repos().goals.get(english)->status, GoalStatus::Open);
        QVERIFY(!db.repos().years.byNumber(2025).ok());
        QVERIFY(db.repos().lessons.forYear(year)->isEmpty());

        // and when all can, all are, and the footprint read before gives the two years back as they were
        const auto before = readYearsFootprint(db.repos(), {2024, 2025});
        QVERIFY(before.ok());
        QVERIFY(closeYear(db.connection(), closing).ok());
        QCOMPARE(db.repos().goals.get(paper)->status, GoalStatus::CarriedOver);
        QCOMPARE(db.repos().goals.get(english)->status, GoalStatus::Dropped);
        QCOMPARE(db.repos().lessons.forYear(year)->size(), 1);
        QVERIFY(restoreYearsFootprint(db.connection(), *before).ok());
        QCOMPARE(db.repos().goals.get(paper)->status, GoalStatus::Open);
        QCOMPARE(db.repos().goals.get(english)->status, GoalStatus::Open);
        QVERIFY(!db.repos().years.byNumber(2025).ok());
        QVERIFY(db.repos().lessons.forYear(year)->isEmpty());
    }

    void aNewGoalThatIsAlreadyCompleteStartsDone()
    {
        test::TempDatabase db;
        const Id year = *db.repos().years.create(2025);
        Goal posts = goalIn(year, QStringLiteral("책 24권 읽기"), GoalKind::Count);
        posts.target = 24;
        posts.current = 24;
        const Id counted = *db.repos().goals.create(posts);
        Goal course = goalIn(year, QStringLiteral("강의 만들기"), GoalKind::Milestones);
        course.milestones = {{0, 0, QStringLiteral("촬영"), true, QDate(2025, 4, 1), 0}};
        const Id stepped = *db.repos().goals.create(course);
        QVERIFY(db.reopen());
        QCOMPARE(db.repos().goals.get(counted)->status, GoalStatus::Done);
        QCOMPARE(db.repos().goals.get(stepped)->status, GoalStatus::Done);
    }

    void revertPutsBackStatusCountMilestonesAndLinks()
    {
        test::TempDatabase db;
        const Id year = *db.repos().years.create(2025);
        Goal talk = goalIn(year, QStringLiteral("컨퍼런스 발표"), GoalKind::Milestones);
        talk.milestones = {{0, 0, QStringLiteral("제안서"), false, {}, 0}};
        const Id id = *db.repos().goals.create(talk);
        const Goal before = *db.repos().goals.get(id);
        QVERIFY(db.repos().goals.setMilestoneDone(before.milestones.first().id, true, QDate(2025, 6, 1)).ok());
        QVERIFY(db.repos().goals.addLink(id, QStringLiteral("슬라이드"), QStringLiteral("https://example.org/s")).ok());
        QCOMPARE(db.repos().goals.get(id)->status, GoalStatus::Done);

        QVERIFY(db.repos().goals.revert(before).ok());
        QVERIFY(db.reopen());
        const Goal after = *db.repos().goals.get(id);
        QCOMPARE(after.status, GoalStatus::Open);
        QVERIFY(!after.doneOn.isValid());
        QCOMPARE(after.milestones.size(), 1);
        QCOMPARE(after.milestones.first().id, before.milestones.first().id);
        QVERIFY(!after.milestones.first().done);
        QVERIFY(after.links.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestGoalCarry)
#include "tst_goalcarry.moc"
