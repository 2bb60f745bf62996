// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "hoegoprocess.h"
#include "tempdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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
};

QTEST_GUILESS_MAIN(TestCliOutputs)
#include "tst_cli_outputs.moc"
