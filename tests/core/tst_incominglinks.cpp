// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "tempdatabase.h"

#include <QTest>

using namespace hoego;

// Deleting an event or a goal clears the links that pointed at it (ON DELETE SET NULL). Undo reads them first
// and restores them with the item, so an undone delete leaves every link as it was.
class TestIncomingLinks : public QObject
{
    Q_OBJECT

private:
    static Id addLesson(test::TempDatabase &db, Id yearId, const QString &text, Id eventId)
    {
        Lesson lesson;
        lesson.yearId = yearId;
        lesson.text = text;
        lesson.eventId = eventId;
        auto created = db.repos().lessons.create(lesson);
        return created.ok() ? *created : 0;
    }

private slots:
    void anEventComesBackWithTheLessonsOfAnyYearLinkedToIt()
    {
        // Given an event of 2024 with a lesson of 2024 and one of 2025 pointing at it, and a lesson elsewhere
        test::TempDatabase db;
        const Id y2024 = *db.repos().years.create(2024);
        const Id y2025 = *db.repos().years.create(2025);
        Event event;
        event.yearId = y2024;
        event.title = QStringLiteral("첫 발표");
        event.date = PartialDate::ofMonth(2024, 5);
        const Id eventId = *db.repos().events.create(event);
        const Id same = addLesson(db, y2024, QStringLiteral("연습은 세 번"), eventId);
        const Id later = addLesson(db, y2025, QStringLiteral("다시 보니 짧게"), eventId);
        const Id other = addLesson(db, y2025, QStringLiteral("따로"), 0);

        // When its links are read and it is deleted
        auto links = db.repos().events.incomingLinks(eventId);
        QVERIFY(links.ok());
        QCOMPARE(links->lessons, (QList<Id>{same, later}));
        const Event stored = *db.repos().events.get(eventId);
        QVERIFY(db.repos().events.remove(eventId).ok());
        QCOMPARE(db.repos().lessons.get(same)->eventId, 0);

        // Then restoring it with them links both lessons again and leaves the other alone
        QVERIFY(db.repos().events.restore(stored, *links).ok());
        QCOMPARE(db.repos().lessons.get(same)->eventId, eventId);
        QCOMPARE(db.repos().lessons.get(later)->eventId, eventId);
        QCOMPARE(db.repos().lessons.get(other)->eventId, 0);
    }

    void aLessonLinkedElsewhereMeanwhileKeepsItsNewLink()
    {
        test::TempDatabase db;
        const Id year = *db.repos().years.create(2024);
        Event event;
        event.yearId = year;
        event.title = QStringLiteral("a");
        event.date = PartialDate::ofYear(2024);
        const Id first = *db.repos().events.create(event);
        const Id second = *db.repos().events.create(event);
        const Id lesson = addLesson(db, year, QStringLiteral("l"), first);
        const auto links = *db.repos().events.incomingLinks(first);
        const Event stored = *db.repos().events.get(first);
        QVERIFY(db.repos().events.remove(first).ok());
        QVERIFY(db.repos().lessons.setLinks(lesson, second, 0).ok());
        QVERIFY(db.repos().events.restore(stored, links).ok());
        QCOMPARE(db.repos().lessons.get(lesson)->eventId, second);
    }

    void aGoalComesBackWithItsUnfinishedItemsAndTheGoalsCarriedFromIt()
    {
        // Given a goal of 2024 carried into 2025, and an unfinished item of 2024 pointing at it
        test::TempDatabase db;
        const Id y2024 = *db.repos().years.create(2024);
        QVERIFY(db.repos().years.create(2025).ok());
        Goal goal;
        goal.yearId = y2024;
        goal.title = QStringLiteral("책 원고");
        const Id goalId = *db.repos().goals.create(goal);
        auto carried = db.repos().goals.carryOver(goalId, 2025);
        QVERIFY(carried.ok());
        UnfinishedItem item;
        item.yearId = y2024;
        item.text = QStringLiteral("3장이 남았다");
        item.goalId = goalId;
        const Id itemId = *db.repos().unfinished.create(item);

        // When it is deleted and restored with its links
        auto links = db.repos().goals.incomingLinks(goalId);
        QVERIFY(links.ok());
        QCOMPARE(links->unfinished, QList<Id>{itemId});
        QCOMPARE(links->carriedGoals.size(), 1);
        const Id carriedId = links->carriedGoals.first();
        const Goal stored = *db.repos().goals.get(goalId);
        QVERIFY(db.repos().goals.remove(goalId).ok());
        QCOMPARE(db.repos().goals.get(carriedId)->carriedFromId, 0);
        QVERIFY(db.repos().goals.restore(stored, *links).ok());

        // Then both point at it again
        QCOMPARE(db.repos().unfinished.get(itemId)->goalId, goalId);
        QCOMPARE(db.repos().goals.get(carriedId)->carriedFromId, goalId);
    }

    void deletedGoalsEventsAndAreasComeBackWithTheirThemes()
    {
        // Given a theme in an area, linked to a goal and an event
        test::TempDatabase db;
        const Id year = *db.repos().years.create(2024);
        const Id area = *db.repos().areas.create(QStringLiteral("연구"), QColor(0x33, 0x66, 0x99));
        const Id theme = *db.repos().themes.create({0, QStringLiteral("Vector DB"), area, {}});
        Goal goal;
        goal.yearId = year;
        goal.title = QStringLiteral("Vector DB 공부하기");
        const Id goalId = *db.repos().goals.create(goal);
        Event event;
        event.yearId = year;
        event.title = QStringLiteral("pgvector 도입");
        event.date = PartialDate::ofYear(2024);
        const Id eventId = *db.repos().events.create(event);
        QVERIFY(db.repos().themes.link({0, theme, ThemeLinkTarget::Goal, goalId}).ok());
        QVERIFY(db.repos().themes.link({0, theme, ThemeLinkTarget::Event, eventId}).ok());

        // When each is deleted and restored with what pointed at it
        const auto goalLinks = *db.repos().goals.incomingLinks(goalId);
        const Goal storedGoal = *db.repos().goals.get(goalId);
        QVERIFY(db.repos().goals.remove(goalId).ok());
        QVERIFY(db.repos().goals.restore(storedGoal, goalLinks).ok());
        const auto eventLinks = *db.repos().events.incomingLinks(eventId);
        const Event storedEvent = *db.repos().events.get(eventId);
        QVERIFY(db.repos().events.remove(eventId).ok());
        QVERIFY(db.repos().events.restore(storedEvent, eventLinks).ok());
        const auto areaLinks = *db.repos().areas.incomingLinks(area);
        const Area storedArea = db.repos().areas.all()->last();
        QVERIFY(db.repos().areas.remove(area).ok());
        QCOMPARE(db.repos().themes.get(theme)->areaId, Id(0));
        QVERIFY(db.repos().areas.restore(storedArea, areaLinks).ok());

        // Then the theme is linked to both again and in its area
        QCOMPARE(db.repos().themes.linksOf(theme)->size(), 2);
        QCOMPARE(db.repos().themes.linksTo(ThemeLinkTarget::Goal, goalId)->size(), 1);
        QCOMPARE(db.repos().themes.linksTo(ThemeLinkTarget::Event, eventId)->size(), 1);
        QCOMPARE(db.repos().themes.get(theme)->areaId, area);
    }
};

QTEST_GUILESS_MAIN(TestIncomingLinks)
#include "tst_incominglinks.moc"
