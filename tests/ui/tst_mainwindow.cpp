// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "events/eventspage.h"
#include "goals/goalsmodel.h"
#include "io/sample.h"
#include "iotestsupport.h"
#include "mainwindow.h"
#include "questions/questionspage.h"
#include "search/searchdialog.h"
#include "tempdatabase.h"
#include "themes/radarchart.h"
#include "themes/themespage.h"
#include "themes/yearthemesmodel.h"
#include "timeline/yeartimeline.h"
#include "timeline/yeartimelinemodel.h"
#include "yearpage/yearpage.h"
#include "years/yearlistmodel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace hoego;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("Hoego"));
        QCoreApplication::setApplicationName(QStringLiteral("hoego-tst-mainwindow"));
    }

    void init() { QSettings().clear(); }

    void showsTheEmptyStateOnANewDatabase()
    {
        test::TempDatabase db;
        MainWindow window(db.database());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *empty = window.findChild<QWidget *>(QStringLiteral("emptyState"));
        QVERIFY(empty);
        QTRY_VERIFY(empty->isVisible());
        QVERIFY(window.findChild<QPushButton *>(QStringLiteral("emptyLoadSampleButton")));
    }

    void theEmptyStateIsMadeOnlyWhenNoYearIsLeft()
    {
        // Given a database with one year, open in the window
        test::TempDatabase db;
        QVERIFY(db.repos().years.create(2025).ok());
        MainWindow window(db.database());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *workspace = window.findChild<QWidget *>(QStringLiteral("workspace"));
        QVERIFY(workspace && workspace->isVisible());
        // Then the start did not build the empty state
        QVERIFY(!window.findChild<QWidget *>(QStringLiteral("emptyState")));

        // When the year is deleted, the empty state is made and shown
        QVERIFY(window.removeYear(db.repos().years.byNumber(2025)->id));
        auto *empty = window.findChild<QWidget *>(QStringLiteral("emptyState"));
        QVERIFY(empty);
        QTRY_VERIFY(empty->isVisible());
        QVERIFY(!workspace->isVisible());

        // And undo brings the workspace back, the empty state kept for the next time
        window.undoStack()->undo();
        QTRY_VERIFY(workspace->isVisible());
        QVERIFY(!empty->isVisible());
        QCOMPARE(window.findChildren<QWidget *>(QStringLiteral("emptyState")).size(), 1);
        window.undoStack()->redo();
        QTRY_VERIFY(empty->isVisible());
        QCOMPARE(window.findChildren<QWidget *>(QStringLiteral("emptyState")).size(), 1);
    }

    void addingAYearListsItNewestFirstAndStoresIt()
    {
        test::TempDatabase db;
        {
            MainWindow window(db.database());
            window.show();
            auto *list = window.findChild<QTreeView *>(QStringLiteral("yearList"));
            QVERIFY(list);
            QAbstractItemModelTester tester(list->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
            QVERIFY(window.addYearNumber(2023));
            QVERIFY(window.addYearNumber(2024));
            QVERIFY(!window.addYearNumber(2024)); // a duplicate is refused with a message
            QTRY_VERIFY(list->isVisible());
            QCOMPARE(list->model()->rowCount(), 2);
            QCOMPARE(list->model()->index(0, 0).data().toInt(), 2024);
            QCOMPARE(list->model()->index(1, 0).data().toInt(), 2023);
        }
        QVERIFY(db.reopen());
        QCOMPARE(db.repos().years.overviews()->size(), 2);
    }

    void checkingAGoalOffUpdatesTheCountsInPlace()
    {
        // Given two years, the newer with two goals, open on its Goals tab
        test::TempDatabase db;
        QVERIFY(db.repos().years.create(2024).ok());
        const Id year = *db.repos().years.create(2025);
        for (const char *title : {"책 원고 마치기", "발표 두 번"}) {
            Goal goal;
            goal.yearId = year;
            goal.title = QString::fromUtf8(title);
            QVERIFY(db.repos().goals.create(goal).ok());
        }
        MainWindow window(db.database());
        window.show();
        window.findChild<QAction *>(QStringLiteral("showTab5Action"))->trigger();
        auto *goals = window.findChild<GoalsModel *>();
        QVERIFY(goals);
        QTRY_COMPARE(goals->rowCount(), 2);
        auto *list = window.findChild<QTreeView *>(QStringLiteral("yearList"));
        auto *timeline = window.findChild<YearTimelineModel *>();
        QVERIFY(list && timeline);
        QSignalSpy listResets(list->model(), &QAbstractItemModel::modelReset);
        QSignalSpy timelineResets(timeline, &QAbstractItemModel::modelReset);
        const auto doneOnTimeline
                = [&] { return timeline->indexOfYear(year).data(YearTimelineModel::GoalsDoneRole).toInt(); };
        const auto listGoalsText
                = [&] { return list->model()->index(0, YearListModel::GoalsColumn).data().toString(); };
        QCOMPARE(doneOnTimeline(), 0);
        const QString before = listGoalsText();

        // When the first goal is ticked on the board
        QVERIFY(goals->setData(goals->index(0, GoalsModel::CheckColumn), Qt::Checked, Qt::CheckStateRole));

        // Then the strip and the year list count it without rebuilding their rows
        QCOMPARE(doneOnTimeline(), 1);
        QVERIFY(listGoalsText() != before);
        QCOMPARE(listResets.count(), 0);
        QCOMPARE(timelineResets.count(), 0);
        // And undo takes the count back
        window.undoStack()->undo();
        QCOMPARE(doneOnTimeline(), 0);
        QCOMPARE(listGoalsText(), before);
    }

    void undoRightAfterTypingTakesBackTheTypingAndRedoBringsItBack()
    {
        // Given a year whose title was just set, and a closing note typed but not yet stored (the pause has
        // not passed)
        test::TempDatabase db;
        const Id year = *db.repos().years.create(2024);
        MainWindow window(db.database());
        window.show();
        auto *title = window.findChild<QLineEdit *>(QStringLiteral("yearTitleEdit"));
        title->setText(QStringLiteral("버틴 해"));
        emit title->editingFinished();
        auto *note = window.findChild<QPlainTextEdit *>(QStringLiteral("closingNoteEdit"));
        note->setPlainText(QStringLiteral("내년엔 덜 바쁘게."));
        QCOMPARE(db.repos().years.get(year)->closingNote, QString());

        // When Undo is clicked at once
        window.findChild<QAction *>(QStringLiteral("undoAction"))->trigger();

        // Then the typing is what is taken back, the title stays, and Redo brings the note back
        QCOMPARE(db.repos().years.get(year)->closingNote, QString());
        QCOMPARE(db.repos().years.get(year)->title, QStringLiteral("버틴 해"));
        QTest::qWait(1000); // past the pause: nothing stored late
        QCOMPARE(db.repos().years.get(year)->closingNote, QString());
        window.findChild<QAction *>(QStringLiteral("redoAction"))->trigger();
        QCOMPARE(db.repos().years.get(year)->closingNote, QStringLiteral("내년엔 덜 바쁘게."));
        QCOMPARE(note->toPlainText(), QStringLiteral("내년엔 덜 바쁘게."));
    }

    void aFailedEditIsShownOnceWhereItHappened()
    {
        // Given a year with a goal, open on its Goals tab
        test::TempDatabase db;
        const Id year = *db.repos().years.create(2025);
        Goal goal;
        goal.yearId = year;
        goal.title = QStringLiteral("발표하기");
        QVERIFY(db.repos().goals.create(goal).ok());
        MainWindow window(db.database());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QApplication::setActiveWindow(&window);
        window.findChild<QAction *>(QStringLiteral("showTab5Action"))->trigger();
        auto *goals = window.findChild<GoalsModel *>();
        QTRY_COMPARE(goals->rowCount(), 1);

        // When a goal edit fails (the goal was deleted behind the board's back)
        QVERIFY(db.repos().goals.remove(goals->goals().first().id).ok());
        goals->setData(goals->index(0, GoalsModel::CheckColumn), Qt::Checked, Qt::CheckStateRole);

        // Then the board shows it in place and the window only notes it in the status bar: no second dialog
        QTRY_VERIFY(window.findChild<QLabel *>(QStringLiteral("goalsErrorLabel"))->isVisible());
        QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("failed")));
        QVERIFY(!window.findChild<QMessageBox *>(QStringLiteral("errorMessage")));

        // And a failure with no place of its own on the page gets the dialog
        auto *events = window.yearPage()->eventsPage();
        QVERIFY(!events->moveEventToMonth(9999, 3));
        QTRY_VERIFY(window.findChild<QMessageBox *>(QStringLiteral("errorMessage")));
    }

    void theTitleNamesTheDatabaseFileAndTheOpenYear()
    {
        test::TempDatabase db;
        QVERIFY(db.repos().years.create(2024).ok());
        MainWindow window(db.database());
        QVERIFY(window.windowTitle().contains(QFileInfo(db.path()).fileName()));
        QVERIFY(window.windowTitle().contains(QStringLiteral("2024")));
    }

    void aReadOnlyDatabaseTurnsEditingOff()
    {
        // Given a database with a year, opened read-only
        test::TempDatabase db;
        QVERIFY(db.repos().years.create(2024).ok());
        const QString path = db.path();
        db.close();
        Database::Options options;
        options.readOnly = true;
        options.lock = false;
        auto readOnly = Database::open(path, options);
        QVERIFY2(readOnly.ok(), qPrintable(readOnly.ok() ? QString() : readOnly.error().message));
        MainWindow window(*readOnly.value());
        window.show();
        // Then every editing action is off and the page refuses edits, while moving between years still works
        for (const char *name : {"addYearAction", "deleteYearAction", "addEventAction", "importAction"})
            QVERIFY2(!window.findChild<QAction *>(QLatin1String(name))->isEnabled(), name);
        QVERIFY(window.findChild<QLineEdit *>(QStringLiteral("yearTitleEdit"))->isReadOnly());
        QVERIFY(!window.yearPage()->eventsPage()->addEvent());
        QVERIFY(window.findChild<QAction *>(QStringLiteral("findAction"))->isEnabled());
    }

    void deletingAYearAsksFirstAndOpensItsNeighbour()
    {
        test::TempDatabase db;
        for (int number : {2022, 2023, 2024})
            QVERIFY(db.repos().years.create(number).ok());
        MainWindow window(db.database());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openYear(db.repos().years.byNumber(2023)->id);
        // When the user chooses Delete Year… the year is still there until confirmed
        window.findChild<QAction *>(QStringLiteral("deleteYearAction"))->trigger();
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = window.findChild<QMessageBox *>(QStringLiteral("deleteYearConfirmation"))));
        QVERIFY(db.repos().years.byNumber(2023).ok());
        QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("confirmDeleteYearButton")), Qt::LeftButton);
        // Then it is gone, and the next year is open
        QVERIFY(!db.repos().years.byNumber(2023).ok());
        QCOMPARE(window.currentYear(), db.repos().years.byNumber(2024)->id);
    }

    void aDeletedYearComesBackWholeWithUndoAndAnAddedYearGoesWithUndo()
    {
        // given the sample (2025 with events, lessons linked to them, goals carried into 2026, themes, answers)
        test::TempDatabase db;
        QVERIFY(loadSample(db.connection()).ok());
        const QString before = test::contentFingerprint(db.repos());
        const Id y2025 = db.repos().years.byNumber(2025)->id;
        const Id carriedInto2026 = db.repos().goals.forYear(db.repos().years.byNumber(2026)->id)->at(1).carriedFromId;
        QVERIFY(carriedInto2026 != 0);
        MainWindow window(db.database());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openYear(y2025);
        auto *undo = window.findChild<QAction *>(QStringLiteral("undoAction"));
        auto *redo = window.findChild<QAction *>(QStringLiteral("redoAction"));

        // when 2025 is deleted and the deletion undone
        QVERIFY(window.removeYear(y2025));
        QVERIFY(!db.repos().years.byNumber(2025).ok());
        QVERIFY(undo->text().contains(QStringLiteral("2025")));
        undo->trigger();

        // then everything is back as it was, with the same ids, the goal of 2026 carried from its 2025 goal again,
        // and the year open again
        QCOMPARE(test::contentFingerprint(db.repos()), before);
        QCOMPARE(db.repos().years.byNumber(2025)->id, y2025);
        QCOMPARE(db.repos().goals.forYear(db.repos().years.byNumber(2026)->id)->at(1).carriedFromId, carriedInto2026);
        QCOMPARE(window.currentYear(), y2025);
        QCOMPARE(db.scalar(QStringLiteral("PRAGMA foreign_key_check")).toString(), QString());
        // and redo deletes it again
        redo->trigger();
        QVERIFY(!db.repos().years.byNumber(2025).ok());
        undo->trigger();
        QCOMPARE(test::contentFingerprint(db.repos()), before);

        // an added year is one undo step too
        QVERIFY(window.addYearNumber(2030));
        QVERIFY(db.repos().years.byNumber(2030).ok());
        undo->trigger();
        QVERIFY(!db.repos().years.byNumber(2030).ok());
    }

    void theThemesAndQuestionsTabsAreBuiltWhenFirstShown()
    {
        test::TempDatabase db;
        QVERIFY(loadSample(db.connection()).ok());
        const Id y2025 = db.repos().years.byNumber(2025)->id;
        MainWindow window(db.database());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openYear(y2025);
        // not built for the first paint
        QVERIFY(!window.findChild<ThemesPage *>());
        QVERIFY(!window.findChild<QuestionsPage *>());
        // a search hit of a theme opens its tab, built then, on the theme
        const Id entry = db.repos().themes.forYear(y2025)->at(1).entry.id;
        QVERIFY(window.yearPage()->showItem(QStringLiteral("theme"), entry));
        QVERIFY(window.findChild<ThemesPage *>());
        QCOMPARE(window.yearPage()->themesPage()->model()->rowCount(), 6);
        QCOMPARE(window.yearPage()->themesPage()->radar()->selectedEntry(), entry);
        const Id answer = db.repos().questions.forYear(y2025)->first().answer.id;
        QVERIFY(window.yearPage()->showItem(QStringLiteral("answer"), answer));
        QCOMPARE(window.yearPage()->questionsPage()->questionCount(), 6);
    }

    void theEditMenuNamesTheActionToUndo()
    {
        test::TempDatabase db;
        const Id year = *db.repos().years.create(2024);
        MainWindow window(db.database());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *undo = window.findChild<QAction *>(QStringLiteral("undoAction"));
        auto *redo = window.findChild<QAction *>(QStringLiteral("redoAction"));
        QVERIFY(!undo->isEnabled());
        QCOMPARE(undo->shortcut(), QKeySequence(QKeySequence::Undo));
        QVERIFY(redo->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)));
        auto *title = window.findChild<QLineEdit *>(QStringLiteral("yearTitleEdit"));
        title->setFocus();
        title->setText(QStringLiteral("Growth"));
        emit title->editingFinished();
        QVERIFY(undo->isEnabled());
        QVERIFY(undo->text().contains(QStringLiteral("Edit Year Title")));
        undo->trigger();
        QCOMPARE(db.repos().years.get(year)->title, QString());
        QVERIFY(redo->text().contains(QStringLiteral("Edit Year Title")));
    }

    void searchingAKoreanWordJumpsToTheEventInItsYear()
    {
        // Given two years, the older one holding the event
        test::TempDatabase db;
        const Id old = *db.repos().years.create(2023);
        QVERIFY(db.repos().years.create(2024).ok());
        Event event;
        event.yearId = old;
        event.title = QStringLiteral("대학원 졸업했다");
        event.date = PartialDate::ofMonth(2023, 2);
        const Id id = *db.repos().events.create(event);
        MainWindow window(db.database());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.currentYear(), db.repos().years.byNumber(2024)->id);
        // When the user presses Ctrl+F, searches a two-syllable word and presses Enter
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        SearchDialog *search = nullptr;
        QTRY_VERIFY((search = window.findChild<SearchDialog *>(QStringLiteral("searchDialog"))));
        QTRY_VERIFY(search->isVisible());
        search->search(QStringLiteral("졸업"));
        auto *field = search->findChild<QLineEdit *>(QStringLiteral("searchField"));
        QTRY_VERIFY(search->findChild<QWidget *>(QStringLiteral("searchResults")));
        QTest::keyClick(field, Qt::Key_Return);
        // Then 2023 is open on its Events tab with the event selected
        QTRY_COMPARE(window.currentYear(), old);
        QCOMPARE(window.yearPage()->currentPage(), window.yearPage()->eventsPage());
        QCOMPARE(window.yearPage()->eventsPage()->currentEventId(), id);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
