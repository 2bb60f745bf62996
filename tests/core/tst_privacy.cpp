// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "tempdatabase.h"

#include "storage/changefeed.h"
#include "storage/privacy.h"
#include "storage/yearsnapshot.h"

#include <QSignalSpy>
#include <QTest>

using namespace hoego;

namespace {

template<typename T>
T valueOf(Result<T> result)
{
    if (!result.ok())
        qFatal("%s", qPrintable(result.error().message));
    return std::move(result).value();
}

// One item of every kind that can be private, in 2023.
struct Items
{
    Id year = 0, event = 0, section = 0, lesson = 0, unfinished = 0, goal = 0, theme = 0, answer = 0, output = 0,
       area = 0;
};

Items makeItems(test::TempDatabase &db)
{
    Repositories &r = db.repos();
    Items items;
    items.year = valueOf(r.years.create(2023));
    items.area = valueOf(r.areas.create(QStringLiteral("건강"), QColor(0xF2, 0xCC, 0x8F)));
    Event event;
    event.yearId = items.year;
    event.title = QStringLiteral("건강검진");
    event.date = PartialDate::ofMonth(2023, 5);
    items.event = valueOf(r.events.create(event));
    items.section = valueOf(r.sections.create(items.year, QStringLiteral("가족"), QStringLiteral("...")));
    Lesson lesson;
    lesson.yearId = items.year;
    lesson.text = QStringLiteral("쉬는 것도 일이다");
    items.lesson = valueOf(r.lessons.create(lesson));
    UnfinishedItem unfinished;
    unfinished.yearId = items.year;
    unfinished.text = QStringLiteral("이직 준비");
    items.unfinished = valueOf(r.unfinished.create(unfinished));
    Goal goal;
    goal.yearId = items.year;
    goal.title = QStringLiteral("연봉 협상");
    items.goal = valueOf(r.goals.create(goal));
    items.theme
            = valueOf(r.themes.addToYearByName(QStringLiteral("명상"), 0, items.year, ThemeState::Trial, {})).entryId;
    items.answer = valueOf(r.questions.addToYear(Question{0, QStringLiteral("무엇이 힘들었나?"), {}}, items.year,
                                                 QStringLiteral("...")))
                           .answerId;
    Output output;
    output.yearId = items.year;
    output.kind = QStringLiteral("post");
    output.title = QStringLiteral("비공개 메모");
    output.date = PartialDate::ofYear(2023);
    items.output = valueOf(r.outputs.create(output));
    return items;
}

// Whether each item reads back private through its own repository.
QList<bool> readMarks(test::TempDatabase &db, const Items &items)
{
    Repositories &r = db.repos();
    bool area = false;
    for (const Area &a : valueOf(r.areas.all())) {
        if (a.id == items.area)
            area = a.isPrivate;
    }
    return {valueOf(r.events.get(items.event)).isPrivate,
            valueOf(r.sections.get(items.section)).isPrivate,
            valueOf(r.lessons.get(items.lesson)).isPrivate,
            valueOf(r.unfinished.get(items.unfinished)).isPrivate,
            valueOf(r.goals.get(items.goal)).isPrivate,
            valueOf(r.themes.entry(items.theme)).isPrivate,
            valueOf(r.questions.answer(items.answer)).isPrivate,
            valueOf(r.outputs.get(items.output)).isPrivate,
            area};
}

const QList<PrivateKind> kKinds{PrivateKind::Event,      PrivateKind::Section, PrivateKind::Lesson,
                                PrivateKind::Unfinished, PrivateKind::Goal,    PrivateKind::Theme,
                                PrivateKind::Answer,     PrivateKind::Output,  PrivateKind::Area};

Id idOf(const Items &items, PrivateKind kind)
{
    switch (kind) {
    case PrivateKind::Event:
        return items.event;
    case PrivateKind::Section:
        return items.section;
    case PrivateKind::Lesson:
        return items.lesson;
    case PrivateKind::Unfinished:
        return items.unfinished;
    case PrivateKind::Goal:
        return items.goal;
    case PrivateKind::Theme:
        return items.theme;
    case PrivateKind::Answer:
        return items.answer;
    case PrivateKind::Output:
        return items.output;
    case PrivateKind::Area:
        return items.area;
    }
    return 0;
}

} // namespace

// Private items (issue 14): one mark per row, kept by every repository and announced like any write.
class TestPrivacy : public QObject
{
    Q_OBJECT

private slots:
    void newItemsArePublic()
    {
        test::TempDatabase db;
        const Items items = makeItems(db);
        QCOMPARE(readMarks(db, items), QList<bool>(kKinds.size(), false));
    }

    void everyKindCanBeMarkedPrivateAndStaysSoAfterReopening()
    {
        // Given one item of every kind
        test::TempDatabase db;
        const Items items = makeItems(db);
        // When each is marked private
        for (PrivateKind kind : kKinds)
            QVERIFY(privacy::setPrivate(db.connection(), kind, idOf(items, kind), true).ok());
        // Then every repository reads the mark, also from the file
        QCOMPARE(readMarks(db, items), QList<bool>(kKinds.size(), true));
        QVERIFY(db.reopen());
        QCOMPARE(readMarks(db, items), QList<bool>(kKinds.size(), true));
        for (PrivateKind kind : kKinds)
            QCOMPARE(valueOf(privacy::isPrivate(db.connection(), kind, idOf(items, kind))), true);
        // and unmarking makes them public again
        for (PrivateKind kind : kKinds)
            QVERIFY(privacy::setPrivate(db.connection(), kind, idOf(items, kind), false).ok());
        QCOMPARE(readMarks(db, items), QList<bool>(kKinds.size(), false));
    }

    void markingAMissingItemIsRefused()
    {
        test::TempDatabase db;
        const Status marked = privacy::setPrivate(db.connection(), PrivateKind::Event, 4242, true);
        QVERIFY(!marked.ok());
        QCOMPARE(marked.error().code, Error::Code::NotFound);
    }

    void theSchemaRefusesAMarkOtherThanZeroOrOne()
    {
        test::TempDatabase db;
        const Items items = makeItems(db);
        QVERIFY(!db.rawExec(QStringLiteral("UPDATE event SET private = 2 WHERE id = %1").arg(items.event)).ok());
        QVERIFY(!db.rawExec(QStringLiteral("UPDATE area SET private = NULL WHERE id = %1").arg(items.area)).ok());
    }

    void aMarkIsAnnouncedOnTheChangeFeed()
    {
        test::TempDatabase db;
        const Items items = makeItems(db);
        QSignalSpy changed(ChangeFeed::instance(), &ChangeFeed::changed);
        QVERIFY(privacy::setPrivate(db.connection(), PrivateKind::Goal, items.goal, true).ok());
        ChangeFeed::deliverPendingOf(db.connection()); // a server announces through its connection; SQLite already did
        QCOMPARE(changed.size(), 1);
        const auto changes = changed.first().first().value<ChangeSet>();
        QVERIFY(changes.ids(Stored::Goal).contains(items.goal));
    }

    void aDeletedYearComesBackWithItsMarks()
    {
        // Given a year whose items are all private
        test::TempDatabase db;
        const Items items = makeItems(db);
        for (PrivateKind kind : kKinds)
            QVERIFY(privacy::setPrivate(db.connection(), kind, idOf(items, kind), true).ok());
        // When the year is deleted and restored from its snapshot (undo)
        const YearSnapshot snapshot = valueOf(snapshotYear(db.repos(), items.year));
        QVERIFY(db.repos().years.remove(items.year).ok());
        QVERIFY(restoreYear(db.connection(), snapshot).ok());
        // Then the items are private still
        QCOMPARE(readMarks(db, items), QList<bool>(kKinds.size(), true));
    }
};

QTEST_GUILESS_MAIN(TestPrivacy)
#include "tst_privacy.moc"
