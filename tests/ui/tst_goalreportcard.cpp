// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "goals/goalsmodel.h"
#include "mainwindow.h"
#include "progress/goalreportcard.h"
#include "progress/goalreportmodel.h"
#include "progress/progresspage.h"
#include "tempdatabase.h"
#include "yearpage/overviewpage.h"
#include "yearpage/yearpage.h"

#include <QAbstractItemModelTester>
#include <QHeaderView>
#include <QLabel>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace hoego;

// Issue 21: the report card says which of a year's goals are done, on the Progress tab and the Overview; Space
// checks a goal off through the undo stack, Enter opens it on the board, and the card follows stored changes.
namespace {

enum Tab { OverviewTab = 0, GoalsTab = 4, ProgressTab = 5 };

struct Sample
{
    Id year = 0;
    Id area = 0;
    Id marathon = 0; // check, done on 2024-05-03
    Id posts = 0; // count 7/12
    Id book = 0; // milestones 2 of 4
    Id japanese = 0; // dropped
    Id pushups = 0; // carried to 2025
    Id tidy = 0; // open check, no area
};

void require(const Status &status)
{
    if (!status.ok())
        qFatal("%s", qPrintable(status.error().message));
}

Id add(test::TempDatabase &db, Id year, const QString &title, GoalKind kind, Id area, int target = 0,
       const QList<bool> &milestones = {})
{
    Goal goal;
    goal.yearId = year;
    goal.title = title;
    goal.kind = kind;
    goal.areaId = area;
    goal.target = target;
    for (bool done : milestones)
        goal.milestones << Milestone{0, 0, QStringLiteral("장"), done, done ? QDate(2024, 2, 1) : QDate(), 0};
    auto id = db.repos().goals.create(goal);
    require(id);
    return *id;
}

Sample fill(test::TempDatabase &db)
{
    Sample s;
    s.year = *db.repos().years.create(2024);
    s.area = *db.repos().areas.create(QStringLiteral("건강"), QColor(0x2E, 0x9E, 0x6A));
    s.marathon = add(db, s.year, QStringLiteral("하프 마라톤 완주"), GoalKind::Check, s.area);
    require(db.repos().goals.check(s.marathon, QDate(2024, 5, 3)));
    s.posts = add(db, s.year, QStringLiteral("블로그 글 12편"), GoalKind::Count, s.area, 12);
    require(db.repos().goals.setCount(s.posts, 7));
    s.book = add(db, s.year, QStringLiteral("책 쓰기"), GoalKind::Milestones, s.area, 0, {true, true, false, false});
    s.japanese = add(db, s.year, QStringLiteral("일본어 시험"), GoalKind::Check, s.area);
    require(db.repos().goals.drop(s.japanese, QStringLiteral("이직 준비가 먼저")));
    s.pushups = add(db, s.year, QStringLiteral("팔굽혀펴기"), GoalKind::Count, s.area, 10);
    require(db.repos().goals.carryOver(s.pushups, 2025));
    s.tidy = add(db, s.year, QStringLiteral("집 정리"), GoalKind::Check, 0);
    return s;
}

QTreeView *cardView(QWidget *page)
{
    return page->findChild<GoalReportCard *>()->view();
}

QString detailOf(GoalReportModel *model, Id goalId)
{
    return model->indexOfGoal(goalId, GoalReportModel::DetailColumn).data().toString();
}

// Shows `window` at 1200 x 800 on `year` and `tab`; false if the window never appeared.
bool showYearOn(MainWindow &window, Id year, Tab tab)
{
    window.resize(1200, 800);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return false;
    window.openYear(year);
    window.yearPage()->setCurrentIndex(tab);
    return true;
}

} // namespace

class TestGoalReportCard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void eachGoalSaysWhereItStandsGroupedByArea()
    {
        // Given a year with a goal in every state
        test::TempDatabase db;
        const Sample s = fill(db);
        GoalReportModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

        // When the card reads it
        model.setGoals(*db.repos().goals.forYear(s.year), *db.repos().areas.all(),
                       *db.repos().goals.carriedToYears(s.year));

        // Then the area comes first with its count, the goals without an area last, each with its state
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("건강"));
        QCOMPARE(model.index(0, GoalReportModel::DetailColumn).data().toString(), QStringLiteral("1 of 3 done · 33%"));
        QCOMPARE(model.rowCount(model.index(0, 0)), 5);
        QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("No area"));
        QCOMPARE(detailOf(&model, s.marathon), QStringLiteral("Done on May 3, 2024"));
        QCOMPARE(detailOf(&model, s.posts), QStringLiteral("7/12"));
        QCOMPARE(detailOf(&model, s.book), QStringLiteral("2 of 4 milestones"));
        QCOMPARE(detailOf(&model, s.japanese), QStringLiteral("Dropped: 이직 준비가 먼저"));
        QCOMPARE(detailOf(&model, s.pushups), QStringLiteral("Carried over to 2025"));
        QCOMPARE(detailOf(&model, s.tidy), QStringLiteral("Not started"));
        QCOMPARE(model.indexOfGoal(s.posts).data().toString(), QStringLiteral("\u25D0  블로그 글 12편"));
        QCOMPARE(model.indexOfGoal(s.japanese).data().toString(), QStringLiteral("\u2717  일본어 시험"));
        QCOMPARE(model.indexOfGoal(s.pushups).data().toString(), QStringLiteral("\u2192  팔굽혀펴기"));
        // A check goal shows its box beside the symbol, and only it can be ticked
        QCOMPARE(model.indexOfGoal(s.tidy).data().toString(), QStringLiteral("\u25CB  집 정리"));
        QCOMPARE(model.indexOfGoal(s.marathon).data().toString(), QStringLiteral("\u2611  하프 마라톤 완주"));
        QCOMPARE(model.indexOfGoal(s.tidy).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);
        QCOMPARE(model.indexOfGoal(s.marathon).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
        QVERIFY(!model.indexOfGoal(s.posts).data(Qt::CheckStateRole).isValid());
        QVERIFY(!(model.indexOfGoal(s.japanese).flags() & Qt::ItemIsUserCheckable));

        // And a read-only file offers no box to tick
        model.setReadOnly(true);
        QVERIFY(!(model.indexOfGoal(s.tidy).flags() & Qt::ItemIsUserCheckable));
        model.setGoals({}, {}, {});
        QCOMPARE(model.rowCount(), 0);
    }

    void spaceChecksOffAnOpenGoalAndUndoBringsItBack()
    {
        // Given 2024 on the Progress tab of the window
        test::TempDatabase db;
        const Sample s = fill(db);
        MainWindow window(db.database());
        QVERIFY(showYearOn(window, s.year, ProgressTab));
        auto *page = window.findChild<ProgressPage *>();
        QTreeView *view = cardView(page);
        GoalReportModel *model = page->reportCard()->model();
        QTRY_VERIFY(model->indexOfGoal(s.tidy).isValid());

        // When the open check goal is chosen with the keyboard and Space is pressed
        view->setFocus();
        view->setCurrentIndex(model->indexOfGoal(s.tidy));
        QTest::keyClick(view, Qt::Key_Space);

        // Then it is stored done, on the last day of its own year, and the card and the ring say so
        QCOMPARE(db.repos().goals.get(s.tidy)->status, GoalStatus::Done);
        QCOMPARE(db.repos().goals.get(s.tidy)->doneOn, QDate(2024, 12, 31));
        QTRY_COMPARE(model->indexOfGoal(s.tidy).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
        QCOMPARE(detailOf(model, s.tidy), QStringLiteral("Done on December 31, 2024"));
        QCOMPARE(page->findChild<QLabel *>(QStringLiteral("progressRingLabel"))->text(), QStringLiteral("2 of 4"));
        // and the keyboard stays on the same goal after the card read the year again
        QCOMPARE(view->currentIndex().data(GoalReportModel::GoalIdRole).value<Id>(), s.tidy);

        // When the step is undone
        window.undoStack()->undo();

        // Then the goal is open again, in the database and on the card
        QCOMPARE(db.repos().goals.get(s.tidy)->status, GoalStatus::Open);
        QTRY_COMPARE(model->indexOfGoal(s.tidy).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);
    }

    void theDetailColumnFitsItsWidestTextAndFollowsChanges()
    {
        // Given 2024 on the Overview of a wide window
        test::TempDatabase db;
        const Sample s = fill(db);
        MainWindow window(db.database());
        QVERIFY(showYearOn(window, s.year, OverviewTab));
        auto *page = window.findChild<OverviewPage *>();
        QTreeView *view = cardView(page);
        GoalReportModel *model = page->findChild<GoalReportCard *>()->model();
        QTRY_VERIFY(model->indexOfGoal(s.tidy).isValid());
        const auto detailWidth = [view] { return view->header()->sectionSize(GoalReportModel::DetailColumn); };
        const auto needs = [view](const QString &text) { return view->fontMetrics().horizontalAdvance(text); };

        // Then the detail column is as wide as its widest text, not more than that and a margin
        QTRY_VERIFY(detailWidth() >= needs(detailOf(model, s.marathon)));
        QVERIFY2(detailWidth() < needs(detailOf(model, s.marathon)) + 40, qPrintable(QString::number(detailWidth())));

        // When a goal's text grows (the open goal is checked off)
        QVERIFY(!detailOf(model, s.tidy).startsWith(QStringLiteral("Done")));
        view->setFocus();
        view->setCurrentIndex(model->indexOfGoal(s.tidy));
        QTest::keyClick(view, Qt::Key_Space);

        // Then the column fits its new text
        QTRY_COMPARE(detailOf(model, s.tidy), QStringLiteral("Done on December 31, 2024"));
        QTRY_VERIFY(detailWidth() >= needs(QStringLiteral("Done on December 31, 2024")));

        // When the window is narrow, the titles keep more than half of the card
        window.resize(700, 700);
        QTRY_VERIFY(detailWidth() <= view->viewport()->width() * 45 / 100);
    }

    void enterOnTheOverviewOpensTheGoalOnTheBoard()
    {
        // Given 2024 on the Overview, which shows the same card
        test::TempDatabase db;
        const Sample s = fill(db);
        MainWindow window(db.database());
        QVERIFY(showYearOn(window, s.year, OverviewTab));
        auto *overview = window.findChild<OverviewPage *>();
        QTreeView *view = cardView(overview);
        QTRY_VERIFY(view->isVisible());
        QCOMPARE(view->accessibleName(), QStringLiteral("The year's goals by area"));

        // When a goal is chosen and Enter pressed
        view->setFocus();
        view->setCurrentIndex(overview->reportCard()->model()->indexOfGoal(s.book));
        QTest::keyClick(view, Qt::Key_Return);

        // Then the Goals tab is shown with that goal selected
        QTRY_COMPARE(window.yearPage()->currentIndex(), int(GoalsTab));
        auto *board = window.findChild<QTreeView *>(QStringLiteral("goalsView"));
        QTRY_COMPARE(board->currentIndex().data(GoalsModel::GoalIdRole).value<Id>(), s.book);
    }

    void theCardFollowsAWriteMadeElsewhere()
    {
        // Given 2024 on the Progress tab
        test::TempDatabase db;
        const Sample s = fill(db);
        MainWindow window(db.database());
        QVERIFY(showYearOn(window, s.year, ProgressTab));
        GoalReportModel *model = window.findChild<ProgressPage *>()->reportCard()->model();
        QTRY_COMPARE(detailOf(model, s.posts), QStringLiteral("7/12"));

        // When the count is written by another part of the program (as the command line or an import would)
        QVERIFY(db.repos().goals.setCount(s.posts, 9).ok());

        // Then the card shows it, through the change feed
        QTRY_COMPARE(detailOf(model, s.posts), QStringLiteral("9/12"));
    }
};

QTEST_MAIN(TestGoalReportCard)
#include "tst_goalreportcard.moc"
