// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "tempdatabase.h"

#include "areas/areasdialog.h"
#include "areas/areasmodel.h"
#include "events/eventeditor.h"
#include "events/eventsmodel.h"
#include "events/eventspage.h"
#include "goals/goaleditordialog.h"
#include "goals/goalspage.h"
#include "notes/lessonspage.h"
#include "notes/notelistpanel.h"
#include "notes/notesmodel.h"
#include "outputs/outputsmodel.h"
#include "outputs/outputspage.h"
#include "questions/questionspage.h"
#include "review/reviewpage.h"
#include "storage/privacy.h"
#include "themes/themespage.h"
#include "themes/yearthemesmodel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDialog>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>

#include <functional>

using namespace hoego;

namespace {

// One list of a page, as the shared checks below need it.
struct MarkedList
{
    QAbstractItemView *view = nullptr;
    QAction *action = nullptr;
    int titleColumn = 0;
    std::function<void()> reread; // what the year page does when the change feed reports a write
};

bool storedPrivate(test::TempDatabase &db, PrivateKind kind, Id id)
{
    const Result<bool> stored = privacy::isPrivate(db.connection(), kind, id);
    return stored.ok() && stored.value();
}

bool shownPrivate(const MarkedList &list)
{
    const QModelIndex current = list.view->currentIndex();
    const QModelIndex title = current.siblingAtColumn(list.titleColumn);
    const bool decorated = !title.data(Qt::DecorationRole).value<QIcon>().isNull();
    const bool announced = title.data(Qt::AccessibleTextRole).toString().endsWith(QStringLiteral("(private)"));
    return list.action->isChecked() && decorated && announced;
}

bool shownPublic(const MarkedList &list)
{
    const QModelIndex title = list.view->currentIndex().siblingAtColumn(list.titleColumn);
    return !list.action->isChecked() && title.data(Qt::DecorationRole).value<QIcon>().isNull()
            && !title.data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("(private)"));
}

// Ctrl+Shift+P on the list's current item marks it private in one undo step, the list shows the padlock, and
// undo makes the item public again. The caller checks QTest::currentTestFailed().
void markWithShortcutAndUndo(test::TempDatabase &db, QUndoStack &undo, const MarkedList &list, PrivateKind kind, Id id)
{
    QVERIFY(list.view && list.action);
    QVERIFY(list.view->currentIndex().isValid());
    QVERIFY(list.action->isEnabled());
    QVERIFY(!list.action->isChecked());
    QVERIFY(!storedPrivate(db, kind, id));

    list.view->setFocus();
    QTest::keyClick(list.view, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);

    QVERIFY(storedPrivate(db, kind, id));
    QCOMPARE(undo.count(), 1);
    QCOMPARE(undo.undoText(), QStringLiteral("Mark Private"));
    list.reread();
    QTRY_VERIFY(shownPrivate(list));

    undo.undo();
    QVERIFY(!storedPrivate(db, kind, id));
    list.reread();
    QTRY_VERIFY(shownPublic(list));
    undo.redo();
    QVERIFY(storedPrivate(db, kind, id));
}

} // namespace

// Marking items private in the window (issue 14): one undoable step for each, through one command.
class TestPrivateMarking : public QObject
{
    Q_OBJECT

private slots:
    void anEventIsMarkedPrivateWithTheShortcutAndUndone()
    {
        // Given the events page with one event selected
        test::TempDatabase db;
        const Id year = *db.repos().years.create(2023);
        Event event;
        event.yearId = year;
        event.title = QStringLiteral("건강검진");
        event.date = PartialDate::ofMonth(2023, 5);
        const Id eventId = *db.repos().events.create(event);
        QUndoStack undo;
        EventsPage page(db.journal(), &undo);
        page.resize(900, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.setYear(year);
        QVERIFY(page.selectEvent(eventId));
        QVERIFY(page.privateAction()->isEnabled());
        QVERIFY(!page.privateAction()->isChecked());
        // When Ctrl+Shift+P is pressed on the timeline
        auto *timeline = page.findChild<QWidget *>(QStringLiteral("eventTimeline"));
        QVERIFY(timeline);
        timeline->setFocus();
        QTest::keyClick(timeline, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        // Then the event is private in the database, in one undo step
        QVERIFY(db.repos().events.get(eventId)->isPrivate);
        QCOMPARE(undo.count(), 1);
        page.reload();
        QVERIFY(page.model()->data(page.model()->indexOfEvent(eventId), EventsModel::PrivateRole).toBool());
        QVERIFY(page.privateAction()->isChecked());
        // and undo makes it public again
        undo.undo();
        QVERIFY(!db.repos().events.get(eventId)->isPrivate);
        undo.redo();
        QVERIFY(db.repos().events.get(eventId)->isPrivate);
    }

    void anEventIsMarkedPrivateInItsEditorInOneUndoStep()
    {
        // Given an event open in its editor
        test::TempDatabase db;
        const Id year = *db.repos().years.create(2023);
        Event event;
        event.yearId = year;
        event.title = QStringLiteral("병원");
        event.date = PartialDate::ofMonth(2023, 5);
        const Id eventId = *db.repos().events.create(event);
        QUndoStack undo;
        EventsPage page(db.journal(), &undo);
        page.resize(900, 600);
        page.show();
        page.setYear(year);
        QVERIFY(page.selectEvent(eventId));
        EventEditor *editor = page.editCurrentEvent();
        QVERIFY(editor);
        auto *check = editor->findChild<QCheckBox *>(QStringLiteral("eventPrivateCheck"));
        QVERIFY(check);
        QVERIFY(!check->isChecked());
        // When its title is changed and Private is ticked, then OK
        editor->findChild<QLineEdit *>(QStringLiteral("eventTitleEdit"))->setText(QStringLiteral("건강검진"));
        check->setChecked(true);
        editor->accept();
        // Then both are stored, in one undo step
        QVERIFY(db.repos().events.get(eventId)->isPrivate);
        QCOMPARE(db.repos().events.get(eventId)->title, QStringLiteral("건강검진"));
        QCOMPARE(undo.count(), 1);
        undo.undo();
        QVERIFY(!db.repos().events.get(eventId)->isPrivate);
        QCOMPARE(db.repos().events.get(eventId)->title, QStringLiteral("병원"));
        // And the editor opened again shows the mark; unticking it alone is one step too
        undo.redo();
        page.reload();
        QVERIFY(page.selectEvent(eventId));
        editor = page.editCurrentEvent();
        check = editor->findChild<QCheckBox *>(QStringLiteral("eventPrivateCheck"));
        QVERIFY(check->isChecked());
        check->setChecked(false);
        editor->accept();
        QVERIFY(!db.repos().events.get(eventId)->isPrivate);
        QCOMPARE(undo.count(), 2);
    }

    void aNewGoalIsMarkedPrivateInItsEditor()
    {
        // Given the goals board of a year and its New Goal dialog
        test::TempDatabase db;
        const Id year = *db.repos().years.create(2023);
        QUndoStack undo;
        GoalsPage page(db.journal(), &undo);
        page.resize(900, 600);
        page.show();
        page.setYear(year);
        page.addGoal();
        auto *editor = page.findChild<GoalEditorDialog *>();
        QVERIFY(editor);
        // When a title is typed and Private is ticked, then OK
        editor->findChild<QLineEdit *>(QStringLiteral("goalTitleEdit"))->setText(QStringLiteral("이직 준비"));
        editor->findChild<QCheckBox *>(QStringLiteral("goalPrivateCheck"))->setChecked(true);
        editor->accept();
        // Then the goal is stored private, in one undo step
        const QList<Goal> goals = *db.repos().goals.forYear(year);
        QCOMPARE(goals.size(), 1);
        QVERIFY(goals.first().isPrivate);
        QCOMPARE(undo.count(), 1);
        // and its editor shows the mark
        GoalEditorDialog again({});
        again.setGoal(goals.first());
        QVERIFY(again.findChild<QCheckBox *>(QStringLiteral("goalPrivateCheck"))->isChecked());
        QVERIFY(again.goal().isPrivate);
    }

    void aGoalIsMarkedPrivateFromItsMenuAction()
    {
        test::TempDatabase db;
        const Id year = *db.repos().years.create(2023);
        Goal goal;
        goal.yearId = year;
        goal.title = QStringLiteral("연봉 협상");
        const Id goalId = *db.repos().goals.create(goal);
        QUndoStack undo;
        GoalsPage page(db.journal(), &undo);
        page.resize(900, 600);
        page.show();
        page.setYear(year);
        QVERIFY(page.showItem(QStringLiteral("goal"), goalId));
        auto *action = page.findChild<QAction *>(QStringLiteral("goalPrivateAction"));
        QVERIFY(action);
        QVERIFY(action->isEnabled());
        action->trigger();
        QVERIFY(db.repos().goals.get(goalId)->isPrivate);
        QCOMPARE(undo.undoText(), QStringLiteral("Mark Private"));
        undo.undo();
        QVERIFY(!db.repos().goals.get(goalId)->isPrivate);
        // The shortcut on the focused board does the same, and undo takes it back
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_VERIFY(!action->isChecked()); // the board has heard of the undo
        auto *board = qobject_cast<QWidget *>(action->parent());
        QVERIFY(board);
        board->setFocus();
        QTest::keyClick(board, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(db.repos().goals.get(goalId)->isPrivate);
        QCOMPARE(undo.count(), 1);
        undo.undo();
        QVERIFY(!db.repos().goals.get(goalId)->isPrivate);
    }

    void anAreaIsMarkedPrivateInTheAreasDialog()
    {
        test::TempDatabase db;
        const Id area = *db.repos().areas.create(QStringLiteral("건강"), QColor(0xF2, 0xCC, 0x8F));
        QUndoStack undo;
        AreasDialog dialog(db.repos().areas, &undo, false);
        dialog.show();
        auto *list = dialog.findChild<QListView *>(QStringLiteral("areaList"));
        list->setCurrentIndex(dialog.model()->indexOfArea(area));
        auto *button = dialog.findChild<QPushButton *>(QStringLiteral("privateAreaButton"));
        QVERIFY(button && button->isEnabled() && !button->isChecked());
        QTest::mouseClick(button, Qt::LeftButton);
        bool stored = false;
        for (const Area &a : *db.repos().areas.all()) {
            if (a.id == area)
                stored = a.isPrivate;
        }
        QVERIFY(stored);
        QVERIFY(button->isChecked());
        QVERIFY(dialog.model()->data(dialog.model()->indexOfArea(area), AreasModel::PrivateRole).toBool());
        undo.undo();
        QTRY_VERIFY(!button->isChecked());
    }

    void aSectionIsMarkedPrivateWithTheShortcutAndUndone()
    {
        test::TempDatabase db;
        const Id year = *db.repos().years.create(2023);
        QVERIFY(db.repos().sections.create(year, QStringLiteral("들어가며")).ok());
        const Id section = *db.repos().sections.create(year, QStringLiteral("이직"), QStringLiteral("연봉 이야기"));
        QUndoStack undo;
        ReviewPage page(db.journal(), &undo);
        page.resize(900, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.setYear(year);
        QVERIFY(page.showItem(QStringLiteral("section"), section));
        // The year page leaves Review alone (re-reading it would disturb typing): the page follows the feed itself.
        const MarkedList list{page.findChild<QListView *>(QStringLiteral("sectionList")),
                              page.findChild<QAction *>(QStringLiteral("sectionPrivateAction")), 0, [] {}};
        markWithShortcutAndUndo(db, undo, list, PrivateKind::Section, section);
        if (QTest::currentTestFailed())
            return;
        // The other section stays public.
        QVERIFY(!list.view->model()->index(0, 0).data(Qt::DecorationRole).isValid());
    }

    void aLessonAndAnUnfinishedItemAreMarkedEachInItsOwnList()
    {
        test::TempDatabase db;
        const Id year = *db.repos().years.create(2023);
        Lesson lesson;
        lesson.yearId = year;
        lesson.text = QStringLiteral("일찍 물어볼 것");
        const Id lessonId = *db.repos().lessons.create(lesson);
        UnfinishedItem item;
        item.yearId = year;
        item.text = QStringLiteral("자격증 시험");
        const Id itemId = *db.repos().unfinished.create(item);
        QUndoStack undo;
        LessonsPage page(db.journal(), &undo);
        page.resize(900, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.setYear(year);
        // The lists follow the change feed themselves: its queued announcement is all they need.
        const auto reread = [] { QCoreApplication::sendPostedEvents(nullptr, QEvent::MetaCall); };

        // Both lists have Ctrl+Shift+P; only the focused one answers.
        QVERIFY(page.showItem(QStringLiteral("unfinished"), itemId));
        const MarkedList unfinished{page.unfinished()->view(),
                                    page.findChild<QAction *>(QStringLiteral("unfinishedListPrivateAction")), 0,
                                    reread};
        markWithShortcutAndUndo(db, undo, unfinished, PrivateKind::Unfinished, itemId);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(!storedPrivate(db, PrivateKind::Lesson, lessonId));

        undo.clear();
        QVERIFY(db.repos().unfinished.remove(itemId).ok());
        reread();
        QVERIFY(page.showItem(QStringLiteral("lesson"), lessonId));
        const MarkedList lessons{page.lessons()->view(),
                                 page.findChild<QAction *>(QStringLiteral("lessonListPrivateAction")), 0, reread};
        markWithShortcutAndUndo(db, undo, lessons, PrivateKind::Lesson, lessonId);
    }

    void aPrivateLessonStaysPrivateWhenItsDeletionIsUndone()
    {
        test::TempDatabase db;
        const Id year = *db.repos().years.create(2023);
        Lesson lesson;
        lesson.yearId = year;
        lesson.text = QStringLiteral("혼자 끌어안지 말 것");
        lesson.isPrivate = true;
        const Id lessonId = *db.repos().lessons.create(lesson);
        QVERIFY(storedPrivate(db, PrivateKind::Lesson, lessonId));
        QUndoStack undo;
        LessonsPage page(db.journal(), &undo);
        page.resize(900, 600);
        page.show();
        page.setYear(year);
        QVERIFY(page.showItem(QStringLiteral("lesson"), lessonId));
        QListView *view = page.lessons()->view();
        QVERIFY(view->currentIndex().data(NotesModel::PrivateRole).toBool());
        QTest::keyClick(view, Qt::Key_Delete);
        QVERIFY(!db.repos().lessons.get(lessonId).ok());
        undo.undo();
        QVERIFY(storedPrivate(db, PrivateKind::Lesson, lessonId));
    }

    void anOutputIsMarkedPrivateWithTheShortcutAndUndone()
    {
        test::TempDatabase db;
        const Id year = *db.repos().years.create(2024);
        Output post;
        post.yearId = year;
        post.kind = QStringLiteral("post");
        post.title = QStringLiteral("퇴사 회고");
        post.date = PartialDate::ofMonth(2024, 3);
        const Id output = *db.repos().outputs.create(post);
        QUndoStack undo;
        OutputsPage page(db.journal(), &undo);
        page.resize(900, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.setYear(year);
        QVERIFY(page.showOutput(output));
        auto *button = page.findChild<QToolButton *>(QStringLiteral("privateOutputButton"));
        QVERIFY(button && button->isEnabled());
        const MarkedList list{page.findChild<QTableView *>(QStringLiteral("outputsView")),
                              page.findChild<QAction *>(QStringLiteral("outputPrivateAction")),
                              OutputsModel::TitleColumn, [&page] { page.reload(); }};
        markWithShortcutAndUndo(db, undo, list, PrivateKind::Output, output);
    }

    void anOutputIsMarkedPrivateInItsEditorInOneUndoStep()
    {
        // Given an output selected on the Outputs tab
        test::TempDatabase db;
        const Id year = *db.repos().years.create(2024);
        Output post;
        post.yearId = year;
        post.kind = QStringLiteral("post");
        post.title = QStringLiteral("연봉 이야기");
        post.date = PartialDate::ofMonth(2024, 3);
        const Id output = *db.repos().outputs.create(post);
        QUndoStack undo;
        OutputsPage page(db.journal(), &undo);
        page.resize(900, 600);
        page.show();
        page.setYear(year);
        QVERIFY(page.showOutput(output));
        // When its editor opens, Private is ticked and the title changed, then OK
        bool ticked = false;
        QTimer::singleShot(0, this, [&] {
            auto *editor = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            QVERIFY(editor);
            auto *check = editor->findChild<QCheckBox *>(QStringLiteral("outputPrivateCheck"));
            QVERIFY(check && !check->isChecked());
            check->setChecked(true);
            editor->findChild<QLineEdit *>(QStringLiteral("outputTitleEdit"))->setText(QStringLiteral("협상 이야기"));
            ticked = true;
            editor->accept();
        });
        page.findChild<QPushButton *>(QStringLiteral("editOutputButton"))->click();
        QVERIFY(ticked);
        // Then both are stored as one undo step
        QVERIFY(db.repos().outputs.get(output)->isPrivate);
        QCOMPARE(db.repos().outputs.get(output)->title, QStringLiteral("협상 이야기"));
        QCOMPARE(undo.count(), 1);
        undo.undo();
        QVERIFY(!db.repos().outputs.get(output)->isPrivate);
        QCOMPARE(db.repos().outputs.get(output)->title, QStringLiteral("연봉 이야기"));
    }

    void aThemesYearIsMarkedPrivateWithTheShortcutAndUndone()
    {
        test::TempDatabase db;
        const Id year = *db.repos().years.create(2024);
        const ThemeAdded added
                = *db.repos().themes.addToYearByName(QStringLiteral("Vector DB"), 0, year, ThemeState::Trial, {});
        QUndoStack undo;
        ThemesPage page(db.journal(), &undo);
        page.resize(900, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.setYear(year);
        QVERIFY(page.showEntry(added.entryId));
        const MarkedList list{page.findChild<QTableView *>(QStringLiteral("yearThemesView")),
                              page.findChild<QAction *>(QStringLiteral("themePrivateAction")),
                              YearThemesModel::NameColumn, [&page] { page.reload(); }};
        markWithShortcutAndUndo(db, undo, list, PrivateKind::Theme, added.entryId);
    }

    void anAnswerIsMarkedPrivateFromItsButtonAndUndone()
    {
        test::TempDatabase db;
        const Id year = *db.repos().years.create(2024);
        const QuestionAdded added = *db.repos().questions.addToYear({0, QStringLiteral("무엇을 배워야 할까?"), {}},
                                                                    year, QStringLiteral("협상"));
        QUndoStack undo;
        QuestionsPage page(db.journal(), &undo);
        page.resize(900, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.setYear(year);
        QVERIFY(page.showAnswer(added.answerId));
        const MarkedList list{page.findChild<QListWidget *>(QStringLiteral("yearQuestionsView")),
                              page.findChild<QAction *>(QStringLiteral("answerPrivateAction")), 0,
                              [&page] { page.reload(); }};
        markWithShortcutAndUndo(db, undo, list, PrivateKind::Answer, added.answerId);
        if (QTest::currentTestFailed())
            return;
        // The button beside the list does the same.
        undo.undo();
        list.reread();
        auto *button = page.findChild<QToolButton *>(QStringLiteral("privateAnswerButton"));
        QVERIFY(button && button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(storedPrivate(db, PrivateKind::Answer, added.answerId));
    }

    void thePrivateActionsAreOffWhenReadOnlyOrWithNothingSelected()
    {
        test::TempDatabase db;
        const Id year = *db.repos().years.create(2024);
        QUndoStack undo;
        // Nothing to select: the actions are off.
        OutputsPage outputs(db.journal(), &undo);
        outputs.setYear(year);
        QVERIFY(!outputs.findChild<QAction *>(QStringLiteral("outputPrivateAction"))->isEnabled());
        LessonsPage lessons(db.journal(), &undo);
        lessons.setYear(year);
        QVERIFY(!lessons.findChild<QAction *>(QStringLiteral("lessonListPrivateAction"))->isEnabled());
        // An item selected in a read-only database: still off, and the shortcut writes nothing.
        const Id section = *db.repos().sections.create(year, QStringLiteral("이직"));
        ReviewPage review(db.journal(), &undo);
        review.show();
        review.setYear(year);
        QVERIFY(review.showItem(QStringLiteral("section"), section));
        auto *action = review.findChild<QAction *>(QStringLiteral("sectionPrivateAction"));
        QVERIFY(action->isEnabled());
        review.setReadOnly(true);
        QVERIFY(!action->isEnabled());
        auto *list = review.findChild<QListView *>(QStringLiteral("sectionList"));
        list->setFocus();
        QTest::keyClick(list, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(!storedPrivate(db, PrivateKind::Section, section));
        QCOMPARE(undo.count(), 0);
    }
};

QTEST_MAIN(TestPrivateMarking)
#include "tst_privatemarking.moc"
