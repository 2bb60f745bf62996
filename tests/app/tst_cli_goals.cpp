// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "hoegoprocess.h"
#include "tempdatabase.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace hoego;

namespace {

using Run = test::HoegoRun;

Run runHoego(const QStringList &arguments)
{
    return test::runHoegoAt(QStringLiteral(HOEGO_EXECUTABLE), arguments);
}

// Two goal years: 2024 with one goal, 2025 with a count, a milestone goal and a done check.
struct Sample
{
    Id posts = 0;
    Id book = 0;
    Id talk = 0;
    Id old = 0;
    Id dropped = 0;
};

Sample fill(test::TempDatabase &db)
{
    Sample sample;
    const Id y2024 = *db.repos().years.create(2024);
    const Id y2025 = *db.repos().years.create(2025);
    db.repos().years.create(2026).ok(); // a later year without goals is not the default
    Goal old;
    old.yearId = y2024;
    old.title = QStringLiteral("영어 공부");
    sample.old = *db.repos().goals.create(old);
    Goal posts;
    posts.yearId = y2025;
    posts.title = QStringLiteral("LLM 공부하고 블로그 쓰기");
    posts.kind = GoalKind::Count;
    posts.target = 12;
    posts.current = 7;
    sample.posts = *db.repos().goals.create(posts);
    Goal book;
    book.yearId = y2025;
    book.title = QStringLiteral("책 출간");
    book.kind = GoalKind::Milestones;
    for (int i = 0; i < 5; ++i)
        book.milestones << Milestone{
                0, 0, QStringLiteral("단계 %1").arg(i + 1), i < 2, i < 2 ? QDate(2025, 3, 1) : QDate(), i};
    sample.book = *db.repos().goals.create(book);
    Goal talk;
    talk.yearId = y2025;
    talk.title = QStringLiteral("컨퍼런스 발표");
    sample.talk = *db.repos().goals.create(talk);
    db.repos().goals.check(sample.talk, QDate(2025, 10, 3)).ok();
    Goal japanese;
    japanese.yearId = y2024;
    japanese.title = QStringLiteral("일본어 공부");
    sample.dropped = *db.repos().goals.create(japanese);
    db.repos().goals.drop(sample.dropped, QStringLiteral("우선순위")).ok();
    return sample;
}

} // namespace

class TestCliGoals : public QObject
{
    Q_OBJECT

private slots:
    void goalsListsTheLatestYearWithGoalsTabSeparated()
    {
        test::TempDatabase db;
        const Sample sample = fill(db);
        const QString path = db.path();
        db.close();
        const Run run = runHoego({QStringLiteral("--db"), path, QStringLiteral("goals")});
        QCOMPARE(run.exitCode, 0);
        const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines[0], QStringLiteral("%1\topen\t7/12\tLLM 공부하고 블로그 쓰기").arg(sample.posts));
        QCOMPARE(lines[1], QStringLiteral("%1\topen\t2/5\t책 출간").arg(sample.book));
        QCOMPARE(lines[2], QStringLiteral("%1\tdone\t100%\t컨퍼런스 발표").arg(sample.talk));

        const Run older = runHoego({QStringLiteral("--db"), path, QStringLiteral("goals"), QStringLiteral("--year"),
                                    QStringLiteral("2024")});
        QCOMPARE(older.out,
                 QStringLiteral("%1\topen\t0%\t영어 공부\n%2\tdropped\t0%\t일본어 공부\n")
                         .arg(sample.old)
                         .arg(sample.dropped));
    }

    void goalsAsJsonIsAnArrayOfObjects()
    {
        test::TempDatabase db;
        const Sample sample = fill(db);
        const QString path = db.path();
        db.close();
        const Run run = runHoego({QStringLiteral("--db"), path, QStringLiteral("goals"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray array = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QCOMPARE(array.size(), 3);
        const QJsonObject first = array.first().toObject();
        QCOMPARE(first.value(QStringLiteral("id")).toInteger(), sample.posts);
        QCOMPARE(first.value(QStringLiteral("title")).toString(), QStringLiteral("LLM 공부하고 블로그 쓰기"));
        QCOMPARE(first.value(QStringLiteral("progress")).toString(), QStringLiteral("7/12"));
        QCOMPARE(first.value(QStringLiteral("target")).toInt(), 12);
        QCOMPARE(first.value(QStringLiteral("year")).toInt(), 2025);
        QCOMPARE(array.last().toObject().value(QStringLiteral("done_on")).toString(), QStringLiteral("2025-10-03"));
    }

    void goalsAsJsonUsesTheKeysOfTheJsonExport()
    {
        // Given 2025's goals with an area, milestones and a link, and one carried from 2024
        test::TempDatabase db;
        const Sample sample = fill(db);
        const Id area = *db.repos().areas.create(QStringLiteral("공부"), QColor(0x40, 0x70, 0xC0));
        Goal book = *db.repos().goals.get(sample.book);
        book.areaId = area;
        QVERIFY(db.repos().goals.update(book).ok());
        QVERIFY(db.repos()
                        .goals.addLink(sample.book, QStringLiteral("원고"), QStringLiteral("https://example.com/b"))
                        .ok());
        const Id carried = db.repos().goals.carryOver(sample.old, 2025)->goalId;
        const QString path = db.path();
        db.close();

        // When the goals are listed as JSON and the whole database exported as JSON
        const Run listed = runHoego({QStringLiteral("--db"), path, QStringLiteral("goals"), QStringLiteral("--year"),
                                     QStringLiteral("2025"), QStringLiteral("--json")});
        const Run exported = runHoego({QStringLiteral("--db"), path, QStringLiteral("export"),
                                       QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(listed.exitCode, 0);
        QCOMPARE(exported.exitCode, 0);
        QHash<qint64, QJsonObject> fromList;
        for (const QJsonValue &goal : QJsonDocument::fromJson(listed.out.toUtf8()).array())
            fromList.insert(goal.toObject().value(QStringLiteral("id")).toInteger(), goal.toObject());
        QJsonArray exportedGoals;
        for (const QJsonValue &year :
             QJsonDocument::fromJson(exported.out.toUtf8()).object().value(QStringLiteral("years")).toArray()) {
            if (year.toObject().value(QStringLiteral("number")).toInt() == 2025)
                exportedGoals = year.toObject().value(QStringLiteral("goals")).toArray();
        }

        // Then every goal carries the export's keys with the same values
        QCOMPARE(exportedGoals.size(), fromList.size());
        for (const QJsonValue &value : exportedGoals) {
            const QJsonObject goal = value.toObject();
            const QJsonObject mine = fromList.value(goal.value(QStringLiteral("id")).toInteger());
            for (const char *key :
                 {"done_on", "area", "links", "milestones", "carried_from", "drop_reason", "kind", "status"})
                QVERIFY2(mine.value(QLatin1String(key)) == goal.value(QLatin1String(key)), key);
        }
        QCOMPARE(fromList.value(sample.book).value(QStringLiteral("area")).toString(), QStringLiteral("공부"));
        QCOMPARE(fromList.value(sample.book).value(QStringLiteral("links")).toArray().size(), 1);
        QCOMPARE(fromList.value(sample.book)
                         .value(QStringLiteral("milestones"))
                         .toArray()
                         .first()
                         .toObject()
                         .value(QStringLiteral("done_on"))
                         .toString(),
                 QStringLiteral("2025-03-01"));
        QCOMPARE(fromList.value(carried).value(QStringLiteral("carried_from")).toInteger(), sample.old);
        QVERIFY(fromList.value(sample.posts).value(QStringLiteral("done_on")).isNull());
    }

    void goalCheckUncheckAndProgressChangeOneGoalDurably()
    {
        test::TempDatabase db;
        const Sample sample = fill(db);
        const QString path = db.path();
        db.close();
        const QString posts = QString::number(sample.posts);
        Run run = runHoego({QStringLiteral("--db"), path, QStringLiteral("goal"), QStringLiteral("progress"), posts,
                            QStringLiteral("12")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QStringLiteral("%1\tdone\t12/12\tLLM 공부하고 블로그 쓰기\n").arg(sample.posts));
        run = runHoego({QStringLiteral("--db"), path, QStringLiteral("goal"), QStringLiteral("uncheck"),
                        QString::number(sample.talk)});
        QCOMPARE(run.exitCode, 0);
        run = runHoego({QStringLiteral("--db"), path, QStringLiteral("goal"), QStringLiteral("check"),
                        QString::number(sample.old)});
        QCOMPARE(run.exitCode, 0);

        QVERIFY(db.reopen());
        QCOMPARE(db.repos().goals.get(sample.posts)->status, GoalStatus::Done);
        QCOMPARE(db.repos().goals.get(sample.posts)->current, 12);
        QCOMPARE(db.repos().goals.get(sample.talk)->status, GoalStatus::Open);
        QVERIFY(!db.repos().goals.get(sample.talk)->doneOn.isValid());
        QCOMPARE(db.repos().goals.get(sample.old)->status, GoalStatus::Done);
        // a 2024 goal checked off later is done on the last day of 2024, not today
        QCOMPARE(db.repos().goals.get(sample.old)->doneOn, std::min(QDate::currentDate(), QDate(2024, 12, 31)));
    }

    void goalCheckOnADayRecordsThatDay()
    {
        // Given an open 2024 goal
        test::TempDatabase db;
        const Sample sample = fill(db);
        const QString path = db.path();
        db.close();

        // When it is checked off on the day it was done
        const Run run = runHoego({QStringLiteral("--db"), path, QStringLiteral("goal"), QStringLiteral("check"),
                                  QString::number(sample.old), QStringLiteral("--on"), QStringLiteral("2024-06-03")});

        // Then that day is stored
        QCOMPARE(run.exitCode, 0);
        QVERIFY(db.reopen());
        QCOMPARE(db.repos().goals.get(sample.old)->status, GoalStatus::Done);
        QCOMPARE(db.repos().goals.get(sample.old)->doneOn, QDate(2024, 6, 3));
    }

    void aBadIdOrValueExitsOneAndChangesNothing()
    {
        test::TempDatabase db;
        const Sample sample = fill(db);
        const QString path = db.path();
        db.close();
        const QString posts = QString::number(sample.posts);
        const QList<QStringList> bad = {
                {QStringLiteral("goal"), QStringLiteral("check"), QStringLiteral("9999")},
                {QStringLiteral("goal"), QStringLiteral("check"), QStringLiteral("abc")},
                {QStringLiteral("goal"), QStringLiteral("progress"), posts, QStringLiteral("-3")},
                {QStringLiteral("goal"), QStringLiteral("progress"), posts, QStringLiteral("many")},
                {QStringLiteral("goal"), QStringLiteral("progress"), QString::number(sample.book), QStringLiteral("3")},
                {QStringLiteral("goal"), QStringLiteral("finish"), posts},
                {QStringLiteral("goals"), QStringLiteral("--year"), QStringLiteral("1999")},
                {QStringLiteral("goal"), QStringLiteral("check"), QString::number(sample.dropped)},
                {QStringLiteral("goal"), QStringLiteral("check"), QString::number(sample.old), QStringLiteral("--on"),
                 QStringLiteral("2025-02-30")},
                {QStringLiteral("goal"), QStringLiteral("check"), QString::number(sample.old), QStringLiteral("--on"),
                 QStringLiteral("2999-01-01")},
                {QStringLiteral("goal"), QStringLiteral("uncheck"), QString::number(sample.talk),
                 QStringLiteral("--on"), QStringLiteral("2025-01-01")},
        };
        for (const QStringList &arguments : bad) {
            const Run run = runHoego(QStringList{QStringLiteral("--db"), path} + arguments);
            QVERIFY2(run.exitCode == 1, qPrintable(arguments.join(QLatin1Char(' '))));
            QVERIFY2(!run.err.isEmpty(), qPrintable(arguments.join(QLatin1Char(' '))));
        }
        QVERIFY(db.reopen());
        QCOMPARE(db.repos().goals.get(sample.posts)->current, 7);
        QCOMPARE(db.repos().goals.get(sample.posts)->status, GoalStatus::Open);
        QCOMPARE(db.repos().goals.get(sample.book)->status, GoalStatus::Open);
        QCOMPARE(db.repos().goals.get(sample.dropped)->status, GoalStatus::Dropped);
        QCOMPARE(db.repos().goals.get(sample.old)->status, GoalStatus::Open);
        QCOMPARE(db.repos().goals.get(sample.talk)->status, GoalStatus::Done);
    }

    void aDatabaseThatCannotBeOpenedExitsTwo()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("not-a-db.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("hello");
        file.close();
        QCOMPARE(runHoego({QStringLiteral("--db"), path, QStringLiteral("goals")}).exitCode, 2);
        QCOMPARE(runHoego({QStringLiteral("--db"), path, QStringLiteral("goal"), QStringLiteral("check"),
                           QStringLiteral("1")})
                         .exitCode,
                 2);
        const QString missing = dir.filePath(QStringLiteral("missing.sqlite"));
        QCOMPARE(runHoego({QStringLiteral("--db"), missing, QStringLiteral("goal"), QStringLiteral("check"),
                           QStringLiteral("1")})
                         .exitCode,
                 2);
        QVERIFY(!QFile::exists(missing));
    }
};

QTEST_GUILESS_MAIN(TestCliGoals)
#include "tst_cli_goals.moc"
