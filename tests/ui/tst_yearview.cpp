// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "events/eventeditor.h"
#include "events/eventfiltermodel.h"
#include "events/eventsmodel.h"
#include "events/eventspage.h"
#include "events/eventtimelineview.h"
#include "mainwindow.h"
#include "tempdatabase.h"
#include "timeline/yeartimeline.h"
#include "timeline/yeartimelinemodel.h"
#include "yearpage/yearpage.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QDialogButtonBox>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>
#include <QUndoStack>

using namespace hoego;

namespace {

Id yearIdOf(test::TempDatabase &db, int number)
{
    return db.repos().years.byNumber(number)->id;
}

// The card of an event on the month timeline, in viewport coordinates.
QRect cardOf(EventsPage *page, Id eventId)
{
    const QModelIndex source = page->model()->indexOfEvent(eventId);
    return page->timeline()->visualRect(page->filterModel()->mapFromSource(source));
}

// Types Korean as an input method does: a composing syllable first, then the committed text.
void compose(QWidget *widget, const QString &text)
{
    QInputMethodEvent preedit(text.right(1), {});
    QApplication::sendEvent(widget, &preedit);
    QInputMethodEvent commit;
    commit.setCommitString(text);
    QApplication::sendEvent(widget, &commit);
}

Id eventTitled(test::TempDatabase &db, Id yearId, const QString &title)
{
    for (const Event &event : *db.repos().events.forYear(yearId)) {
        if (event.title == title)
            return event.id;
    }
    return 0;
}

} // namespace

class TestYearView : public QObject
{
    Q_OBJECT

private:
    // Shows the window on its Events tab; returns the tab's timeline once it is on screen, null if it never is.
    static EventTimelineView *showEventsTab(MainWindow &window)
    {
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            return nullptr;
        EventsPage *page = window.yearPage()->eventsPage();
        window.yearPage()->showPage(page);
        EventTimelineView *view = page->timeline();
        return QTest::qWaitFor([view] { return view->isVisible(); }) ? view : nullptr;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("Hoego"));
        QCoreApplication::setApplicationName(QStringLiteral("hoego-tst-yearview"));
    }

    void init() { QSettings().clear(); }

    void onlyTheFirstScreenIsBuiltAtStart()
    {
        // Given a year with an event and a goal, opened on the Overview (issue 17: the first paint builds only
        // what it shows)
        test::TempDatabase db;
        const Id year = *db.repos().years.create(2024);
        Event event;
        event.yearId = year;
        event.title = QStringLiteral("이직");
        event.date = PartialDate::ofMonth(2024, 3);
        QVERIFY(db.repos().events.create(event).ok());
        MainWindow window(db.database());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openYear(year);
        QCOMPARE(window.yearPage()->currentIndex(), 0);
        // Then neither the Events nor the Goals tab exists yet
        QVERIFY(!window.findChild<EventsPage *>());
        QVERIFY(!window.findChild<QTreeView *>(QStringLiteral("goalsView")));
        // When the Events tab is chosen from the keyboard, its page is built with the year's events, and the
        // event actions work on it
        window.findChild<QAction *>(QStringLiteral("showTab2Action"))->trigger();
        auto *events = window.findChild<EventsPage *>();
        QVERIFY(events);
        QCOMPARE(window.yearPage()->currentPage(), events);
        QTRY_COMPARE(events->model()->rowCount(), 1);
        auto *edit = window.findChild<QAction *>(QStringLiteral("editEventAction"));
        QVERIFY(!edit->isEnabled());
        QVERIFY(events->selectEvent(events->model()->index(0, 0).data(EventsModel::EventIdRole).value<Id>()));
        QTRY_VERIFY(edit->isEnabled());
    }

    void openingTheSampleShowsItsYearsOnTheTimeline()
    {
        // Given a new database showing the empty state
        test::TempDatabase db;
        MainWindow window(db.database());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *timeline = window.findChild<QListView *>(QStringLiteral("yearTimeline"));
        QVERIFY(timeline);
        QAbstractItemModelTester tester(timeline->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        // When the user opens the sample
        QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("emptyLoadSampleButton")), Qt::LeftButton);
        // Then its years are on the timeline, oldest first, and the fullest year is open
        QTRY_VERIFY(timeline->isVisible());
        QVERIFY(timeline->model()->rowCount() >= 2);
        for (int row = 1; row < timeline->model()->rowCount(); ++row)
            QVERIFY(timeline->model()->index(row - 1, 0).data(YearTimelineModel::YearNumberRole).toInt()
                    < timeline->model()->index(row, 0).data(YearTimelineModel::YearNumberRole).toInt());
        QVERIFY(window.currentYear() > 0);
        QVERIFY(window.yearPage()->eventsPage()->model()->rowCount() > 0);
        // A picture of the sample's events for the README, when asked for.
        if (qEnvironmentVariableIsSet("HOEGO_SAMPLE_GRAB")) {
            window.resize(1500, 940);
            window.yearPage()->showPage(window.yearPage()->eventsPage());
            EventsPage *page = window.yearPage()->eventsPage();
            page->timeline()->setCurrentIndex(page->filterModel()->index(3, 0));
            QTest::qWait(50);
            window.grab().save(qEnvironmentVariable("HOEGO_SAMPLE_GRAB"));
        }
    }

    void clickingAndAltArrowsMoveThroughTheYears()
    {
        // Given three years
        test::TempDatabase db;
        for (int number : {2022, 2023, 2024})
            QVERIFY(db.repos().years.create(number).ok());
        MainWindow window(db.database());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *timeline = window.findChild<QListView *>(QStringLiteral("yearTimeline"));
        QTRY_VERIFY(timeline->isVisible());
        QCOMPARE(window.currentYear(), yearIdOf(db, 2024)); // the newest when nothing was opened before

        // When the user clicks 2022 on the strip
        const QRect first = timeline->visualRect(timeline->model()->index(0, 0));
        QTest::mouseClick(timeline->viewport(), Qt::LeftButton, {}, first.center());
        // Then 2022 is open and its page says so
        QCOMPARE(window.currentYear(), yearIdOf(db, 2022));
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("overviewHeading"))->text(), QStringLiteral("2022"));

        // And Alt+Right / Alt+Left / Ctrl+PgDown move along the timeline
        QTest::keyClick(&window, Qt::Key_Right, Qt::AltModifier);
        QCOMPARE(window.currentYear(), yearIdOf(db, 2023));
        QTest::keyClick(&window, Qt::Key_Right, Qt::AltModifier);
        QCOMPARE(window.currentYear(), yearIdOf(db, 2024));
        QTest::keyClick(&window, Qt::Key_Right, Qt::AltModifier); // already the last: stays
        QCOMPARE(window.currentYear(), yearIdOf(db, 2024));
        QTest::keyClick(&window, Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(window.currentYear(), yearIdOf(db, 2023));
        QTest::keyClick(&window, Qt::Key_PageUp, Qt::ControlModifier);
        QCOMPARE(window.currentYear(), yearIdOf(db, 2022));
        QTest::keyClick(&window, Qt::Key_PageDown, Qt::ControlModifier);
        QCOMPARE(window.currentYear(), yearIdOf(db, 2023));
        QCOMPARE(timeline->currentIndex().data(YearTimelineModel::YearNumberRole).toInt(), 2023);
    }

    void theLastOpenedYearAndSplitterComeBackOnTheNextStart()
    {
        test::TempDatabase db;
        for (int number : {2022, 2023, 2024})
            QVERIFY(db.repos().years.create(number).ok());
        QList<int> sizes;
        {
            MainWindow window(db.database());
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.openYear(yearIdOf(db, 2022));
            window.yearPage()->showPage(window.yearPage()->eventsPage());
            auto *splitter = window.findChild<QSplitter *>(QStringLiteral("mainSplitter"));
            splitter->setSizes({260, 700});
            sizes = splitter->sizes();
            window.close();
        }
        MainWindow again(db.database());
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QCOMPARE(again.currentYear(), yearIdOf(db, 2022));
        QCOMPARE(again.yearPage()->currentPage(), again.yearPage()->eventsPage());
        QCOMPARE(again.findChild<QSplitter *>(QStringLiteral("mainSplitter"))->sizes().first(), sizes.first());
    }

    void addingAnEventToMarchShowsItAndStoresIt()
    {
        // Given the year 2023 open on its Events tab
        test::TempDatabase db;
        const Id year = *db.repos().years.create(2023);
        Id added = 0;
        {
            MainWindow window(db.database());
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            EventsPage *page = window.yearPage()->eventsPage();
            window.yearPage()->showPage(page);
            EventTimelineView *view = page->timeline();
            QAbstractItemModelTester tester(page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
            QAbstractItemModelTester filterTester(page->filterModel(),
                                                  QAbstractItemModelTester::FailureReportingMode::QtTest);
            QTRY_VERIFY(view->isVisible());

            // When the user clicks the March row and presses Ctrl+E
            QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->monthRect(3).center());
            QCOMPARE(view->selectedMonth(), 3);
            QTest::keyClick(view, Qt::Key_E, Qt::ControlModifier);
            EventEditor *editor = nullptr;
            QTRY_VERIFY((editor = window.findChild<EventEditor *>(QStringLiteral("eventEditor"))));
            QTRY_VERIFY(editor->isVisible());
            // the editor starts in March, with OK disabled until there is a title
            QCOMPARE(editor->findChild<QComboBox *>(QStringLiteral("eventMonthCombo"))->currentData().toInt(), 3);
            auto *ok = editor->findChild<QPushButton *>(QStringLiteral("eventEditorOk"));
            QVERIFY(!ok->isEnabled());
            compose(editor->findChild<QLineEdit *>(QStringLiteral("eventTitleEdit")), QStringLiteral("대학원 졸업"));
            compose(editor->findChild<QLineEdit *>(QStringLiteral("eventTagsEdit")), QStringLiteral("학교, milestone"));
            auto *precision = editor->findChild<QComboBox *>(QStringLiteral("eventPrecisionCombo"));
            precision->setCurrentIndex(2); // on a day
            editor->findChild<QSpinBox *>(QStringLiteral("eventDaySpin"))->setValue(31);
            QVERIFY(ok->isEnabled());
            QTest::mouseClick(ok, Qt::LeftButton);

            // Then the event is on the March row, selected, with its notes panel, and the strip counts it
            QTRY_VERIFY((added = eventTitled(db, year, QStringLiteral("대학원 졸업"))) > 0);
            QTRY_VERIFY(view->monthRect(3).contains(cardOf(page, added)));
            QCOMPARE(page->currentEventId(), added);
            QCOMPARE(window.findChild<QLabel *>(QStringLiteral("eventDetailsTitle"))->text(),
                     QStringLiteral("대학원 졸업"));
            auto *strip = window.findChild<QListView *>(QStringLiteral("yearTimeline"));
            QCOMPARE(strip->currentIndex().data(YearTimelineModel::EventCountRole).toInt(), 1);
            QCOMPARE(window.undoStack()->undoText(), QStringLiteral("Add Event \u201c대학원 졸업\u201d"));
        }
        // And it is in the database after reopening
        QVERIFY(db.reopen());
        auto stored = db.repos().events.get(added);
        QVERIFY(stored.ok());
        QCOMPARE(stored->date, PartialDate::ofDay(2023, 3, 31));
        QStringList tags = stored->tags;
        tags.sort();
        QCOMPARE(tags, QStringList({QStringLiteral("milestone"), QStringLiteral("학교")}));
    }

    void droppingAnEventOnMayMovesItAndTwoUndosRemoveIt()
    {
        // Given an event added to March 31st through the editor
        test::TempDatabase db;
        const Id year = *db.repos().years.create(2023);
        MainWindow window(db.database());
        EventTimelineView *view = showEventsTab(window);
        QVERIFY(view);
        EventsPage *page = window.yearPage()->eventsPage();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->monthRect(3).center());
        EventEditor *editor = page->addEvent();
        QVERIFY(editor);
        editor->findChild<QLineEdit *>(QStringLiteral("eventTitleEdit"))->setText(QStringLiteral("이사"));
        editor->findChild<QComboBox *>(QStringLiteral("eventPrecisionCombo"))->setCurrentIndex(2);
        editor->findChild<QSpinBox *>(QStringLiteral("eventDaySpin"))->setValue(31);
        QTest::mouseClick(editor->findChild<QPushButton *>(QStringLiteral("eventEditorOk")), Qt::LeftButton);
        Id moved = 0;
        QTRY_VERIFY((moved = eventTitled(db, year, QStringLiteral("이사"))) > 0);

        // When it is dropped on the May row (the drop the drag ends with)
        auto *mime = new QMimeData;
        mime->setData(EventTimelineView::mimeType(), QByteArray::number(moved));
        const QPointF may = view->monthRect(5).center();
        QDragEnterEvent enter(may.toPoint(), Qt::MoveAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(view->viewport(), &enter);
        QDropEvent drop(may, Qt::MoveAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(view->viewport(), &drop);
        delete mime;

        // Then it is in May, on the last day May has of the 31st (the 31st), and shown there
        QCOMPARE(db.repos().events.get(moved)->date, PartialDate::ofDay(2023, 5, 31));
        QTRY_VERIFY(view->monthRect(5).contains(cardOf(page, moved)));
        QCOMPARE(window.undoStack()->undoText(), QStringLiteral("Move Event to May"));

        // And moving to February clamps the day
        QVERIFY(page->moveEventToMonth(moved, 2));
        QCOMPARE(db.repos().events.get(moved)->date, PartialDate::ofDay(2023, 2, 28));
        window.undoStack()->undo();
        QCOMPARE(db.repos().events.get(moved)->date, PartialDate::ofDay(2023, 5, 31));

        // When the user presses Ctrl+Z twice
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(db.repos().events.get(moved)->date, PartialDate::ofDay(2023, 3, 31));
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
        // Then the event is gone from the database and from the timeline
        QVERIFY(!db.repos().events.get(moved).ok());
        QCOMPARE(page->model()->rowCount(), 0);
        QVERIFY(!cardOf(page, moved).isValid());
        // And Ctrl+Shift+Z brings it back
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(db.repos().events.get(moved)->date, PartialDate::ofDay(2023, 3, 31));
        QTRY_VERIFY(cardOf(page, moved).isValid());
    }

    void undoingAnEditOfAnotherYearOpensThatYear()
    {
        test::TempDatabase db;
        const Id older = *db.repos().years.create(2022);
        const Id newer = *db.repos().years.create(2023);
        MainWindow window(db.database());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openYear(older);
        EventsPage *page = window.yearPage()->eventsPage();
        QCOMPARE(page->addEventsFromLines(QStringLiteral("퇴사")), 1);
        window.openYear(newer);
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(window.currentYear(), older);
        QCOMPARE(db.repos().events.forYear(older)->size(), 0);
    }

    void theEditorRefusesAnEmptyTitleAndAnImpossibleDate()
    {
        test::TempDatabase db;
        const Id year = *db.repos().years.create(2023);
        Event event;
        event.yearId = year;
        event.date = PartialDate::ofMonth(2023, 2);
        EventEditor editor({}, event);
        editor.show();
        auto *ok = editor.findChild<QPushButton *>(QStringLiteral("eventEditorOk"));
        auto *title = editor.findChild<QLineEdit *>(QStringLiteral("eventTitleEdit"));
        auto *message = editor.findChild<QLabel *>(QStringLiteral("eventEditorMessage"));
        QTest::keyClicks(title, QStringLiteral("   "));
        QVERIFY(!ok->isEnabled());
        QVERIFY(message->isVisible());
        QVERIFY(!message->text().isEmpty());
        title->clear();
        compose(title, QStringLiteral("스키"));
        QVERIFY(ok->isEnabled());
        editor.findChild<QComboBox *>(QStringLiteral("eventPrecisionCombo"))->setCurrentIndex(2);
        editor.findChild<QSpinBox *>(QStringLiteral("eventDaySpin"))->setValue(30);
        QVERIFY(!ok->isEnabled());
        QVERIFY(message->text().contains(QStringLiteral("30")));
        editor.findChild<QSpinBox *>(QStringLiteral("eventDaySpin"))->setValue(28);
        QVERIFY(ok->isEnabled());
        QCOMPARE(editor.editedEvent().date, PartialDate::ofDay(2023, 2, 28));
    }

    void pastingLinesAddsOneEventPerLineAsOneUndoStep()
    {
        test::TempDatabase db;
        const Id year = *db.repos().years.create(2023);
        MainWindow window(db.database());
        EventTimelineView *view = showEventsTab(window);
        QVERIFY(view);
        EventsPage *page = window.yearPage()->eventsPage();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->monthRect(4).center());
        QGuiApplication::clipboard()->setText(QStringLiteral("- 벚꽃 구경\n* 논문 제출\n\n3. 첫 마라톤\n"));
        QTest::keyClick(view, Qt::Key_V, Qt::ControlModifier);
        const QList<Event> events = *db.repos().events.forYear(year);
        QCOMPARE(events.size(), 3);
        QCOMPARE(events.at(0).title, QStringLiteral("벚꽃 구경"));
        QCOMPARE(events.at(2).title, QStringLiteral("첫 마라톤"));
        for (const Event &event : events)
            QCOMPARE(event.date, PartialDate::ofMonth(2023, 4));
        QCOMPARE(page->model()->rowCount(), 3);
        QCOMPARE(window.undoStack()->count(), 1);
        window.undoStack()->undo();
        QCOMPARE(db.repos().events.forYear(year)->size(), 0);
    }

    void deleteKeyRemovesTheSelectedEventUndoably()
    {
        test::TempDatabase db;
        const Id year = *db.repos().years.create(2023);
        Event event;
        event.yearId = year;
        event.title = QStringLiteral("Conference talk");
        event.date = PartialDate::ofDay(2023, 6, 9);
        event.notes = QStringLiteral("Slides: **attention** is all");
        const Id id = *db.repos().events.create(event);
        MainWindow window(db.database());
        EventTimelineView *view = showEventsTab(window);
        QVERIFY(view);
        EventsPage *page = window.yearPage()->eventsPage();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cardOf(page, id).center());
        QCOMPARE(page->currentEventId(), id);
        // The notes are rendered from Markdown beside the timeline
        auto *notes = window.findChild<QTextBrowser *>(QStringLiteral("eventNotesView"));
        QVERIFY(notes->toPlainText().contains(QStringLiteral("attention")));
        QVERIFY(!notes->toPlainText().contains(QStringLiteral("**")));
        QTest::keyClick(view, Qt::Key_Delete);
        QVERIFY(!db.repos().events.get(id).ok());
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(db.repos().events.get(id).ok());
        QCOMPARE(db.repos().events.get(id)->notes, event.notes);
    }

    void theContextMenuMovesAnEventToAnotherMonth()
    {
        test::TempDatabase db;
        const Id year = *db.repos().years.create(2023);
        Event event;
        event.yearId = year;
        event.title = QStringLiteral("첫 논문");
        event.date = PartialDate::ofDay(2023, 1, 31);
        const Id id = *db.repos().events.create(event);
        MainWindow window(db.database());
        window.resize(1180, 780); // wider than the test screen, so that the card at the month's end is in view
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        EventsPage *page = window.yearPage()->eventsPage();
        window.yearPage()->showPage(page);
        QTRY_VERIFY(page->timeline()->isVisible());
        const QPoint where = cardOf(page, id).center();
        QTest::mouseClick(page->timeline()->viewport(), Qt::LeftButton, {}, where);
        QContextMenuEvent right(QContextMenuEvent::Mouse, where, page->timeline()->viewport()->mapToGlobal(where));
        QApplication::sendEvent(page->timeline()->viewport(), &right);
        QMenu *menu = nullptr;
        QTRY_VERIFY((menu = window.findChild<QMenu *>(QStringLiteral("eventContextMenu"))));
        QAction *april = nullptr;
        for (QAction *action : menu->findChildren<QAction *>()) {
            if (action->text() == QLocale().standaloneMonthName(4))
                april = action;
        }
        QVERIFY(april);
        april->trigger();
        QCOMPARE(db.repos().events.get(id)->date, PartialDate::ofDay(2023, 4, 30));
        menu->close();
    }

    void filtersByAreaAndTagNarrowTheTimeline()
    {
        test::TempDatabase db;
        const Id year = *db.repos().years.create(2023);
        const QList<Area> areas = *db.repos().areas.all();
        QVERIFY(areas.size() >= 2);
        Event work;
        work.yearId = year;
        work.title = QStringLiteral("Shipped the model");
        work.date = PartialDate::ofMonth(2023, 5);
        work.areaId = areas.at(1).id;
        work.tags = {QStringLiteral("ml")};
        QVERIFY(db.repos().events.create(work).ok());
        Event life = work;
        life.title = QStringLiteral("가족 여행");
        life.areaId = areas.at(0).id;
        life.tags = {QStringLiteral("여행")};
        QVERIFY(db.repos().events.create(life).ok());
        MainWindow window(db.database());
        window.show();
        EventsPage *page = window.yearPage()->eventsPage();
        QAbstractItemModelTester tester(page->filterModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto *area = window.findChild<QComboBox *>(QStringLiteral("eventAreaFilter"));
        auto *tag = window.findChild<QComboBox *>(QStringLiteral("eventTagFilter"));
        QCOMPARE(page->filterModel()->rowCount(), 2);
        area->setCurrentIndex(area->findData(areas.at(1).id));
        emit area->activated(area->currentIndex());
        QCOMPARE(page->filterModel()->rowCount(), 1);
        QCOMPARE(page->filterModel()->index(0, 0).data().toString(), QStringLiteral("Shipped the model"));
        area->setCurrentIndex(0);
        emit area->activated(0);
        tag->setCurrentIndex(tag->findData(QStringLiteral("여행")));
        emit tag->activated(tag->currentIndex());
        QCOMPARE(page->filterModel()->rowCount(), 1);
        QCOMPARE(page->filterModel()->index(0, 0).data().toString(), QStringLiteral("가족 여행"));
    }

    void editingTheOverviewStoresAndUndoes()
    {
        test::TempDatabase db;
        const Id year = *db.repos().years.create(2023);
        MainWindow window(db.database());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *title = window.findChild<QLineEdit *>(QStringLiteral("yearTitleEdit"));
        QTRY_VERIFY(title->isVisible());
        title->setFocus();
        compose(title, QStringLiteral("전환의 해"));
        QTest::keyClick(title, Qt::Key_Return);
        QCOMPARE(db.repos().years.get(year)->title, QStringLiteral("전환의 해"));
        // The year list shows the new title
        auto *list = window.findChild<QTreeView *>(QStringLiteral("yearList"));
        QCOMPARE(list->model()->index(0, 1).data().toString(), QStringLiteral("전환의 해"));

        auto *note = window.findChild<QPlainTextEdit *>(QStringLiteral("closingNoteEdit"));
        note->setFocus();
        compose(note, QStringLiteral("고마웠다"));
        title->setFocus(); // leaving the note stores it
        QTRY_COMPARE(db.repos().years.get(year)->closingNote, QStringLiteral("고마웠다"));
        QCOMPARE(window.undoStack()->count(), 2);
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(db.repos().years.get(year)->closingNote, QString());
        QCOMPARE(note->toPlainText(), QString());
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(db.repos().years.get(year)->title, QString());
        QCOMPARE(title->text(), QString());
    }

    void longKoreanTextRendersOnEveryPart()
    {
        test::TempDatabase db;
        const Id year = *db.repos().years.create(2023, QStringLiteral("길고 긴 한 해의 제목"));
        QString longTitle;
        while (longTitle.size() < 480)
            longTitle += QStringLiteral("한국어 제목이 아주 길게 이어지는 사건 ");
        Event event;
        event.yearId = year;
        event.title = longTitle.left(480);
        event.date = PartialDate::ofDay(2023, 12, 31);
        event.notes = QStringLiteral("# 회고\n\n") + longTitle.repeated(20);
        event.tags = {QStringLiteral("아주긴태그이름입니다"), QStringLiteral("둘째")};
        const Id id = *db.repos().events.create(event);
        MainWindow window(db.database());
        window.resize(700, 500); // narrow: cards and labels must elide and wrap, not overflow
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.yearPage()->showItem(QStringLiteral("event"), id));
        EventsPage *page = window.yearPage()->eventsPage();
        QTRY_VERIFY(page->timeline()->isVisible());
        QVERIFY(cardOf(page, id).isValid());
        QVERIFY(cardOf(page, id).width() <= page->timeline()->viewport()->width());
        const QImage image = window.grab().toImage();
        QVERIFY(!image.isNull());
        auto *detailsTitle = window.findChild<QLabel *>(QStringLiteral("eventDetailsTitle"));
        QVERIFY(detailsTitle->wordWrap());
        QCOMPARE(detailsTitle->text(), event.title);
        QVERIFY(window.findChild<QTextBrowser *>(QStringLiteral("eventNotesView"))
                        ->toPlainText()
                        .startsWith(QStringLiteral("회고")));
        if (qEnvironmentVariableIsSet("HOEGO_TEST_GRAB"))
            image.save(qEnvironmentVariable("HOEGO_TEST_GRAB"));
    }
};

QTEST_MAIN(TestYearView)
#include "tst_yearview.moc"
