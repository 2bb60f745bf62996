// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "goals/goalsfiltermodel.h"
#include "goals/goalsmodel.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>

using namespace hoego;

namespace {

Goal goal(Id id, const QString &title, GoalStatus status = GoalStatus::Open, Id area = 0)
{
    Goal g;
    g.id = id;
    g.yearId = 1;
    g.title = title;
    g.status = status;
    g.areaId = area;
    if (status == GoalStatus::Done)
        g.doneOn = QDate(2025, 5, 1);
    return g;
}

const QList<Area> kAreas{{3, QStringLiteral("공부"), QColor(0x81, 0xB2, 0x9A), 0},
                         {4, QStringLiteral("일"), QColor(0x3D, 0x5A, 0x80), 1}};

} // namespace

class TestGoalsModel : public QObject
{
    Q_OBJECT

private slots:
    void passesTheModelTesterThroughResetsAndUpdates()
    {
        GoalsModel model;
        GoalsFilterModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setGoals({goal(1, QStringLiteral("LLM 공부")), goal(2, QStringLiteral("책 출간"), GoalStatus::Done, 3)},
                       {{2, 1}}, kAreas);
        QCOMPARE(model.rowCount(), 2);
        model.setGoals({goal(1, QStringLiteral("LLM 공부"), GoalStatus::Done), goal(2, QStringLiteral("책 출간"))}, {},
                       kAreas);
        model.setGoals({goal(2, QStringLiteral("책 출간"))}, {}, kAreas);
        QCOMPARE(model.rowCount(), 1);
        proxy.setStatusFilter(GoalStatus::Dropped);
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setStatusFilter(std::nullopt);
        proxy.sort(GoalsModel::TitleColumn);
        model.setGoals({}, {}, {});
        QCOMPARE(proxy.rowCount(), 0);
    }

    void showsProgressStatusAreaAndTheCarriedBadge()
    {
        GoalsModel model;
        Goal posts = goal(7, QStringLiteral("블로그 글 12편"), GoalStatus::Open, 3);
        posts.kind = GoalKind::Count;
        posts.target = 12;
        posts.current = 7;
        model.setGoals({posts, goal(8, QStringLiteral("발표"), GoalStatus::Done)}, {{7, 2}}, kAreas);
        const QModelIndex first = model.index(0, GoalsModel::TitleColumn);
        QCOMPARE(first.data().toString(), QStringLiteral("블로그 글 12편"));
        QCOMPARE(model.index(0, GoalsModel::ProgressColumn).data().toString(), QStringLiteral("7/12"));
        QCOMPARE(model.index(0, GoalsModel::AreaColumn).data().toString(), QStringLiteral("공부"));
        QCOMPARE(first.data(GoalsModel::CarriedYearsRole).toInt(), 2);
        QCOMPARE(first.data(GoalsModel::CarriedBadgeRole).toString(), QStringLiteral("carried 2 years"));
        QVERIFY(model.index(1, 0).data(GoalsModel::CarriedBadgeRole).toString().isEmpty());
        QCOMPARE(model.index(1, GoalsModel::CheckColumn).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
        QCOMPARE(model.index(1, GoalsModel::StatusColumn).data().toString(), QStringLiteral("Done"));
    }

    void checkingABoxAsksForTheChangeInsteadOfWriting()
    {
        GoalsModel model;
        model.setGoals({goal(1, QStringLiteral("논문 쓰기")), goal(2, QStringLiteral("강의"), GoalStatus::Dropped)}, {},
                       kAreas);
        QSignalSpy requests(&model, &GoalsModel::checkRequested);
        QVERIFY(model.setData(model.index(0, GoalsModel::CheckColumn), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests.first().at(0).value<Id>(), Id(1));
        QCOMPARE(requests.first().at(1).toBool(), true);
        // A dropped goal is decided: it is not checkable until reopened.
        QVERIFY(!(model.flags(model.index(1, GoalsModel::CheckColumn)) & Qt::ItemIsUserCheckable));
        QVERIFY(!model.setData(model.index(1, GoalsModel::CheckColumn), Qt::Checked, Qt::CheckStateRole));
        model.setReadOnly(true);
        QVERIFY(!model.setData(model.index(0, GoalsModel::CheckColumn), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(requests.size(), 1);
    }

    void droppingARowAsksToMoveItBeforeTheTarget()
    {
        GoalsModel model;
        model.setGoals({goal(1, QStringLiteral("가")), goal(2, QStringLiteral("나")), goal(3, QStringLiteral("다"))},
                       {}, kAreas);
        QSignalSpy moves(&model, &GoalsModel::moveRequested);
        std::unique_ptr<QMimeData> data(model.mimeData({model.index(0, GoalsModel::TitleColumn)}));
        model.dropMimeData(data.get(), Qt::MoveAction, -1, -1, {}); // below the last row
        QCOMPARE(moves.size(), 1);
        QCOMPARE(moves.first().at(1).toInt(), 0);
        QCOMPARE(moves.first().at(2).toInt(), 2);
        std::unique_ptr<QMimeData> last(model.mimeData({model.index(2, GoalsModel::TitleColumn)}));
        model.dropMimeData(last.get(), Qt::MoveAction, -1, -1, model.index(0, 0)); // onto the first row
        QCOMPARE(moves.size(), 2);
        QCOMPARE(moves.last().at(2).toInt(), 0);
    }
};

QTEST_MAIN(TestGoalsModel)
#include "tst_goalsmodel.moc"
