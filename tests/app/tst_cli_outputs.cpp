// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "hoegoprocess.h"
#include "tempdatabase.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace hoego;

namespace {

test::HoegoRun runHoego(const QStringList &arguments)
{
    return test::runHoegoAt(QStringLiteral(HOEGO_EXECUTABLE), arguments);
}

} // namespace

// hoego outputs, output add and goal evidence (issue 13).
class TestCliOutputs : public QObject
{
    Q_OBJECT

private slots:
    void anOutputAddedForAGoalCountsTowardItAndIsListed()
    {
        // Given 2024 with "2 talks", counted from its evidence, and one talk already given
        test::TempDatabase db;
        const Id year = *db.repos().years.create(2024);
        Goal talks;
        talks.yearId = year;
        talks.title = QStringLiteral("발표 2번");
        talks.kind = GoalKind::Count;
        talks.target = 2;
        talks.countsEvidence = true;
        const Id goal = *db.repos().goals.create(talks);
        Output first;
        first.yearId = year;
        first.kind = QStringLiteral("talk");
        first.title = QStringLiteral("사내 세미나");
        first.date = PartialDate::ofMonth(2024, 5);
        QVERIFY(db.repos().evidence.link(goal, EvidenceSource::Output, *db.repos().outputs.create(first)).ok());
        const QString path = db.path();
        const QString goalId = QString::number(goal);
        db.close();

        // When the second talk is added for the goal
        const auto added = runHoego({QStringLiteral("--db"), path, QStringLiteral("output"), QStringLiteral("add"),
                                     QStringLiteral("--year"), QStringLiteral("2024"), QStringLiteral("--kind"),
                                     QStringLiteral("발표"), QStringLiteral("--title"), QStringLiteral("PyCon 발표"),
                                     QStringLiteral("--date"), QStringLiteral("2024-10-12"), QStringLiteral("--link"),
                                     QStringLiteral("https://example.com/slides"), QStringLiteral("--goal"), goalId});

        // Then it is stored as a talk and the goal is done at 2/2
        QCOMPARE(added.exitCode, 0);
        QVERIFY2(added.out.contains(QStringLiteral("\t2024-10-12\ttalk\tPyCon 발표\thttps://example.com/slides")),
                 qPrintable(added.out));
        QVERIFY2(added.out.contains(goalId + QStringLiteral("\tdone\t2/2\t발표 2번")), qPrintable(added.out));

        // And `outputs` lists both, `--kind` filters in either language, `--json` names the goal
        const auto all = runHoego({QStringLiteral("--db"), path, QStringLiteral("outputs"), QStringLiteral("--year"),
                                   QStringLiteral("2024")});
        QCOMPARE(all.exitCode, 0);
        QCOMPARE(all.out.count(QLatin1Char('\n')), 2);
        const auto posts = runHoego({QStringLiteral("--db"), path, QStringLiteral("outputs"), QStringLiteral("--kind"),
                                     QStringLiteral("post")});
        QCOMPARE(posts.exitCode, 0);
        QVERIFY(posts.out.isEmpty());
        const auto json = runHoego({QStringLiteral("--db"), path, QStringLiteral("outputs"), QStringLiteral("--kind"),
                                    QStringLiteral("Talks"), QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 0);
        const QJsonArray outputs
                = QJsonDocument::fromJson(json.out.toUtf8()).object().value(QStringLiteral("outputs")).toArray();
        QCOMPARE(outputs.size(), 2);
        QCOMPARE(outputs.at(1).toObject().value(QStringLiteral("venue")).toString(), QString());
        QCOMPARE(outputs.at(1).toObject().value(QStringLiteral("goals")).toArray().first().toInteger(), goal);

        // And `goal evidence` lists what feeds the goal, by date
        const auto evidence
                = runHoego({QStringLiteral("--db"), path, QStringLiteral("goal"), QStringLiteral("evidence"), goalId});
        QCOMPARE(evidence.exitCode, 0);
        const QStringList lines = evidence.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines[0].startsWith(QStringLiteral("output\t")));
        QVERIFY(lines[0].contains(QStringLiteral("\t2024-05\ttalk\t사내 세미나\t")));
        QVERIFY(lines[1].endsWith(QStringLiteral("PyCon 발표\thttps://example.com/slides")));
    }

    void badValuesAreRefusedAndNothingIsWritten()
    {
        test::TempDatabase db;
        QVERIFY(db.repos().years.create(2024).ok());
        const QString path = db.path();
        db.close();
        const QStringList base{QStringLiteral("--db"),   path,
                               QStringLiteral("output"), QStringLiteral("add"),
                               QStringLiteral("--year"), QStringLiteral("2024"),
                               QStringLiteral("--kind"), QStringLiteral("post")};
        // no title, a date of another year, an unsafe link, a goal that is not there, a year that is not there
        QCOMPARE(runHoego(base).exitCode, 1);
        QCOMPARE(runHoego(base
                          + QStringList{QStringLiteral("--title"), QStringLiteral("글"), QStringLiteral("--date"),
                                        QStringLiteral("2023-05")})
                         .exitCode,
                 1);
        QCOMPARE(runHoego(base
                          + QStringList{QStringLiteral("--title"), QStringLiteral("글"), QStringLiteral("--link"),
                                        QStringLiteral("javascript:alert(1)")})
                         .exitCode,
                 1);
        const auto noGoal = runHoego(base
                                     + QStringList{QStringLiteral("--title"), QStringLiteral("글"),
                                                   QStringLiteral("--goal"), QStringLiteral("99")});
        QCOMPARE(noGoal.exitCode, 1);
        QVERIFY(noGoal.err.startsWith(QStringLiteral("hoego output: ")));
        QCOMPARE(runHoego({QStringLiteral("--db"), path, QStringLiteral("outputs"), QStringLiteral("--year"),
                           QStringLiteral("2030")})
                         .exitCode,
                 1);
        // nothing was added, not even the output whose goal was missing
        const auto listed = runHoego({QStringLiteral("--db"), path, QStringLiteral("outputs")});
        QCOMPARE(listed.exitCode, 0);
        QVERIFY(listed.out.isEmpty());
        QCOMPARE(runHoego({QStringLiteral("--db"), path, QStringLiteral("goal"), QStringLiteral("evidence"),
                           QStringLiteral("x")})
                         .exitCode,
                 1);
    }

    void anOutputIsEditedThenRemovedAndTheGoalItFedFollows()
    {
        // Given "2 posts" counting its evidence, done by two posts
        test::TempDatabase db;
        const Id year = *db.repos().years.create(2024);
        Goal posts;
        posts.yearId = year;
        posts.title = QStringLiteral("글 2편");
        posts.kind = GoalKind::Count;
        posts.target = 2;
        posts.countsEvidence = true;
        const Id goal = *db.repos().goals.create(posts);
        Output post;
        post.yearId = year;
        post.kind = QStringLiteral("post");
        post.title = QStringLiteral("초안");
        post.date = PartialDate::ofYear(2024);
        const Id first = *db.repos().outputs.create(post);
        post.title = QStringLiteral("둘째 글");
        const Id second = *db.repos().outputs.create(post);
        QVERIFY(db.repos().evidence.link(goal, EvidenceSource::Output, first).ok());
        QVERIFY(db.repos().evidence.link(goal, EvidenceSource::Output, second).ok());
        const QString path = db.path();
        const QString id = QString::number(first);
        db.close();
        const QStringList edit{QStringLiteral("--db"), path, QStringLiteral("output"), QStringLiteral("edit"), id};

        // When its title, date, link, kind and venue are changed
        const auto edited = runHoego(
                edit
                + QStringList{QStringLiteral("--title"), QStringLiteral("RAG 평가 후기"), QStringLiteral("--date"),
                              QStringLiteral("2024-11-03"), QStringLiteral("--link"),
                              QStringLiteral("https://blog.example.kr/rag"), QStringLiteral("--kind"),
                              QStringLiteral("Talk"), QStringLiteral("--venue"), QStringLiteral("PyCon Korea")});

        // Then it is printed as stored, the kind read in either language
        QCOMPARE(edited.exitCode, 0);
        QCOMPARE(edited.out,
                 id + QStringLiteral("\t2024\t2024-11-03\ttalk\tRAG 평가 후기\thttps://blog.example.kr/rag\n"));
        const auto json = runHoego({QStringLiteral("--db"), path, QStringLiteral("outputs"), QStringLiteral("--json")});
        const QJsonObject stored = QJsonDocument::fromJson(json.out.toUtf8())
                                           .object()
                                           .value(QStringLiteral("outputs"))
                                           .toArray()
                                           .at(1)
                                           .toObject();
        QCOMPARE(stored.value(QStringLiteral("venue")).toString(), QStringLiteral("PyCon Korea"));

        // And a date of another year, an empty change, a bad id and a missing output are refused, changing nothing
        const auto otherYear = runHoego(edit + QStringList{QStringLiteral("--date"), QStringLiteral("2023-05")});
        QCOMPARE(otherYear.exitCode, 1);
        QVERIFY2(otherYear.err.startsWith(QStringLiteral("hoego output: --date needs a date in 2024")),
                 qPrintable(otherYear.err));
        QCOMPARE(runHoego(edit).exitCode, 1);
        QCOMPARE(runHoego(edit + QStringList{QStringLiteral("--year"), QStringLiteral("2024")}).exitCode, 1);
        QCOMPARE(runHoego({QStringLiteral("--db"), path, QStringLiteral("output"), QStringLiteral("edit"),
                           QStringLiteral("x"), QStringLiteral("--title"), QStringLiteral("t")})
                         .exitCode,
                 1);
        const auto missing = runHoego({QStringLiteral("--db"), path, QStringLiteral("output"), QStringLiteral("edit"),
                                       QStringLiteral("999"), QStringLiteral("--title"), QStringLiteral("t")});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.startsWith(QStringLiteral("hoego output: ")));
        const auto listed = runHoego({QStringLiteral("--db"), path, QStringLiteral("outputs")});
        QVERIFY(listed.out.contains(QStringLiteral("\t2024-11-03\ttalk\tRAG 평가 후기\t")));

        // And --no-link and --no-venue clear those, but not together with a new value
        QCOMPARE(runHoego(edit
                          + QStringList{QStringLiteral("--link"), QStringLiteral("https://x.example"),
                                        QStringLiteral("--no-link")})
                         .exitCode,
                 1);
        const auto cleared = runHoego(edit + QStringList{QStringLiteral("--no-link"), QStringLiteral("--no-venue")});
        QCOMPARE(cleared.exitCode, 0);
        QCOMPARE(cleared.out, id + QStringLiteral("\t2024\t2024-11-03\ttalk\tRAG 평가 후기\t\n"));
        const auto afterClearing
                = runHoego({QStringLiteral("--db"), path, QStringLiteral("outputs"), QStringLiteral("--json")});
        QVERIFY(afterClearing.out.contains(QStringLiteral("\"venue\": \"\"")));

        // When it is removed, it is printed with its goal, which is open again at 1/2
        const auto removed
                = runHoego({QStringLiteral("--db"), path, QStringLiteral("output"), QStringLiteral("remove"), id});
        QCOMPARE(removed.exitCode, 0);
        const QStringList lines = removed.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines[0].startsWith(id + QStringLiteral("\t2024\t")));
        QCOMPARE(lines[1], QString::number(goal) + QStringLiteral("\topen\t1/2\t글 2편"));
        QCOMPARE(runHoego({QStringLiteral("--db"), path, QStringLiteral("outputs")}).out.count(QLatin1Char('\n')), 1);
        // and removing it again, or with an option, is refused
        QCOMPARE(runHoego({QStringLiteral("--db"), path, QStringLiteral("output"), QStringLiteral("remove"), id})
                         .exitCode,
                 1);
        QCOMPARE(runHoego({QStringLiteral("--db"), path, QStringLiteral("output"), QStringLiteral("remove"),
                           QString::number(second), QStringLiteral("--title"), QStringLiteral("t")})
                         .exitCode,
                 1);
        // and a database that is not there is not created
        QCOMPARE(runHoego({QStringLiteral("--db"), path + QStringLiteral(".missing"), QStringLiteral("output"),
                           QStringLiteral("remove"), QString::number(second)})
                         .exitCode,
                 2);
        QVERIFY(!QFileInfo::exists(path + QStringLiteral(".missing")));
    }

    void aMistypedDatabasePathIsRefusedAndNotCreated()
    {
        QTemporaryDir dir;
        const QString missing = dir.filePath(QStringLiteral("typo.sqlite"));
        const QList<QStringList> changes{
                {QStringLiteral("output"), QStringLiteral("edit"), QStringLiteral("1"), QStringLiteral("--title"),
                 QStringLiteral("t")},
                {QStringLiteral("output"), QStringLiteral("remove"), QStringLiteral("1")},
                {QStringLiteral("output"), QStringLiteral("add"), QStringLiteral("--year"), QStringLiteral("2024"),
                 QStringLiteral("--kind"), QStringLiteral("post"), QStringLiteral("--title"), QStringLiteral("t")},
                {QStringLiteral("goal"), QStringLiteral("evidence"), QStringLiteral("1"), QStringLiteral("--add"),
                 QStringLiteral("2")},
        };
        for (const QStringList &change : changes) {
            const auto run = runHoego(QStringList{QStringLiteral("--db"), missing} + change);
            QCOMPARE(run.exitCode, 2);
            QVERIFY2(run.err.contains(QStringLiteral("does not exist")), qPrintable(run.err));
            QVERIFY(!QFileInfo::exists(missing));
        }
    }

    void goalEvidenceAddAndRemoveMoveAGoalsCount()
    {
        // Given "2 talks" counting its evidence, one talk linked, another not
        test::TempDatabase db;
        const Id year = *db.repos().years.create(2024);
        Goal talks;
        talks.yearId = year;
        talks.title = QStringLiteral("발표 2번");
        talks.kind = GoalKind::Count;
        talks.target = 2;
        talks.countsEvidence = true;
        const Id goal = *db.repos().goals.create(talks);
        Output talk;
        talk.yearId = year;
        talk.kind = QStringLiteral("talk");
        talk.title = QStringLiteral("사내 세미나");
        talk.date = PartialDate::ofMonth(2024, 5);
        QVERIFY(db.repos().evidence.link(goal, EvidenceSource::Output, *db.repos().outputs.create(talk)).ok());
        talk.title = QStringLiteral("PyCon");
        const QString other = QString::number(*db.repos().outputs.create(talk));
        const QString path = db.path();
        const QString goalId = QString::number(goal);
        db.close();
        const QStringList evidence{QStringLiteral("--db"), path, QStringLiteral("goal"), QStringLiteral("evidence"),
                                   goalId};

        // When the other talk is added, the goal is done at 2/2
        const auto added = runHoego(evidence + QStringList{QStringLiteral("--add"), other});
        QCOMPARE(added.exitCode, 0);
        QCOMPARE(added.out, goalId + QStringLiteral("\tdone\t2/2\t발표 2번\n"));
        QCOMPARE(runHoego(evidence).out.count(QLatin1Char('\n')), 2);
        // and adding it twice is refused
        const auto twice = runHoego(evidence + QStringList{QStringLiteral("--add"), other});
        QCOMPARE(twice.exitCode, 1);
        QVERIFY(twice.err.startsWith(QStringLiteral("hoego goal: ")));

        // When it is removed, the goal is open again at 1/2; removing it again is refused
        const auto removed = runHoego(evidence + QStringList{QStringLiteral("--remove"), other});
        QCOMPARE(removed.exitCode, 0);
        QCOMPARE(removed.out, goalId + QStringLiteral("\topen\t1/2\t발표 2번\n"));
        const auto notLinked = runHoego(evidence + QStringList{QStringLiteral("--remove"), other});
        QCOMPARE(notLinked.exitCode, 1);
        QVERIFY2(notLinked.err.contains(QStringLiteral("is not evidence for goal")), qPrintable(notLinked.err));

        // And bad ids, both options at once, a missing output and an option on another action are refused
        QCOMPARE(runHoego(evidence + QStringList{QStringLiteral("--add"), QStringLiteral("x")}).exitCode, 1);
        QCOMPARE(runHoego(evidence + QStringList{QStringLiteral("--add"), QStringLiteral("999")}).exitCode, 1);
        QCOMPARE(runHoego(evidence + QStringList{QStringLiteral("--add"), other, QStringLiteral("--remove"), other})
                         .exitCode,
                 1);
        QCOMPARE(runHoego({QStringLiteral("--db"), path, QStringLiteral("goal"), QStringLiteral("check"), goalId,
                           QStringLiteral("--add"), other})
                         .exitCode,
                 1);
        QCOMPARE(runHoego({QStringLiteral("--db"), path, QStringLiteral("goal"), QStringLiteral("evidence"),
                           QStringLiteral("999"), QStringLiteral("--add"), other})
                         .exitCode,
                 1);
        QCOMPARE(runHoego(evidence).out.count(QLatin1Char('\n')), 1);
    }
};

QTEST_GUILESS_MAIN(TestCliOutputs)
#include "tst_cli_outputs.moc"
