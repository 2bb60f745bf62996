// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "tempdatabase.h"

#include "areas/areasdialog.h"
#include "areas/areasmodel.h"
#include "events/eventsmodel.h"
#include "events/eventspage.h"
#include "goals/goalspage.h"

#include <QAction>
#include <QListView>
#include <QPushButton>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace hoego;

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
        EventsPage page(db.repos(), &undo);
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

    void aGoalIsMarkedPrivateFromItsMenuAction()
    {
        test::TempDatabase db;
        const Id year = *db.repos().years.create(2023);
        Goal goal;
        goal.yearId = year;
        goal.title = QStringLiteral("연봉 협상");
        const Id goalId = *db.repos().goals.create(goal);
        QUndoStack undo;
        GoalsPage page(db.repos(), &undo);
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
};

QTEST_MAIN(TestPrivateMarking)
#include "tst_privatemarking.moc"
