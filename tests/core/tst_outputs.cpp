// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "tempdatabase.h"

#include "model/outputkinds.h"
#include "search/searchservice.h"
#include "storage/changefeed.h"
#include "storage/yearsnapshot.h"

#include <QSignalSpy>
#include <QTest>

using namespace hoego;

namespace {

template<typename T>
const T &valueOf(const Result<T> &result)
{
    if (!result.ok())
        qFatal("%s", qPrintable(result.error().message));
    return result.value();
}

Output post(Id yearId, int year, const QString &title, int month = 0)
{
    Output output;
    output.yearId = yearId;
    output.kind = QStringLiteral("post");
    output.title = title;
    output.date = month > 0 ? PartialDate::ofMonth(year, month) : PartialDate::ofYear(year);
    return output;
}

// "Write 3 posts", counted from its evidence.
Id postsGoal(test::TempDatabase &db, Id yearId, int target = 3)
{
    Goal goal;
    goal.yearId = yearId;
    goal.title = QStringLiteral("블로그 글 %1편 쓰기").arg(target);
    goal.kind = GoalKind::Count;
    goal.target = target;
    goal.countsEvidence = true;
    return valueOf(db.repos().goals.create(goal));
}

} // namespace

// Outputs of a year and the goals they feed (issue 13).
class TestOutputs : public QObject
{
    Q_OBJECT

private slots:
    void anOutputKeepsItsFieldsAfterReopening()
    {
        // Given a talk with a day, a link and a venue
        test::TempDatabase db;
        const Id year = *db.repos().years.create(2024);
        Output talk;
        talk.yearId = year;
        talk.kind = QStringLiteral("발표"); // typed in Korean: the built-in kind
        talk.title = QStringLiteral("추천 시스템에 LLM 붙이기");
        talk.date = PartialDate::ofDay(2024, 10, 12);
        talk.link = QUrl(QStringLiteral("https://example.com/slides"));
        talk.venue = QStringLiteral("PyCon Korea 2024");
        talk.notes = QStringLiteral("질문이 많았다");
        const Id id = valueOf(db.repos().outputs.create(talk));

        // When the file is reopened
        QVERIFY(db.reopen());

        // Then it reads back as written, its kind stored by key
        const Output stored = valueOf(db.repos().outputs.get(id));
        QCOMPARE(stored.kind, QStringLiteral("talk"));
        QCOMPARE(stored.title, talk.title);
        QCOMPARE(stored.date, talk.date);
        QCOMPARE(stored.link, talk.link);
        QCOMPARE(stored.venue, talk.venue);
        QCOMPARE(stored.notes, talk.notes);
    }

    void badOutputsAreRefusedAtTheField()
    {
        test::TempDatabase db;
        const Id year = *db.repos().years.create(2024);
        Output output = post(year, 2024, QStringLiteral("글"));

        Output empty = output;
        empty.title = QStringLiteral("  ");
        QVERIFY(!db.repos().outputs.create(empty).ok());
        Output otherYear = output;
        otherYear.date = PartialDate::ofMonth(2023, 5);
        QVERIFY(!db.repos().outputs.create(otherYear).ok());
        Output unsafe = output;
        unsafe.link = QUrl(QStringLiteral("javascript:alert(1)"));
        QVERIFY(!db.repos().outputs.create(unsafe).ok());
        Output noKind = output;
        noKind.kind.clear();
        QVERIFY(!db.repos().outputs.create(noKind).ok());
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM output")).toInt(), 0);

        // A kind of the user's own is kept as written
        Output podcast = output;
        podcast.kind = QStringLiteral("팟캐스트");
        const Id id = valueOf(db.repos().outputs.create(podcast));
        QCOMPARE(valueOf(db.repos().outputs.get(id)).kind, QStringLiteral("팟캐스트"));
        QVERIFY(valueOf(db.repos().outputs.kindsInUse()).contains(QStringLiteral("팟캐스트")));
        QCOMPARE(outputkinds::fromText(QStringLiteral("Talks")), QStringLiteral("talk"));
    }

    void linkingEvidenceMovesTheCountAndReachingTheTargetCompletesTheGoal()
    {
        // Given a goal of three posts that counts its evidence, and three posts
        test::TempDatabase db;
        const Id year = *db.repos().years.create(2024);
        const Id goal = postsGoal(db, year);
        QList<Id> posts;
        for (int month = 1; month <= 3; ++month)
            posts << valueOf(db.repos().outputs.create(post(year, 2024, QStringLiteral("글 %1").arg(month), month)));

        // When two are linked
        QVERIFY(db.repos().evidence.link(goal, EvidenceSource::Output, posts[0]).ok());
        QVERIFY(db.repos().evidence.link(goal, EvidenceSource::Output, posts[1]).ok());

        // Then it stands at 2 of 3, still open
        Goal stored = valueOf(db.repos().goals.get(goal));
        QCOMPARE(stored.current, 2);
        QCOMPARE(stored.status, GoalStatus::Open);

        // When the third is linked, the goal is done, dated in its year
        QSignalSpy changed(ChangeFeed::instance(), &ChangeFeed::changed);
        const Id third = valueOf(db.repos().evidence.link(goal, EvidenceSource::Output, posts[2]));
        stored = valueOf(db.repos().goals.get(goal));
        QCOMPARE(stored.current, 3);
        QCOMPARE(stored.status, GoalStatus::Done);
        QVERIFY(stored.doneOn.isValid() && stored.doneOn.year() <= 2024);
        // and one change announces the link and the goal together
        ChangeFeed::deliverPendingOf(db.connection()); // a server announces through its connection; SQLite already did
        QCOMPARE(changed.size(), 1);
        const auto changes = changed.first().first().value<ChangeSet>();
        QVERIFY(changes.ids(Stored::GoalEvidence).contains(third));
        QVERIFY(changes.ids(Stored::Goal).contains(goal));

        // and the same output is not evidence twice
        QCOMPARE(db.repos().evidence.link(goal, EvidenceSource::Output, posts[2]).error().code, Error::Code::Conflict);

        // When one is unlinked, the goal reopens at 2 of 3
        QVERIFY(db.repos().evidence.unlink(third).ok());
        stored = valueOf(db.repos().goals.get(goal));
        QCOMPARE(stored.current, 2);
        QCOMPARE(stored.status, GoalStatus::Open);
        QVERIFY(!stored.doneOn.isValid());

        // When the unlink is undone (the link comes back under its id), it is done again
        QVERIFY(db.repos().evidence.restore({third, goal, EvidenceSource::Output, posts[2]}).ok());
        QCOMPARE(valueOf(db.repos().goals.get(goal)).status, GoalStatus::Done);
        QCOMPARE(valueOf(db.repos().evidence.forGoal(goal)).size(), 3);
    }

    void deletingAnOutputOrAnEventTakesItsEvidenceAwayAndUndoBringsItBack()
    {
        // Given a goal of two, fed by a post and an event, so done
        test::TempDatabase db;
        const Id year = *db.repos().years.create(2024);
        const Id goal = postsGoal(db, year, 2);
        const Id article = valueOf(db.repos().outputs.create(post(year, 2024, QStringLiteral("RAG 후기"), 4)));
        Event talk;
        talk.yearId = year;
        talk.title = QStringLiteral("사내 세미나 발표");
        talk.date = PartialDate::ofMonth(2024, 6);
        const Id event = valueOf(db.repos().events.create(talk));
        QVERIFY(db.repos().evidence.link(goal, EvidenceSource::Output, article).ok());
        QVERIFY(db.repos().evidence.link(goal, EvidenceSource::Event, event).ok());
        QCOMPARE(valueOf(db.repos().goals.get(goal)).status, GoalStatus::Done);

        // When the post is deleted, the goal reopens at 1 of 2
        const OutputSnapshot snapshot = valueOf(db.repos().outputs.snapshot(article));
        QVERIFY(db.repos().outputs.remove(article).ok());
        QCOMPARE(valueOf(db.repos().goals.get(goal)).current, 1);
        QCOMPARE(valueOf(db.repos().goals.get(goal)).status, GoalStatus::Open);

        // When the delete is undone, it counts again and is done
        QVERIFY(db.repos().outputs.restore(snapshot).ok());
        QCOMPARE(valueOf(db.repos().goals.get(goal)).current, 2);
        QCOMPARE(valueOf(db.repos().goals.get(goal)).status, GoalStatus::Done);

        // When the event is deleted and the delete undone, the same
        const Event storedEvent = valueOf(db.repos().events.get(event));
        const IncomingLinks links = valueOf(db.repos().events.incomingLinks(event));
        QVERIFY(db.repos().events.remove(event).ok());
        QCOMPARE(valueOf(db.repos().goals.get(goal)).current, 1);
        QVERIFY(db.repos().events.restore(storedEvent, links).ok());
        QCOMPARE(valueOf(db.repos().goals.get(goal)).current, 2);
        QCOMPARE(valueOf(db.repos().goals.get(goal)).status, GoalStatus::Done);

        // When the goal itself is deleted and restored, its evidence comes back with it
        const Goal storedGoal = valueOf(db.repos().goals.get(goal));
        const IncomingLinks toGoal = valueOf(db.repos().goals.incomingLinks(goal));
        QVERIFY(db.repos().goals.remove(goal).ok());
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM goal_evidence")).toInt(), 0);
        QVERIFY(db.repos().goals.restore(storedGoal, toGoal).ok());
        QCOMPARE(valueOf(db.repos().evidence.forGoal(goal)).size(), 2);
        QCOMPARE(valueOf(db.repos().goals.get(goal)).status, GoalStatus::Done);
    }

    void countingTheEvidenceIsAChoiceAndTheTypedCountStaysForOtherGoals()
    {
        // Given a counted goal typed up to 5 of 12, with two posts linked
        test::TempDatabase db;
        const Id year = *db.repos().years.create(2024);
        Goal typed;
        typed.yearId = year;
        typed.title = QStringLiteral("글 12편");
        typed.kind = GoalKind::Count;
        typed.target = 12;
        const Id goal = valueOf(db.repos().goals.create(typed));
        QVERIFY(db.repos().goals.setCount(goal, 5).ok());
        for (int month = 1; month <= 2; ++month) {
            const Id id = valueOf(db.repos().outputs.create(post(year, 2024, QStringLiteral("글 %1").arg(month))));
            QVERIFY(db.repos().evidence.link(goal, EvidenceSource::Output, id).ok());
        }
        // Then linking alone leaves the typed count
        QCOMPARE(valueOf(db.repos().goals.get(goal)).current, 5);

        // When it starts counting its evidence, the count is the evidence
        QVERIFY(db.repos().goals.setCountsEvidence(goal, true).ok());
        QCOMPARE(valueOf(db.repos().goals.get(goal)).current, 2);
        // and a typed count is refused
        QVERIFY(!db.repos().goals.setCount(goal, 7).ok());
        // and an edit of the goal keeps the count its evidence gives
        Goal edited = valueOf(db.repos().goals.get(goal));
        edited.current = 9;
        edited.target = 2;
        QVERIFY(db.repos().goals.update(edited).ok());
        QCOMPARE(valueOf(db.repos().goals.get(goal)).current, 2);
        QCOMPARE(valueOf(db.repos().goals.get(goal)).status, GoalStatus::Done);

        // When it stops counting, the count reached stays and can be typed on
        QVERIFY(db.repos().goals.setCountsEvidence(goal, false).ok());
        QVERIFY(db.repos().goals.setCount(goal, 1).ok());
        QCOMPARE(valueOf(db.repos().goals.get(goal)).status, GoalStatus::Open);

        // and a goal checked by hand is not a counted one
        Goal check;
        check.yearId = year;
        check.title = QStringLiteral("책 쓰기");
        const Id checkGoal = valueOf(db.repos().goals.create(check));
        QVERIFY(!db.repos().goals.setCountsEvidence(checkGoal, true).ok());
    }

    void outputsAreFoundByTitleVenueAndNotes()
    {
        test::TempDatabase db;
        const Id year = *db.repos().years.create(2024);
        Output talk = post(year, 2024, QStringLiteral("벡터 검색 입문"));
        talk.kind = QStringLiteral("talk");
        talk.venue = QStringLiteral("데이터야놀자");
        talk.notes = QStringLiteral("kubernetes 위에서 돌린 데모");
        const Id id = valueOf(db.repos().outputs.create(talk));

        for (const QString &text : {QStringLiteral("벡터"), QStringLiteral("야놀자"), QStringLiteral("kubernetes")}) {
            const auto hits = valueOf(SearchService(db.connection()).search(text));
            QCOMPARE(hits.size(), 1);
            QCOMPARE(hits.first().kind, QStringLiteral("output"));
            QCOMPARE(hits.first().id, id);
        }
        // An edit and a delete keep the index in step
        talk.id = id;
        talk.venue = QStringLiteral("FEConf");
        QVERIFY(db.repos().outputs.update(talk).ok());
        QVERIFY(valueOf(SearchService(db.connection()).search(QStringLiteral("야놀자"))).isEmpty());
        QVERIFY(db.repos().outputs.remove(id).ok());
        QVERIFY(valueOf(SearchService(db.connection()).search(QStringLiteral("벡터"))).isEmpty());
        if (!test::TempDatabase::onServer()) // SQLite's bigram index; a server has none to check
            QVERIFY(db.rawExec(QStringLiteral("INSERT INTO search_bigram (search_bigram) VALUES ('integrity-check')"))
                            .ok());
    }

    void aDeletedYearComesBackWithItsOutputsAndEvidence()
    {
        // Given a 2024 post that is evidence for a 2025 goal, and a 2024 goal fed by it
        test::TempDatabase db;
        const Id y2024 = *db.repos().years.create(2024);
        const Id y2025 = *db.repos().years.create(2025);
        const Id article = valueOf(db.repos().outputs.create(post(y2024, 2024, QStringLiteral("회고 글"), 12)));
        const Id thisYear = postsGoal(db, y2024, 1);
        const Id nextYear = postsGoal(db, y2025, 1);
        QVERIFY(db.repos().evidence.link(thisYear, EvidenceSource::Output, article).ok());
        QVERIFY(db.repos().evidence.link(nextYear, EvidenceSource::Output, article).ok());
        QCOMPARE(valueOf(db.repos().goals.get(nextYear)).status, GoalStatus::Done);

        // When 2024 is deleted, the 2025 goal loses its evidence
        const YearSnapshot snapshot = valueOf(snapshotYear(db.repos(), y2024));
        QVERIFY(db.repos().years.remove(y2024).ok());
        QCOMPARE(valueOf(db.repos().goals.get(nextYear)).status, GoalStatus::Open);

        // When the delete is undone, everything is back under the same ids
        QVERIFY(restoreYear(db.connection(), snapshot).ok());
        QCOMPARE(valueOf(db.repos().outputs.get(article)).title, QStringLiteral("회고 글"));
        QCOMPARE(valueOf(db.repos().evidence.forGoal(thisYear)).size(), 1);
        QCOMPARE(valueOf(db.repos().goals.get(nextYear)).status, GoalStatus::Done);
        QCOMPARE(valueOf(db.repos().goals.get(thisYear)).status, GoalStatus::Done);
    }

    void theSchemaRefusesEvidenceWithoutExactlyOneSource()
    {
        test::TempDatabase db;
        const Id year = *db.repos().years.create(2024);
        const Id goal = postsGoal(db, year);
        QVERIFY(!db.rawExec(QStringLiteral("INSERT INTO goal_evidence (goal_id) VALUES (%1)").arg(goal)).ok());
        QVERIFY(!db.rawExec(QStringLiteral("INSERT INTO goal_evidence (goal_id, output_id) VALUES (%1, 999)").arg(goal))
                         .ok());
        QCOMPARE(db.repos().evidence.link(goal, EvidenceSource::Event, 999).error().code, Error::Code::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestOutputs)
#include "tst_outputs.moc"
