// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "goals/closeyeardialog.h"
#include "goals/goaleditordialog.h"
#include "goals/goalsmodel.h"
#include "goals/goalspage.h"
#include "progress/progresspage.h"
#include "tempdatabase.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStyle>
#include <QStyleOptionViewItem>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace hoego;

namespace {

Id addGoal(test::TempDatabase &db, Id yearId, const QString &title, GoalKind kind = GoalKind::Check)
{
    Goal goal;
    goal.yearId = yearId;
    goal.title = title;
    goal.kind = kind;
    if (kind == GoalKind::Count) {
        goal.target = 12;
        goal.current = 10;
    }
    if (kind == GoalKind::Milestones)
        goal.milestones = {{0, 0, QStringLiteral("목차"), true, QDate(2025, 2, 1), 0},
                           {0, 0, QStringLiteral("초고"), false, {}, 1}};
    return *db.repos().goals.create(goal);
}

// The board and the progress view side by side; each follows the change feed on its own, as in the window.
struct Board
{
    explicit Board(test::TempDatabase &db, Id yearId)
        : page(db.journal(), &undo)
        , progress(db.journal(), &undo)
        , tester(page.findChild<QTreeView *>(QStringLiteral("goalsView"))->model(),
                 QAbstractItemModelTester::FailureReportingMode::QtTest)
    {
        page.setYear(yearId);
        progress.setYear(yearId);
        page.resize(1100, 600);
        page.show();
        progress.show();
    }

    QTreeView *view() { return page.findChild<QTreeView *>(QStringLiteral("goalsView")); }
    QString ring() { return progress.findChild<QLabel *>(QStringLiteral("progressRingLabel"))->text(); }
    int rowOf(const QString &title)
    {
        for (int row = 0; row < view()->model()->rowCount(); ++row) {
            if (view()->model()->index(row, GoalsModel::TitleColumn).data().toString() == title)
                return row;
        }
        return -1;
    }
    QString status(int row) { return view()->model()->index(row, GoalsModel::StatusColumn).data().toString(); }
    template<typename T>
    T *find(const QString &name)
    {
        return page.findChild<T *>(name);
    }

    QUndoStack undo;
    GoalsPage page;
    ProgressPage progress;
    QAbstractItemModelTester tester;
};

// Korean is typed through an input method: the text arrives committed, as from a real Korean IME.
void typeKorean(QWidget *widget, const QString &text)
{
    widget->setFocus();
    QInputMethodEvent event;
    event.setCommitString(text);
    QApplication::sendEvent(widget, &event);
}

// A radio button reacts only on its indicator and text, not on the empty rest of its row.
void clickRadio(QWidget *radio)
{
    QTest::mouseClick(radio, Qt::LeftButton, {}, QPoint(8, radio->height() / 2));
}

QPoint checkboxCentre(QTreeView *view, const QModelIndex &index)
{
    QStyleOptionViewItem option;
    option.initFrom(view->viewport());
    option.rect = view->visualRect(index);
    option.features = QStyleOptionViewItem::HasCheckIndicator;
    option.index = index;
    return view->style()->subElementRect(QStyle::SE_ItemViewItemCheckIndicator, &option, view).center();
}

} // namespace

class TestGoalsPage : public QObject
{
    Q_OBJECT

private slots:
    void clickingACheckboxChecksTheGoalOffUpdatesTheRingAndIsStored()
    {
        test::TempDatabase db;
        const Id year = *db.repos().years.create(2025);
        const Id talk = addGoal(db, year, QStringLiteral("컨퍼런스 발표"));
        addGoal(db, year, QStringLiteral("논문 쓰기"));
        {
            Board board(db, year);
            QVERIFY(QTest::qWaitForWindowExposed(&board.page));
            QTRY_COMPARE(board.ring(), QStringLiteral("0 of 2"));

            // when the user clicks the first goal's checkbox
            const QModelIndex check = board.view()->model()->index(0, GoalsModel::CheckColumn);
            QTest::mouseClick(board.view()->viewport(), Qt::LeftButton, {}, checkboxCentre(board.view(), check));

            // then the goal shows as done and the ring counts it at once
            QTRY_COMPARE(board.status(0), QStringLiteral("Done"));
            QTRY_COMPARE(board.ring(), QStringLiteral("1 of 2"));
            QCOMPARE(board.progress.findChild<QLabel *>(QStringLiteral("progressRingPercent"))->text(),
                     QStringLiteral("50%"));
            QCOMPARE(board.undo.undoText(), QStringLiteral("Check Off Goal"));

            // and Ctrl+Z takes it back, redo puts it again
            board.undo.undo();
            QTRY_COMPARE(board.status(0), QStringLiteral("Open"));
            QTRY_COMPARE(board.ring(), QStringLiteral("0 of 2"));
            board.undo.redo();
            QTRY_COMPARE(board.ring(), QStringLiteral("1 of 2"));
        }
        QVERIFY(db.reopen());
        const Goal stored = *db.repos().goals.get(talk);
        QCOMPARE(stored.status, GoalStatus::Done);
        // (a goal of a past year is recorded done on that year's last day, not today)
        QCOMPARE(stored.doneOn, std::min(QDate::currentDate(), QDate(2025, 12, 31)));
    }

    void spaceTogglesTheCurrentGoal()
    {
        test::TempDatabase db;
        const Id year = *db.repos().years.create(2025);
        const Id id = addGoal(db, year, QStringLiteral("책 읽기"));
        Board board(db, year);
        board.view()->setFocus();
        board.view()->setCurrentIndex(board.view()->model()->index(0, GoalsModel::TitleColumn));
        QTest::keyClick(board.view(), Qt::Key_Space);
        QCOMPARE(db.repos().goals.get(id)->status, GoalStatus::Done);
        QTest::keyClick(board.view(), Qt::Key_Space);
        QCOMPARE(db.repos().goals.get(id)->status, GoalStatus::Open);
        QVERIFY(!db.repos().goals.get(id)->doneOn.isValid());
    }

    void checkingOffTheLastMilestoneCompletesTheGoal()
    {
        test::TempDatabase db;
        const Id year = *db.repos().years.create(2025);
        const Id book = addGoal(db, year, QStringLiteral("책 출간"), GoalKind::Milestones);
        {
            Board board(db, year);
            QVERIFY(QTest::qWaitForWindowExposed(&board.page));
            board.view()->setCurrentIndex(board.view()->model()->index(0, GoalsModel::TitleColumn));
            auto *milestones = board.find<QListWidget>(QStringLiteral("milestoneList"));
            QTRY_VERIFY(milestones->isVisible());
            QCOMPARE(milestones->count(), 2);
            QCOMPARE(board.view()->model()->index(0, GoalsModel::ProgressColumn).data().toString(),
                     QStringLiteral("1/2"));

            // when the last open step is checked off with the keyboard
            milestones->setFocus();
            milestones->setCurrentRow(1);
            QTest::keyClick(milestones, Qt::Key_Space);

            // then the goal is done, on the board and in the ring
            QTRY_COMPARE(board.status(0), QStringLiteral("Done"));
            QTRY_COMPARE(board.ring(), QStringLiteral("1 of 1"));
            QCOMPARE(board.find<QListWidget>(QStringLiteral("milestoneList"))->item(1)->checkState(), Qt::Checked);

            // unchecking a step reopens it
            milestones->setCurrentRow(0);
            QTest::keyClick(milestones, Qt::Key_Space);
            QTRY_COMPARE(board.status(0), QStringLiteral("Open"));
            board.undo.undo();
            QTRY_COMPARE(board.status(0), QStringLiteral("Done"));
        }
        QVERIFY(db.reopen());
        QCOMPARE(db.repos().goals.get(book)->status, GoalStatus::Done);
    }

    void draggingAMilestoneReordersTheChecklist()
    {
        test::TempDatabase db;
        const Id year = *db.repos().years.create(2025);
        const Id book = addGoal(db, year, QStringLiteral("책 출간"), GoalKind::Milestones);
        Board board(db, year);
        board.view()->setCurrentIndex(board.view()->model()->index(0, GoalsModel::TitleColumn));
        auto *milestones = board.find<QListWidget>(QStringLiteral("milestoneList"));
        // the row move a drag and drop in the list performs
        QVERIFY(milestones->model()->moveRow(QModelIndex(), 1, QModelIndex(), 0));
        QTRY_COMPARE(db.repos().goals.get(book)->milestones.first().title, QStringLiteral("초고"));
        QCOMPARE(board.find<QListWidget>(QStringLiteral("milestoneList"))->item(0)->text(), QStringLiteral("초고"));
        board.undo.undo();
        QCOMPARE(db.repos().goals.get(book)->milestones.first().title, QStringLiteral("목차"));
    }

    void countButtonsReachTheTargetAndMergeIntoOneUndoStep()
    {
        test::TempDatabase db;
        const Id year = *db.repos().years.create(2025);
        const Id posts = addGoal(db, year, QStringLiteral("블로그 글 12편"), GoalKind::Count);
        Board board(db, year);
        board.view()->setCurrentIndex(board.view()->model()->index(0, GoalsModel::TitleColumn));
        auto *plus = board.find<QPushButton>(QStringLiteral("countPlusButton"));
        QTRY_VERIFY(plus->isVisible());
        QTest::mouseClick(plus, Qt::LeftButton);
        QTest::mouseClick(plus, Qt::LeftButton);
        QCOMPARE(db.repos().goals.get(posts)->current, 12);
        QCOMPARE(db.repos().goals.get(posts)->status, GoalStatus::Done);
        QCOMPARE(board.status(0), QStringLiteral("Done"));
        QCOMPARE(board.undo.count(), 1);
        board.undo.undo();
        QCOMPARE(db.repos().goals.get(posts)->current, 10);
        QCOMPARE(db.repos().goals.get(posts)->status, GoalStatus::Open);

        // direct entry
        auto *spin = board.find<QSpinBox>(QStringLiteral("countSpin"));
        spin->setFocus();
        spin->selectAll();
        QTest::keyClicks(spin, QStringLiteral("13"));
        QTest::keyClick(spin, Qt::Key_Return);
        QCOMPARE(db.repos().goals.get(posts)->current, 13);
        QCOMPARE(board.view()->model()->index(0, GoalsModel::ProgressColumn).data().toString(),
                 QStringLiteral("13/12"));
    }

    void pastingLinesAddsOneGoalPerLineAsOneUndoStep()
    {
        test::TempDatabase db;
        const Id year = *db.repos().years.create(2026);
        Board board(db, year);
        QVERIFY(QTest::qWaitForWindowExposed(&board.page));
        QApplication::clipboard()->setText(QStringLiteral("- [x] 책 출간\n* 발표하기\n\n1. 논문 쓰기\n"));
        board.page.activateWindow();
        board.view()->setFocus();
        QTRY_VERIFY(board.view()->hasFocus());
        QTest::keyClick(board.view(), Qt::Key_V, Qt::ControlModifier);
        QTRY_COMPARE(board.view()->model()->rowCount(), 3);
        QCOMPARE(board.rowOf(QStringLiteral("발표하기")), 1);
        QCOMPARE(board.status(0), QStringLiteral("Done"));
        QTRY_COMPARE(board.ring(), QStringLiteral("1 of 3"));
        QCOMPARE(board.undo.count(), 1);
        board.undo.undo();
        QTRY_COMPARE(board.view()->model()->rowCount(), 0);
        QCOMPARE(db.repos().goals.forYear(year)->size(), 0);
    }

    void addingAGoalWithCtrlGOpensTheEditorAndStoresTheGoal()
    {
        test::TempDatabase db;
        const Id year = *db.repos().years.create(2026);
        Board board(db, year);
        QVERIFY(QTest::qWaitForWindowExposed(&board.page));
        QTest::mouseClick(board.find<QPushButton>(QStringLiteral("addGoalButton")), Qt::LeftButton);
        GoalEditorDialog *editor = nullptr;
        QTRY_VERIFY((editor = board.page.findChild<GoalEditorDialog *>()) && editor->isVisible());
        typeKorean(editor->findChild<QLineEdit *>(QStringLiteral("goalTitleEdit")),
                   QStringLiteral("Elasticsearch와 벡터 DB 공부"));
        auto *kind = editor->findChild<QComboBox *>(QStringLiteral("goalKindCombo"));
        kind->setCurrentIndex(kind->findData(int(GoalKind::Count)));
        QTest::mouseClick(editor->findChild<QPushButton *>(QStringLiteral("goalEditorOk")), Qt::LeftButton);
        QTRY_COMPARE(board.view()->model()->rowCount(), 1);
        const Goal stored = db.repos().goals.forYear(year)->first();
        QCOMPARE(stored.title, QStringLiteral("Elasticsearch와 벡터 DB 공부"));
        QCOMPARE(stored.kind, GoalKind::Count);
        QCOMPARE(stored.target, 12);
        QCOMPARE(board.view()->currentIndex().data(GoalsModel::GoalIdRole).value<Id>(), stored.id);
    }

    void droppingAsksForAReasonAndReopeningBringsItBack()
    {
        test::TempDatabase db;
        const Id year = *db.repos().years.create(2025);
        const Id id = addGoal(db, year, QStringLiteral("마라톤 완주"));
        Board board(db, year);
        QVERIFY(QTest::qWaitForWindowExposed(&board.page));
        board.view()->setCurrentIndex(board.view()->model()->index(0, GoalsModel::TitleColumn));
        QTest::mouseClick(board.find<QPushButton>(QStringLiteral("dropGoalButton")), Qt::LeftButton);
        QDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = board.page.findChild<QDialog *>(QStringLiteral("dropGoalDialog")))
                    && dialog->isVisible());
        typeKorean(dialog->findChild<QLineEdit *>(QStringLiteral("dropReasonEdit")), QStringLiteral("무릎 부상"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("dropGoalOk")), Qt::LeftButton);
        QTRY_COMPARE(board.status(0), QStringLiteral("Dropped"));
        QCOMPARE(db.repos().goals.get(id)->dropReason, QStringLiteral("무릎 부상"));
        QTRY_COMPARE(board.ring(), QStringLiteral("no goals"));
        auto *reopen = board.find<QPushButton>(QStringLiteral("reopenGoalButton"));
        QTRY_VERIFY(reopen->isVisible());
        QTest::mouseClick(reopen, Qt::LeftButton);
        QCOMPARE(db.repos().goals.get(id)->status, GoalStatus::Open);
        QTRY_COMPARE(board.ring(), QStringLiteral("0 of 1"));
    }

    void evidenceLinksAreAddedAndABadAddressIsReportedWithoutLosingIt()
    {
        test::TempDatabase db;
        const Id year = *db.repos().years.create(2025);
        const Id id = addGoal(db, year, QStringLiteral("발표하기"));
        Board board(db, year);
        QVERIFY(QTest::qWaitForWindowExposed(&board.page));
        board.view()->setCurrentIndex(board.view()->model()->index(0, GoalsModel::TitleColumn));
        auto *label = board.find<QLineEdit>(QStringLiteral("linkLabelEdit"));
        auto *url = board.find<QLineEdit>(QStringLiteral("linkUrlEdit"));
        typeKorean(label, QStringLiteral("슬라이드"));
        QTest::keyClicks(url, QStringLiteral("javascript:alert(1)"));
        QTest::mouseClick(board.find<QPushButton>(QStringLiteral("addLinkButton")), Qt::LeftButton);
        QTRY_VERIFY(board.find<QLabel>(QStringLiteral("goalsErrorLabel"))->isVisible());
        QCOMPARE(url->text(), QStringLiteral("javascript:alert(1)"));
        QCOMPARE(board.undo.count(), 0);
        url->clear();
        QTest::keyClicks(url, QStringLiteral("https://example.org/talk.pdf"));
        QTest::mouseClick(board.find<QPushButton>(QStringLiteral("addLinkButton")), Qt::LeftButton);
        QTRY_VERIFY(!board.find<QLabel>(QStringLiteral("goalsErrorLabel"))->isVisible());
        QCOMPARE(board.find<QListWidget>(QStringLiteral("linkList"))->count(), 1);
        QCOMPARE(db.repos().goals.get(id)->links.first().label, QStringLiteral("슬라이드"));
        QVERIFY(url->text().isEmpty());
    }

    void filteringByStatusAndDraggingReorderTheBoard()
    {
        test::TempDatabase db;
        const Id year = *db.repos().years.create(2025);
        const Id first = addGoal(db, year, QStringLiteral("가"));
        addGoal(db, year, QStringLiteral("나"));
        const Id third = addGoal(db, year, QStringLiteral("다"));
        QVERIFY(db.repos().goals.check(third).ok());
        Board board(db, year);
        auto *status = board.find<QComboBox>(QStringLiteral("statusFilter"));
        status->setCurrentIndex(status->findData(int(GoalStatus::Done)));
        QCOMPARE(board.view()->model()->rowCount(), 1);
        status->setCurrentIndex(0);
        QCOMPARE(board.view()->model()->rowCount(), 3);

        // a drag of the first goal below the last row, as the view's drop hands it over
        QAbstractItemModel *model = board.view()->model();
        std::unique_ptr<QMimeData> data(model->mimeData({model->index(0, GoalsModel::TitleColumn)}));
        model->dropMimeData(data.get(), Qt::MoveAction, 3, 0, {});
        QTRY_COMPARE(board.rowOf(QStringLiteral("가")), 2);
        QCOMPARE(db.repos().goals.forYear(year)->last().id, first);
        board.undo.undo();
        QTRY_COMPARE(board.rowOf(QStringLiteral("가")), 0);
    }

    void closingTheYearCarriesTwoGoalsIntoTheNextYear()
    {
        test::TempDatabase db;
        const Id year = *db.repos().years.create(2025);
        const Id llm = addGoal(db, year, QStringLiteral("LLM 공부하고 블로그 쓰기"), GoalKind::Count);
        const Id book = addGoal(db, year, QStringLiteral("책 출간"), GoalKind::Milestones);
        const Id run = addGoal(db, year, QStringLiteral("마라톤 완주"));
        const Id talk = addGoal(db, year, QStringLiteral("컨퍼런스 발표"));
        QVERIFY(db.repos().goals.check(talk).ok());
        {
            Board board(db, year);
            QVERIFY(QTest::qWaitForWindowExposed(&board.page));
            QTest::mouseClick(board.find<QPushButton>(QStringLiteral("closeYearButton")), Qt::LeftButton);
            CloseYearDialog *dialog = nullptr;
            QTRY_VERIFY((dialog = board.page.findChild<CloseYearDialog *>()) && dialog->isVisible());
            QCOMPARE(dialog->goalCount(), 3); // the done goal is not asked about
            const auto child = [dialog](const char *name) { return dialog->findChild<QWidget *>(QLatin1String(name)); };

            QCOMPARE(qobject_cast<QLabel *>(child("closeYearGoalTitle"))->text(),
                     QStringLiteral("LLM 공부하고 블로그 쓰기"));
            clickRadio(child("closeYearCarry"));
            typeKorean(child("closeYearUnfinishedEdit"), QStringLiteral("블로그 글 2편 남음"));
            QTest::mouseClick(child("closeYearAddUnfinished"), Qt::LeftButton);
            QTest::mouseClick(child("closeYearNext"), Qt::LeftButton);

            QCOMPARE(qobject_cast<QLabel *>(child("closeYearGoalTitle"))->text(), QStringLiteral("책 출간"));
            clickRadio(child("closeYearCarry"));
            QTest::mouseClick(child("closeYearNext"), Qt::LeftButton);

            QCOMPARE(qobject_cast<QLabel *>(child("closeYearGoalTitle"))->text(), QStringLiteral("마라톤 완주"));
            clickRadio(child("closeYearDrop"));
            typeKorean(child("closeYearDropReason"), QStringLiteral("무릎 부상"));
            typeKorean(child("closeYearLessonEdit"), QStringLiteral("작게 시작하기"));
            QTest::mouseClick(child("closeYearAddLesson"), Qt::LeftButton);
            QTest::mouseClick(child("closeYearFinish"), Qt::LeftButton);

            QTRY_COMPARE(board.status(board.rowOf(QStringLiteral("책 출간"))), QStringLiteral("Carried over"));
            QCOMPARE(board.status(board.rowOf(QStringLiteral("마라톤 완주"))), QStringLiteral("Dropped"));
            QCOMPARE(board.undo.count(), 1);
            QCOMPARE(board.undo.undoText(), QStringLiteral("Close the Year"));

            // then 2026 holds both carried goals, each "carried 1 year"
            const Id next = db.repos().years.byNumber(2026)->id;
            board.page.setYear(next);
            QCOMPARE(board.view()->model()->rowCount(), 2);
            for (int row = 0; row < 2; ++row) {
                const QModelIndex title = board.view()->model()->index(row, GoalsModel::TitleColumn);
                QCOMPARE(title.data(GoalsModel::CarriedBadgeRole).toString(), QStringLiteral("carried 1 year"));
                QCOMPARE(board.status(row), QStringLiteral("Open"));
            }
            QCOMPARE(board.view()->model()->index(0, GoalsModel::ProgressColumn).data().toString(),
                     QStringLiteral("0/12"));
            QCOMPARE(board.view()->model()->index(1, GoalsModel::ProgressColumn).data().toString(),
                     QStringLiteral("0/1"));
        }
        QVERIFY(db.reopen());
        QCOMPARE(db.repos().goals.get(llm)->status, GoalStatus::CarriedOver);
        QCOMPARE(db.repos().goals.get(book)->status, GoalStatus::CarriedOver);
        QCOMPARE(db.repos().goals.get(run)->dropReason, QStringLiteral("무릎 부상"));
        QCOMPARE(db.repos().lessons.forYear(year)->first().text, QStringLiteral("작게 시작하기"));
        const auto unfinished = *db.repos().unfinished.forYear(year);
        QCOMPARE(unfinished.size(), 1);
        QCOMPARE(unfinished.first().goalId, llm);
        const auto carried = *db.repos().goals.forYear(db.repos().years.byNumber(2026)->id);
        QCOMPARE(carried.size(), 2);
        QCOMPARE(carried.first().carriedFromId, llm);
    }

    void undoingTheCloseRemovesTheCarriedGoalsAndTheYearItMade()
    {
        test::TempDatabase db;
        const Id year = *db.repos().years.create(2025);
        const Id id = addGoal(db, year, QStringLiteral("강의 만들기"));
        Board board(db, year);
        QVERIFY(QTest::qWaitForWindowExposed(&board.page));
        board.page.closeYear();
        CloseYearDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = board.page.findChild<CloseYearDialog *>()) && dialog->isVisible());
        clickRadio(dialog->findChild<QWidget *>(QStringLiteral("closeYearCarry")));
        QTest::mouseClick(dialog->findChild<QWidget *>(QStringLiteral("closeYearFinish")), Qt::LeftButton);
        QTRY_VERIFY(db.repos().years.byNumber(2026).ok());
        board.undo.undo();
        QCOMPARE(db.repos().goals.get(id)->status, GoalStatus::Open);
        QCOMPARE(db.repos().years.byNumber(2026).error().code, Error::Code::NotFound);
        QTRY_COMPARE(board.status(0), QStringLiteral("Open"));
    }

    void readOnlyBoardsChangeNothing()
    {
        test::TempDatabase db;
        const Id year = *db.repos().years.create(2025);
        const Id id = addGoal(db, year, QStringLiteral("책 읽기"));
        Board board(db, year);
        board.page.setReadOnly(true);
        QVERIFY(!board.find<QPushButton>(QStringLiteral("addGoalButton"))->isEnabled());
        QVERIFY(!board.view()->model()->setData(board.view()->model()->index(0, GoalsModel::CheckColumn), Qt::Checked,
                                                Qt::CheckStateRole));
        QCOMPARE(board.page.pasteGoals(QStringLiteral("새 목표")), 0);
        QCOMPARE(db.repos().goals.get(id)->status, GoalStatus::Open);
        QCOMPARE(db.repos().goals.forYear(year)->size(), 1);
    }

    void showItemSelectsAGoalOfTheYear()
    {
        test::TempDatabase db;
        const Id year = *db.repos().years.create(2025);
        addGoal(db, year, QStringLiteral("가"));
        const Id second = addGoal(db, year, QStringLiteral("나"));
        Board board(db, year);
        QVERIFY(board.page.showItem(QStringLiteral("goal"), second));
        QCOMPARE(board.view()->currentIndex().data(GoalsModel::GoalIdRole).value<Id>(), second);
        QCOMPARE(board.find<QLabel>(QStringLiteral("goalDetailsTitle"))->text(), QStringLiteral("나"));
        QVERIFY(!board.page.showItem(QStringLiteral("goal"), 9999));
        QVERIFY(!board.page.showItem(QStringLiteral("event"), second));
    }

    void theDoneDateIsEditedInTheDetailsAndUndone()
    {
        // Given a 2024 goal checked off on the board (recorded on the last day of 2024) and selected
        test::TempDatabase db;
        const Id year = *db.repos().years.create(2024);
        const Id id = addGoal(db, year, QStringLiteral("하프 마라톤 완주"));
        Board board(db, year);
        QVERIFY(QTest::qWaitForWindowExposed(&board.page));
        board.view()->setFocus();
        board.view()->setCurrentIndex(board.view()->model()->index(0, GoalsModel::TitleColumn));
        auto *date = board.find<QDateEdit>(QStringLiteral("doneDateEdit"));
        QVERIFY(!date->isVisible()); // an open goal has no done date
        QTest::keyClick(board.view(), Qt::Key_Space);
        QTRY_VERIFY(date->isVisible());
        QCOMPARE(date->date(), QDate(2024, 12, 31));
        QCOMPARE(date->minimumDate(), QDate(2024, 1, 1));

        // When the day it really happened is entered
        date->setFocus();
        date->setDate(QDate(2024, 5, 3));
        QTest::keyClick(date, Qt::Key_Return);

        // Then it is stored, the undo step says so, and undo puts the last day back
        QTRY_COMPARE(db.repos().goals.get(id)->doneOn, QDate(2024, 5, 3));
        QCOMPARE(board.undo.undoText(), QStringLiteral("Change Done Date"));
        board.undo.undo();
        QCOMPARE(db.repos().goals.get(id)->doneOn, QDate(2024, 12, 31));
        QTRY_COMPARE(board.find<QDateEdit>(QStringLiteral("doneDateEdit"))->date(), QDate(2024, 12, 31));
        QCOMPARE(db.repos().goals.get(id)->status, GoalStatus::Done);
    }
};

QTEST_MAIN(TestGoalsPage)
#include "tst_goalspage.moc"
