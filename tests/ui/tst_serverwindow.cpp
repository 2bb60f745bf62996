// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "goals/goalspage.h"
#include "hoegoprocess.h"
#include "mainwindow.h"
#include "progress/goalcounts.h"
#include "session/databasesession.h"
#include "settings/appsettings.h"
#include "storage/database.h"
#include "storage/repositories.h"
#include "tempdatabase.h"

#include <QAction>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QTemporaryDir>
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

    void aFileMovesToAnEmptyServerAndTheWindowGoesOnThere()
    {
        // Given a window on a file with a year in it, and an empty database on the server
        test::TempDatabase server;
        QVERIFY(server.isOpen());
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
        DatabaseSession session(settings);
        QVERIFY(session.start(dir.filePath(QStringLiteral("life.sqlite"))).ok());
        QVERIFY(Repositories(session.database()->connectionName())
                        .years.create(2024, QStringLiteral("이사한 해"))
                        .ok());
        const QString file = session.database()->path();

        // When File > Move to a Server… is given the server's address
        auto *move = session.window()->findChild<QAction *>(QStringLiteral("moveToServerAction"));
        QVERIFY(move && move->isEnabled());
        // (the menus follow the database open now: a file can be restored from its backups)
        QVERIFY(session.window()->findChild<QAction *>(QStringLiteral("restoreBackupAction"))->isEnabled());
        move->trigger();
        auto *dialog = session.window()->findChild<QInputDialog *>(QStringLiteral("moveToServerDialog"));
        QVERIFY(dialog);
        dialog->setTextValue(server.path());
        dialog->accept();

        // Then the window goes on on the server, which holds the year, and the file is still there
        QTRY_VERIFY(session.database() && session.database()->isOnServer());
        QVERIFY(!session.window()->findChild<QMessageBox *>(QStringLiteral("sessionProblem")));
        QCOMPARE(server.repos().years.byNumber(2024)->title, QStringLiteral("이사한 해"));
        QVERIFY(QFileInfo::exists(file));
        QVERIFY(!session.window()->findChild<QAction *>(QStringLiteral("moveToServerAction"))->isEnabled());
        QVERIFY(!session.window()->findChild<QAction *>(QStringLiteral("restoreBackupAction"))->isEnabled());

        // And moving another file there is refused: the server is no longer empty
        DatabaseSession second(settings);
        QVERIFY(second.start(dir.filePath(QStringLiteral("other.sqlite"))).ok());
        QVERIFY(Repositories(second.database()->connectionName()).years.create(2025).ok());
        second.window()->findChild<QAction *>(QStringLiteral("moveToServerAction"))->trigger();
        auto *again = second.window()->findChild<QInputDialog *>(QStringLiteral("moveToServerDialog"));
        QVERIFY(again);
        again->setTextValue(server.path());
        again->accept();
        QTRY_VERIFY(second.window()->findChild<QMessageBox *>(QStringLiteral("sessionProblem")));
        QVERIFY(!second.database()->isOnServer());
        QVERIFY(!server.repos().years.byNumber(2025).ok());
    }
};

QTEST_MAIN(TestServerWindow)
#include "tst_serverwindow.moc"
