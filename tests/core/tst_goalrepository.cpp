// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "tempdatabase.h"

#include <QAtomicInt>
#include <QTest>
#include <QThread>

#include <algorithm>

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

class TestGoalRepository : public QObject
{
    Q_OBJECT

private slots:
    void checkingAGoalRecordsTheDateAndUncheckingClearsIt()
    {
        test::TempDatabase db;
        const Id year = *db.repos().years.create(2025);
        const Id id = *db.repos().goals.create(goalIn(year, QStringLiteral("LLM 공부하고 블로그 쓰기")));
        QVERIFY(db.repos().goals.check(id, QDate(2025, 4, 2)).ok());
        QVERIFY(db.reopen());
        QCOMPARE(db.repos().goals.get(id)->status, GoalStatus::Done);
        QCOMPARE(db.repos().goals.get(id)->doneOn, QDate(2025, 4, 2));
        QVERIFY(db.repos().goals.uncheck(id).ok());
        QVERIFY(db.reopen());
        QCOMPARE(db.repos().goals.get(id)->status, GoalStatus::Open);
        QVERIFY(!db.repos().goals.get(id)->doneOn.isValid());
        QCOMPARE(db.repos().goals.check(9999).error().code, Error::Code::NotFound);
    }

    void reachingTheTargetCompletesACountGoal()
    {
        test::TempDatabase db;
        const Id year = *db.repos().years.create(2025);
        Goal posts = goalIn(year, QStringLiteral("블로그 글 12편"), GoalKind::Count);
        posts.target = 12;
        posts.current = 7;
        const Id id = *db.repos().goals.create(posts);
        QCOMPARE(db.repos().goals.get(id)->current, 7);
        QVERIFY(db.repos().goals.setCount(id, 12, QDate(2025, 11, 1)).ok());
        QCOMPARE(db.repos().goals.get(id)->status, GoalStatus::Done);
        QCOMPARE(db.repos().goals.get(id)->doneOn, QDate(2025, 11, 1));
        QVERIFY(db.repos().goals.setCount(id, 11).ok());
        QCOMPARE(db.repos().goals.get(id)->status, GoalStatus::Open);
        QCOMPARE(db.repos().goals.setCount(id, -1).error().code, Error::Code::InvalidInput);
        QCOMPARE(db.repos().goals.get(id)->current, 11);
        Goal noTarget = goalIn(year, QStringLiteral("x"), GoalKind::Count);
        QCOMPARE(db.repos().goals.create(noTarget).error().code, Error::Code::InvalidInput);
    }

    void checkingOffTheLastMilestoneCompletesTheGoalAndUncheckingReopensIt()
    {
        test::TempDatabase db;
        const Id year = *db.repos().years.create(2025);
        Goal book = goalIn(year, QStringLiteral("책 출간"), GoalKind::Milestones);
        book.milestones = {{0, 0, QStringLiteral("목차"), false, {}, 0}, {0, 0, QStringLiteral("초고"), false, {}, 1}};
        const Id id = *db.repos().goals.create(book);
        const auto milestones = db.repos().goals.get(id)->milestones;
        QCOMPARE(milestones.size(), 2);
        QVERIFY(db.repos().goals.setMilestoneDone(milestones[0].id, true).ok());
        QCOMPARE(db.repos().goals.get(id)->status, GoalStatus::Open);
        QVERIFY(db.repos().goals.setMilestoneDone(milestones[1].id, true, QDate(2025, 9, 9)).ok());
        QCOMPARE(db.repos().goals.get(id)->status, GoalStatus::Done);
        QCOMPARE(db.repos().goals.get(id)->doneOn, QDate(2025, 9, 9));
        QVERIFY(db.repos().goals.setMilestoneDone(milestones[0].id, false).ok());
        QCOMPARE(db.repos().goals.get(id)->status, GoalStatus::Open);
        // A new, unchecked milestone keeps the goal open; removing it again completes nothing by itself.
        const Id third = *db.repos().goals.addMilestone(id, QStringLiteral("출간"));
        QVERIFY(db.repos().goals.moveMilestone(third, 0).ok());
        QCOMPARE(db.repos().goals.get(id)->milestones.first().title, QStringLiteral("출간"));
    }

    void evidenceLinksAcceptOnlySafeSchemes()
    {
        test::TempDatabase db;
        const Id year = *db.repos().years.create(2025);
        const Id id = *db.repos().goals.create(goalIn(year, QStringLiteral("발표하기")));
        QVERIFY(db.repos()
                        .goals.addLink(id, QStringLiteral("슬라이드"), QStringLiteral("https://example.org/talk.pdf"))
                        .ok());
        QCOMPARE(
                db.repos().goals.addLink(id, QStringLiteral("bad"), QStringLiteral("javascript:alert(1)")).error().code,
                Error::Code::InvalidInput);
        QVERIFY(db.reopen());
        const Goal goal = *db.repos().goals.get(id);
        QCOMPARE(goal.links.size(), 1);
        QCOMPARE(goal.links.first().label, QStringLiteral("슬라이드"));
        QCOMPARE(goal.links.first().url, QUrl(QStringLiteral("https://example.org/talk.pdf")));
    }

    void droppingKeepsTheReasonAndRemovingThenRestoringKeepsEverything()
    {
        test::TempDatabase db;
        const Id year = *db.repos().years.create(2025);
        Goal goal = goalIn(year, QStringLiteral("논문 쓰기"), GoalKind::Milestones);
        goal.milestones = {{0, 0, QStringLiteral("주제"), true, QDate(2025, 2, 1), 0}};
        goal.links = {{0, 0, QStringLiteral("초안"), QUrl(QStringLiteral("https://example.org/draft")), 0}};
        const Id id = *db.repos().goals.create(goal);
        QVERIFY(db.repos().goals.drop(id, QStringLiteral("우선순위가 바뀜")).ok());
        const Goal before = *db.repos().goals.get(id);
        QCOMPARE(before.status, GoalStatus::Dropped);
        QCOMPARE(before.dropReason, QStringLiteral("우선순위가 바뀜"));
        QVERIFY(db.repos().goals.remove(id).ok());
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM milestone")).toInt(), 0);
        QVERIFY(db.repos().goals.restore(before).ok());
        const Goal after = *db.repos().goals.get(id);
        QCOMPARE(after.milestones.size(), 1);
        QCOMPARE(after.milestones.first().doneOn, QDate(2025, 2, 1));
        QCOMPARE(after.links.size(), 1);
        QCOMPARE(after.status, GoalStatus::Dropped);
    }

    void checkingOffAGoalOfAPastYearRecordsTheLastDayOfThatYear()
    {
        // Given a goal and a milestone goal of two years ago, and a goal of this year
        test::TempDatabase db;
        const int thisYear = QDate::currentDate().year();
        const Id past = *db.repos().years.create(thisYear - 2);
        const Id now = *db.repos().years.create(thisYear);
        const Id oldGoal = *db.repos().goals.create(goalIn(past, QStringLiteral("벡터 DB 공부")));
        Goal book = goalIn(past, QStringLiteral("책 출간"), GoalKind::Milestones);
        book.milestones = {{0, 0, QStringLiteral("원고"), false, {}, 0}};
        const Id bookId = *db.repos().goals.create(book);
        const Id newGoal = *db.repos().goals.create(goalIn(now, QStringLiteral("발표하기")));

        // When each is checked off without a date (as the board and the command line do)
        QVERIFY(db.repos().goals.check(oldGoal).ok());
        QVERIFY(db.repos().goals.setMilestoneDone(db.repos().goals.get(bookId)->milestones.first().id, true).ok());
        QVERIFY(db.repos().goals.check(newGoal).ok());

        // Then the past year's goals are done on its last day, this year's today; a given day is kept
        const QDate lastDay(thisYear - 2, 12, 31);
        QCOMPARE(db.repos().goals.get(oldGoal)->doneOn, lastDay);
        QCOMPARE(db.repos().goals.get(bookId)->milestones.first().doneOn, lastDay);
        QCOMPARE(db.repos().goals.get(bookId)->doneOn, lastDay);
        QCOMPARE(db.repos().goals.get(newGoal)->doneOn, QDate::currentDate());
        QVERIFY(db.repos().goals.uncheck(oldGoal).ok());
        QVERIFY(db.repos().goals.check(oldGoal, QDate(thisYear - 2, 6, 3)).ok());
        QCOMPARE(db.repos().goals.get(oldGoal)->doneOn, QDate(thisYear - 2, 6, 3));
    }

    void aDroppedOrCarriedGoalCannotBeCheckedOffFromAnyCaller()
    {
        // Given a dropped goal with its reason, and a goal carried into the next year
        test::TempDatabase db;
        const Id year = *db.repos().years.create(2024);
        const Id dropped = *db.repos().goals.create(goalIn(year, QStringLiteral("일본어 공부")));
        QVERIFY(db.repos().goals.drop(dropped, QStringLiteral("우선순위가 바뀜")).ok());
        const Id carried = *db.repos().goals.create(goalIn(year, QStringLiteral("책 쓰기")));
        QVERIFY(db.repos().goals.carryOver(carried, 2025).ok());

        // When the repository is asked to check them off (as every caller does)
        const Status droppedChecked = db.repos().goals.check(dropped);
        const Status carriedChecked = db.repos().goals.check(carried);

        // Then both are refused and nothing changed: the reason and the carried status stay
        QVERIFY(!droppedChecked.ok());
        QCOMPARE(droppedChecked.error().code, Error::Code::InvalidInput);
        QVERIFY(!carriedChecked.ok());
        QCOMPARE(db.repos().goals.get(dropped)->status, GoalStatus::Dropped);
        QCOMPARE(db.repos().goals.get(dropped)->dropReason, QStringLiteral("우선순위가 바뀜"));
        QCOMPARE(db.repos().goals.get(carried)->status, GoalStatus::CarriedOver);
    }

    void theDoneDateOfADoneGoalMovesWithinItsYearAndLaterButNotBeforeOrIntoTheFuture()
    {
        // Given a 2024 goal checked off on the last day of its year, an open goal and the goal carried into 2025
        test::TempDatabase db;
        const Id year = *db.repos().years.create(2024);
        const Id done = *db.repos().goals.create(goalIn(year, QStringLiteral("하프 마라톤")));
        QVERIFY(db.repos().goals.check(done).ok());
        QCOMPARE(db.repos().goals.get(done)->doneOn, QDate(2024, 12, 31));
        const Id open = *db.repos().goals.create(goalIn(year, QStringLiteral("집 정리")));
        const Id carried = *db.repos().goals.create(goalIn(year, QStringLiteral("책 쓰기")));
        QVERIFY(db.repos().goals.carryOver(carried, 2025).ok());

        // When the date is moved to the day it really happened, or to a later year (finished late)
        QVERIFY(db.repos().goals.setDoneOn(done, QDate(2024, 5, 3)).ok());
        QCOMPARE(db.repos().goals.get(done)->doneOn, QDate(2024, 5, 3));
        QVERIFY(db.repos().goals.setDoneOn(done, QDate(2025, 1, 2)).ok());
        QCOMPARE(db.repos().goals.get(done)->doneOn, QDate(2025, 1, 2));

        // Then a day before the year began, a day to come, no day, or a goal that is not done are refused
        const Status early = db.repos().goals.setDoneOn(done, QDate(2023, 12, 31));
        QVERIFY(!early.ok());
        QCOMPARE(early.error().code, Error::Code::InvalidInput);
        QVERIFY(!db.repos().goals.setDoneOn(done, QDate::currentDate().addDays(1)).ok());
        QVERIFY(!db.repos().goals.setDoneOn(done, QDate()).ok());
        QVERIFY(!db.repos().goals.setDoneOn(open, QDate(2024, 5, 3)).ok());
        QVERIFY(!db.repos().goals.get(open)->doneOn.isValid());
        QVERIFY(!db.repos().goals.setDoneOn(carried, QDate(2024, 5, 3)).ok());
        QCOMPARE(db.repos().goals.get(done)->doneOn, QDate(2025, 1, 2)); // unchanged by the refusals
        QVERIFY(!db.repos().goals.setDoneOn(999999, QDate(2024, 5, 3)).ok());
    }

    void aCarriedGoalKnowsTheYearItWentTo()
    {
        test::TempDatabase db;
        const Id year = *db.repos().years.create(2024);
        const Id carried = *db.repos().goals.create(goalIn(year, QStringLiteral("책 쓰기")));
        const Id stays = *db.repos().goals.create(goalIn(year, QStringLiteral("집 정리")));
        QVERIFY(db.repos().goals.carryOver(carried, 2026).ok());
        const auto years = db.repos().goals.carriedToYears(year);
        QVERIFY(years.ok());
        QCOMPARE(years->value(carried), 2026);
        QVERIFY(!years->contains(stays));
    }

    // Issue 16: the version that lets clients of one server notice each other's writes.
    void everyUpdateRaisesTheVersionOfTheRowWhateverWritesIt()
    {
        test::TempDatabase db;
        const Id year = *db.repos().years.create(2026);
        Goal counted = goalIn(year, QStringLiteral("벡터 DB 공부하기"), GoalKind::Count);
        counted.target = 2;
        const Id id = *db.repos().goals.create(counted);
        QCOMPARE(db.repos().goals.get(id)->version, 1);
        Goal goal = *db.repos().goals.get(id);
        goal.title = QStringLiteral("벡터 데이터베이스 공부하기");
        goal.target = 3;
        QVERIFY(db.repos().goals.update(goal).ok());
        const int afterEdit = db.repos().goals.get(id)->version;
        QVERIFY(afterEdit > 1);
        QVERIFY(db.repos().goals.setCount(id, 3).ok()); // reaching the target also checks it off
        QVERIFY(db.repos().goals.get(id)->version > afterEdit);
        // A write that bypasses the repositories raises it too
        const int before = db.repos().goals.get(id)->version;
        QVERIFY(db.rawExec(QStringLiteral("UPDATE goal SET notes = 'raw' WHERE id = %1").arg(id)).ok());
        QCOMPARE(db.repos().goals.get(id)->version, before + 1);
        QVERIFY(db.reopen());
        QCOMPARE(db.repos().goals.get(id)->version, before + 1);
    }

    void anEditFromAnOutdatedReadIsRefusedOnAServerAndNothingIsLost()
    {
        // Given a goal read by the editor, then checked off meanwhile
        test::TempDatabase db;
        const Id year = *db.repos().years.create(2026);
        const Id id = *db.repos().goals.create(goalIn(year, QStringLiteral("LLM 공부하고 블로그 쓰기")));
        Goal read = *db.repos().goals.get(id);
        QVERIFY(db.repos().goals.check(id, QDate(2026, 3, 1)).ok());

        // When the edit made from the first read is saved
        read.title = QStringLiteral("LLM 논문 세 편 읽기");
        const Status saved = db.repos().goals.update(read);

        if (!test::TempDatabase::onServer()) {
            // Then a file, which only this client writes, takes it as it always has
            QVERIFY(saved.ok());
            QCOMPARE(db.repos().goals.get(id)->title, read.title);
            return;
        }
        // Then a server refuses it, saying why, and keeps the goal as the other write left it
        QVERIFY(!saved.ok());
        QCOMPARE(saved.error().code, Error::Code::Changed);
        QVERIFY2(saved.error().message.contains(QStringLiteral("another computer")), qPrintable(saved.error().message));
        const Goal stored = *db.repos().goals.get(id);
        QCOMPARE(stored.title, QStringLiteral("LLM 공부하고 블로그 쓰기"));
        QCOMPARE(stored.status, GoalStatus::Done);
        // and the same edit made from a fresh read is saved
        Goal fresh = stored;
        fresh.title = read.title;
        QVERIFY(db.repos().goals.update(fresh).ok());
        QCOMPARE(db.repos().goals.get(id)->title, read.title);
        QCOMPARE(db.repos().goals.get(id)->status, GoalStatus::Done);
    }

    void twoClientsReorderingOneListAtOnceLeaveEveryPositionOnce()
    {
        // Given a year of eight goals, and two clients (each on a connection of its own) moving them at once
        test::TempDatabase db;
        const Id year = *db.repos().years.create(2026);
        QList<Id> ids;
        for (int i = 0; i < 8; ++i)
            ids << *db.repos().goals.create(goalIn(year, QStringLiteral("목표 %1").arg(i)));
        QAtomicInt failures;
        const auto client = [&](int seed) {
            auto connection = db.database().openWorkerConnection();
            if (!connection.ok()) {
                failures.fetchAndAddRelaxed(1);
                return;
            }
            {
                GoalRepository goals(connection.value());
                for (int round = 0; round < 40; ++round) {
                    if (!goals.move(ids[(round * 3 + seed) % ids.size()], (round * 5 + seed) % ids.size()).ok())
                        failures.fetchAndAddRelaxed(1);
                }
            }
            Database::closeConnection(connection.value());
        };
        QThread *first = QThread::create(client, 1);
        QThread *second = QThread::create(client, 2);
        first->start();
        second->start();
        QVERIFY(first->wait(60000));
        QVERIFY(second->wait(60000));
        delete first;
        delete second;

        // Then every move was made, one after the other, and the list holds each position once
        QCOMPARE(failures.loadRelaxed(), 0);
        QList<int> positions;
        for (const Goal &goal : *db.repos().goals.forYear(year))
            positions << goal.position;
        std::sort(positions.begin(), positions.end());
        QCOMPARE(positions, QList<int>({0, 1, 2, 3, 4, 5, 6, 7}));
    }
};

QTEST_GUILESS_MAIN(TestGoalRepository)
#include "tst_goalrepository.moc"
