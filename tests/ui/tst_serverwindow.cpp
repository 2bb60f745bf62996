// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "goals/goalspage.h"
#include "hoegoprocess.h"
#include "progress/goalcounts.h"
#include "tempdatabase.h"

#include <QLabel>
#include <QTest>
#include <QUndoStack>

using namespace hoego;

// Issue 16: a view of a server database follows what another Hoego, in another process (as on another computer),
// writes there. Needs the throwaway server scripts/test starts; without one the test skips.
class TestServerWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("HOEGO_TEST_PG_DIR"))
            QSKIP("no throwaway PostgreSQL server: run through scripts/test, or eval \"$(scripts/pg-sandbox start)\"");
        qputenv("HOEGO_TEST_BACKEND", "postgresql");
    }

    void theBoardShowsAGoalCheckedElsewhereWithinASecond()
    {
        // Given the goals board of a year on the server, with one open goal
        test::TempDatabase db;
        QVERIFY(db.isOpen());
        const Id year = *db.repos().years.create(2026);
        Goal goal;
        goal.yearId = year;
        goal.title = QStringLiteral("벡터 데이터베이스 공부하기");
        const Id goalId = *db.repos().goals.create(goal);
        QUndoStack undo;
        GoalsPage board(db.journal(), &undo);
        board.setYear(year);
        auto *summary = board.findChild<QLabel *>(QStringLiteral("goalsSummary"));
        QVERIFY(summary);
        progress::GoalCounts open;
        open.open = 1;
        QCOMPARE(summary->text(), progress::CountsText::doneOfTotal(open));

        // When another Hoego process checks it off
        const test::HoegoRun run = test::runHoegoAt(QStringLiteral(HOEGO_EXECUTABLE),
                                                    {QStringLiteral("--db"), db.path(), QStringLiteral("goal"),
                                                     QStringLiteral("check"), QString::number(goalId)});
        QCOMPARE(run.exitCode, 0);

        // Then the board says so within a second, without being told by anything but the server
        progress::GoalCounts done;
        done.done = 1;
        QTRY_COMPARE_WITH_TIMEOUT(summary->text(), progress::CountsText::doneOfTotal(done), 1000);
    }
};

QTEST_MAIN(TestServerWindow)
#include "tst_serverwindow.moc"
