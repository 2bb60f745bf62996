// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "goals/goalcommands.h"
#include "tempdatabase.h"
#include "undo/eventcommands.h"
#include "undo/storedcommand.h"
#include "undo/yearcommands.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace hoego;

class TestUndo : public QObject
{
    Q_OBJECT

private slots:
    void addingAnEventIsUndoneAndRedoneUnderTheSameId()
    {
        // Given a year
        test::TempDatabase db;
        const Id year = *db.repos().years.create(2023);
        QUndoStack stack;
        Event event;
        event.yearId = year;
        event.title = QStringLiteral("  첫 출근  ");
        event.date = PartialDate::ofDay(2023, 3, 2);
        event.tags = {QStringLiteral("#일"), QStringLiteral("work")};
        // When it is added, undone and redone
        auto *add = new AddEventCommand(db.repos().events, event);
        QVERIFY(pushStored(&stack, add).ok());
        const Id id = add->eventId();
        QVERIFY(id > 0);
        QCOMPARE(stack.undoText(), QStringLiteral("Add Event \u201c첫 출근\u201d"));
        stack.undo();
        QVERIFY(!db.repos().events.get(id).ok());
        stack.redo();
        // Then the same row is back, trimmed and with its tags
        QVERIFY(db.reopen());
        auto stored = db.repos().events.get(id);
        QVERIFY(stored.ok());
        QCOMPARE(stored->title, QStringLiteral("첫 출근"));
        QStringList tags = stored->tags;
        tags.sort();
        QCOMPARE(tags, QStringList({QStringLiteral("work"), QStringLiteral("일")}));
    }

    void aFailedWriteLeavesNothingOnTheStackAndIsAnnounced()
    {
        // Given an event whose date is not in its year (the core refuses it)
        test::TempDatabase db;
        const Id year = *db.repos().years.create(2023);
        QUndoStack stack;
        QSignalSpy failures(CommandFailures::instance(), &CommandFailures::failed);
        Event event;
        event.yearId = year;
        event.title = QStringLiteral("Wrong year");
        event.date = PartialDate::ofYear(2024);
        // When it is pushed
        const Status status = pushStored(&stack, new AddEventCommand(db.repos().events, event));
        // Then the stack has no entry, the error is reported, and nothing was written
        QVERIFY(!status.ok());
        QCOMPARE(stack.count(), 0);
        QVERIFY(!stack.canUndo());
        QCOMPARE(failures.count(), 1);
        QVERIFY(!failures.first().at(1).toString().isEmpty());
        QCOMPARE(db.repos().events.forYear(year)->size(), 0);
    }

    void anUndoThatCannotWriteDropsTheCommand()
    {
        // Given an added event that something else removed meanwhile
        test::TempDatabase db;
        const Id year = *db.repos().years.create(2023);
        QUndoStack stack;
        Event event;
        event.yearId = year;
        event.title = QStringLiteral("Gone");
        event.date = PartialDate::ofYear(2023);
        auto *add = new AddEventCommand(db.repos().events, event);
        QVERIFY(pushStored(&stack, add).ok());
        QVERIFY(db.repos().events.remove(add->eventId()).ok());
        QSignalSpy failures(CommandFailures::instance(), &CommandFailures::failed);
        // When the add is undone
        stack.undo();
        // Then the failure is reported and the command is gone instead of lingering as a redo
        QCOMPARE(failures.count(), 1);
        QCOMPARE(stack.count(), 0);
        QVERIFY(!stack.canRedo());
    }

    void movingToAMonthKeepsTheDayOrClampsIt()
    {
        QCOMPARE(MoveEventToMonthCommand::movedToMonth(PartialDate::ofDay(2023, 3, 14), 5),
                 PartialDate::ofDay(2023, 5, 14));
        QCOMPARE(MoveEventToMonthCommand::movedToMonth(PartialDate::ofDay(2023, 3, 31), 2),
                 PartialDate::ofDay(2023, 2, 28));
        QCOMPARE(MoveEventToMonthCommand::movedToMonth(PartialDate::ofDay(2024, 3, 31), 2),
                 PartialDate::ofDay(2024, 2, 29));
        QCOMPARE(MoveEventToMonthCommand::movedToMonth(PartialDate::ofMonth(2023, 3), 9),
                 PartialDate::ofMonth(2023, 9));
        QCOMPARE(MoveEventToMonthCommand::movedToMonth(PartialDate::ofYear(2023), 1), PartialDate::ofMonth(2023, 1));
    }

    void deletingAnEventIsUndoneWithItsTagsAndPlace()
    {
        test::TempDatabase db;
        const Id year = *db.repos().years.create(2023);
        Event first;
        first.yearId = year;
        first.title = QStringLiteral("하나");
        first.date = PartialDate::ofMonth(2023, 4);
        first.tags = {QStringLiteral("가족")};
        first.notes = QStringLiteral("**굵게**");
        const Id firstId = *db.repos().events.create(first);
        Event second = first;
        second.title = QStringLiteral("둘");
        const Id secondId = *db.repos().events.create(second);
        QUndoStack stack;
        QVERIFY(pushStored(&stack, new DeleteEventCommand(db.repos().events, *db.repos().events.get(firstId))).ok());
        QCOMPARE(db.repos().events.forYear(year)->size(), 1);
        stack.undo();
        QVERIFY(db.reopen());
        const QList<Event> events = *db.repos().events.forYear(year);
        QCOMPARE(events.size(), 2);
        QCOMPARE(events.at(0).id, firstId);
        QCOMPARE(events.at(1).id, secondId);
        QCOMPARE(events.at(0).tags, QStringList{QStringLiteral("가족")});
        QCOMPARE(events.at(0).notes, QStringLiteral("**굵게**"));
    }

    void undoingAnEventDeleteLinksItsLessonsAgain()
    {
        test::TempDatabase db;
        const Id year = *db.repos().years.create(2023);
        Event event;
        event.yearId = year;
        event.title = QStringLiteral("이사");
        event.date = PartialDate::ofMonth(2023, 9);
        const Id eventId = *db.repos().events.create(event);
        Lesson lesson;
        lesson.yearId = year;
        lesson.text = QStringLiteral("짐은 반으로");
        lesson.eventId = eventId;
        const Id lessonId = *db.repos().lessons.create(lesson);
        QUndoStack stack;
        QVERIFY(pushStored(&stack, new DeleteEventCommand(db.repos().events, *db.repos().events.get(eventId))).ok());
        QCOMPARE(db.repos().lessons.get(lessonId)->eventId, 0);
        stack.undo();
        QCOMPARE(db.repos().lessons.get(lessonId)->eventId, eventId);
        stack.redo();
        QCOMPARE(db.repos().lessons.get(lessonId)->eventId, 0);
        stack.undo();
        QCOMPARE(db.repos().lessons.get(lessonId)->eventId, eventId);
    }

    void undoingAGoalDeleteLinksItsUnfinishedItemsAgain()
    {
        test::TempDatabase db;
        const Id year = *db.repos().years.create(2023);
        Goal goal;
        goal.yearId = year;
        goal.title = QStringLiteral("논문 한 편");
        const Id goalId = *db.repos().goals.create(goal);
        UnfinishedItem item;
        item.yearId = year;
        item.text = QStringLiteral("실험 두 개 남음");
        item.goalId = goalId;
        const Id itemId = *db.repos().unfinished.create(item);
        QUndoStack stack;
        QVERIFY(pushStored(&stack, new RemoveGoalCommand(db.repos(), goalId)).ok());
        QCOMPARE(db.repos().unfinished.get(itemId)->goalId, 0);
        stack.undo();
        QCOMPARE(db.repos().unfinished.get(itemId)->goalId, goalId);
    }

    void typingTheClosingNoteMergesIntoOneUndoStep()
    {
        // Given a year with a closing note written in three idle saves
        test::TempDatabase db;
        const Id year = *db.repos().years.create(2023);
        QUndoStack stack;
        using Field = YearField;
        QVERIFY(pushStored(&stack,
                           editYearField(db.repos().years, year, Field::ClosingNote, {}, QStringLiteral("고마운")))
                        .ok());
        QVERIFY(pushStored(&stack,
                           editYearField(db.repos().years, year, Field::ClosingNote, QStringLiteral("고마운"),
                                         QStringLiteral("고마운 한 해")))
                        .ok());
        QVERIFY(pushStored(&stack, editYearField(db.repos().years, year, Field::Title, {}, QStringLiteral("전환점")))
                        .ok());
        // Then there are two steps (the note and the title), and undoing both restores the empty year
        QCOMPARE(stack.count(), 2);
        QCOMPARE(db.repos().years.get(year)->closingNote, QStringLiteral("고마운 한 해"));
        stack.undo();
        QCOMPARE(db.repos().years.get(year)->title, QString());
        stack.undo();
        QVERIFY(db.reopen());
        QCOMPARE(db.repos().years.get(year)->closingNote, QString());
    }

    void typingTheNoteBackToWhereItStartedLeavesNoStep()
    {
        test::TempDatabase db;
        const Id year = *db.repos().years.create(2023);
        QUndoStack stack;
        using Field = YearField;
        QVERIFY(pushStored(&stack, editYearField(db.repos().years, year, Field::ClosingNote, {}, QStringLiteral("x")))
                        .ok());
        QVERIFY(pushStored(&stack, editYearField(db.repos().years, year, Field::ClosingNote, QStringLiteral("x"), {}))
                        .ok());
        QCOMPARE(stack.count(), 0);
        QCOMPARE(db.repos().years.get(year)->closingNote, QString());
    }
};

QTEST_MAIN(TestUndo)
#include "tst_undo.moc"
