// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "goals/goalspage.h"
#include "hoegoprocess.h"
#include "io/exporter.h"
#include "io/reportwords.h"
#include "progress/goalcounts.h"
#include "progress/goalreportcard.h"
#include "progress/goalreportmodel.h"
#include "progress/progresspage.h"
#include "tempdatabase.h"
#include "timeline/yeartimelinemodel.h"
#include "yearpage/overviewpage.h"
#include "years/yearlistmodel.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChartView>
#include <QHorizontalStackedBarSeries>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QProcess>
#include <QProgressBar>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

using namespace hoego;

// Issue 21: one way of counting. One year holds a goal of every status and kind; every surface that shows how
// many goals are done (overview, board header, ring, area bars, report card, timeline, year list, Markdown, HTML
// and PDF exports, the command line) must give the same numbers as progress::countGoals.
namespace {

struct Sample
{
    Id year = 0;
    Id health = 0;
    Id study = 0;
};

// Building the sample must not fail quietly: a missing goal would make every count below wrong for a wrong reason.
void require(const Status &status)
{
    if (!status.ok())
        qFatal("%s", qPrintable(status.error().message));
}

Id add(test::TempDatabase &db, Id year, const QString &title, GoalKind kind, Id area, int target = 0,
       const QList<bool> &milestones = {})
{
    Goal goal;
    goal.yearId = year;
    goal.title = title;
    goal.kind = kind;
    goal.areaId = area;
    goal.target = target;
    for (bool done : milestones)
        goal.milestones << Milestone{0, 0, QStringLiteral("단계"), done, done ? QDate(2024, 3, 1) : QDate(), 0};
    auto id = db.repos().goals.create(goal);
    return id.ok() ? *id : 0;
}

// 2024: done check and done milestones (건강), a carried count (건강), a count under way, a count not started and a
// dropped check (공부), milestones under way and an open check without an area. 2 done of 6 counted: 33%.
Sample fill(test::TempDatabase &db)
{
    Sample s;
    s.year = *db.repos().years.create(2024);
    s.health = *db.repos().areas.create(QStringLiteral("건강"), QColor(0x2E, 0x9E, 0x6A));
    s.study = *db.repos().areas.create(QStringLiteral("공부"), QColor(0x40, 0x70, 0xC0));
    const Id marathon = add(db, s.year, QStringLiteral("하프 마라톤 완주"), GoalKind::Check, s.health);
    require(db.repos().goals.check(marathon, QDate(2024, 5, 3)));
    add(db, s.year, QStringLiteral("건강검진 세 단계"), GoalKind::Milestones, s.health, 0, {true, true, true});
    const Id pushups = add(db, s.year, QStringLiteral("팔굽혀펴기 100번"), GoalKind::Count, s.health, 10);
    require(db.repos().goals.setCount(pushups, 3));
    require(db.repos().goals.carryOver(pushups, 2025));
    const Id posts = add(db, s.year, QStringLiteral("블로그 글 12편"), GoalKind::Count, s.study, 12);
    require(db.repos().goals.setCount(posts, 7));
    add(db, s.year, QStringLiteral("논문 4편 읽기"), GoalKind::Count, s.study, 4);
    const Id japanese = add(db, s.year, QStringLiteral("일본어 시험"), GoalKind::Check, s.study);
    require(db.repos().goals.drop(japanese, QStringLiteral("이직 준비가 먼저")));
    add(db, s.year, QStringLiteral("책 쓰기"), GoalKind::Milestones, 0, 0, {true, true, false, false});
    add(db, s.year, QStringLiteral("집 정리"), GoalKind::Check, 0);
    return s;
}

progress::GoalCounts expectedCounts()
{
    progress::GoalCounts counts;
    counts.done = 2;
    counts.inProgress = 2;
    counts.open = 2;
    counts.dropped = 1;
    counts.carried = 1;
    return counts;
}

QString exported(test::TempDatabase &db, Id year, ExportFormat format, i18n::Language language)
{
    ReportOptions options;
    options.language = language;
    auto bytes = exportText(db.connection(), year, format, options);
    return bytes.ok() ? QString::fromUtf8(*bytes) : QString();
}

} // namespace

class TestGoalCounting : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void theStoredGoalsAndTheYearOverviewCountAlike()
    {
        test::TempDatabase db;
        const Sample s = fill(db);
        const auto goals = db.repos().goals.forYear(s.year);
        QVERIFY(goals.ok());
        QCOMPARE(goals->size(), 8);
        QCOMPARE(progress::countGoals(*goals), expectedCounts());
        // The one-query year overview gives the same done, total, dropped and carried.
        const progress::GoalCounts fromOverview = progress::countsOf(*db.repos().years.overview(s.year));
        QCOMPARE(fromOverview.done, expectedCounts().done);
        QCOMPARE(fromOverview.total(), expectedCounts().total());
        QCOMPARE(fromOverview.dropped, expectedCounts().dropped);
        QCOMPARE(fromOverview.carried, expectedCounts().carried);
        QCOMPARE(expectedCounts().total(), 6);
        QCOMPARE(expectedCounts().percent(), 33);
    }

    void everyWidgetShowsTheSameNumbers()
    {
        test::TempDatabase db;
        const Sample s = fill(db);
        const progress::GoalCounts counts = expectedCounts();
        QUndoStack undo;

        OverviewPage overview(db.journal(), &undo);
        overview.setYear(s.year);
        QCOMPARE(overview.findChild<QLabel *>(QStringLiteral("overviewGoalsText"))->text(),
                 QStringLiteral("2 of 6 done · 33% · 2 in progress · 2 open · 1 dropped · 1 carried over"));
        auto *bar = overview.findChild<QProgressBar *>(QStringLiteral("overviewGoalsBar"));
        QCOMPARE(bar->value(), counts.done);
        QCOMPARE(bar->maximum(), counts.total());

        GoalsPage board(db.journal(), &undo);
        board.setYear(s.year);
        QCOMPARE(board.findChild<QLabel *>(QStringLiteral("goalsSummary"))->text(),
                 progress::CountsText::doneOfTotal(counts));
        QCOMPARE(board.findChild<QLabel *>(QStringLiteral("goalsSummary"))->toolTip(),
                 progress::CountsText::line(counts));

        ProgressPage page(db.journal(), &undo);
        page.setYear(s.year);
        QCOMPARE(page.findChild<QLabel *>(QStringLiteral("progressRingLabel"))->text(), QStringLiteral("2 of 6"));
        QCOMPARE(page.findChild<QLabel *>(QStringLiteral("progressRingPercent"))->text(), QStringLiteral("33%"));
        QCOMPARE(page.findChild<QChartView *>(QStringLiteral("progressRing"))->toolTip(),
                 progress::CountsText::line(counts));

        // Each area bar is drawn at the share its label gives: done of counted goals.
        auto *areas = page.findChild<QChartView *>(QStringLiteral("progressByArea"));
        auto *names = qobject_cast<QBarCategoryAxis *>(areas->chart()->axes(Qt::Vertical).value(0));
        QVERIFY(names);
        QCOMPARE(names->categories(),
                 (QStringList{QStringLiteral("No area  0/2"), QStringLiteral("공부  0/2"),
                              QStringLiteral("건강  2/2")}));
        auto *series = qobject_cast<QHorizontalStackedBarSeries *>(areas->chart()->series().value(0));
        QVERIFY(series);
        QMap<QString, qreal> drawn;
        for (QBarSet *set : series->barSets()) {
            for (int i = 0; i < set->count(); ++i)
                drawn[set->label()] += set->at(i);
        }
        QCOMPARE(drawn.value(QStringLiteral("건강")), 100.0);
        QCOMPARE(drawn.value(QStringLiteral("공부")), 0.0);

        // The report card lists all eight, each in its state.
        GoalReportModel *card = page.reportCard()->model();
        QMap<int, int> states;
        int listed = 0;
        for (int area = 0; area < card->rowCount(); ++area) {
            const QModelIndex parent = card->index(area, 0);
            for (int row = 0; row < card->rowCount(parent); ++row) {
                ++states[card->index(row, 0, parent).data(GoalReportModel::StateRole).toInt()];
                ++listed;
            }
        }
        QCOMPARE(listed, counts.all());
        QCOMPARE(states.value(int(progress::GoalState::Done)), counts.done);
        QCOMPARE(states.value(int(progress::GoalState::InProgress)), counts.inProgress);
        QCOMPARE(states.value(int(progress::GoalState::Open)), counts.open);
        QCOMPARE(states.value(int(progress::GoalState::Dropped)), counts.dropped);
        QCOMPARE(states.value(int(progress::GoalState::Carried)), counts.carried);

        YearTimelineModel timeline(db.repos().years);
        QCOMPARE(timeline.reload(), QString());
        const QModelIndex card2024 = timeline.indexOfYear(s.year);
        QCOMPARE(card2024.data(YearTimelineModel::GoalCountRole).toInt(), counts.total());
        QCOMPARE(card2024.data(YearTimelineModel::GoalsDoneRole).toInt(), counts.done);
        QCOMPARE(card2024.data(YearTimelineModel::GoalsTextRole).toString(), QStringLiteral("2/6 goals"));
        QVERIFY(card2024.data(Qt::ToolTipRole)
                        .toString()
                        .contains(QStringLiteral("2 of 6 done · 33% · 1 dropped · 1 carried over")));

        YearListModel list(db.repos().years);
        QCOMPARE(list.reload(), QString());
        QCOMPARE(list.index(list.indexOfYear(s.year).row(), YearListModel::GoalsColumn).data().toString(),
                 progress::CountsText::doneOfTotal(counts));
    }

    void exportsGiveTheSameNumbers()
    {
        test::TempDatabase db;
        const Sample s = fill(db);
        for (const i18n::Language language : {i18n::Language::Korean, i18n::Language::English}) {
            const QString line = reportwords::progressLine(expectedCounts(), language);
            QVERIFY(exported(db, s.year, ExportFormat::Markdown, language).contains(line));
            QVERIFY(exported(db, s.year, ExportFormat::Html, language).contains(line.toHtmlEscaped()));
        }
        QCOMPARE(reportwords::progressLine(expectedCounts(), i18n::Language::Korean),
                 QStringLiteral("진행률: 6개 중 2개 완료 (33%) · 진행 중 2개 · 시작 전 2개 · 포기 1개 · 이월 1개"));

        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (pdftotext.isEmpty())
            QSKIP("pdftotext (poppler-utils) is needed to read the PDF");
        const QString pdf = db.folder() + QStringLiteral("/2024.pdf");
        ReportOptions options;
        QVERIFY(exportToFile(db.connection(), s.year, ExportFormat::Pdf, options, pdf).ok());
        QProcess process;
        process.start(pdftotext, {pdf, QStringLiteral("-")});
        QVERIFY(process.waitForFinished(30000));
        const QString text = QString::fromUtf8(process.readAllStandardOutput()).simplified();
        QVERIFY2(text.contains(QStringLiteral("6개 중 2개 완료 (33%)")), qPrintable(text.left(400)));
        QVERIFY(text.contains(QStringLiteral("포기 1개")));
    }

    void theCommandLineGivesTheSameNumbers()
    {
        test::TempDatabase db;
        fill(db);
        const QString path = db.path();
        db.close();
        const test::HoegoRun run
                = test::runHoegoAt(QStringLiteral(HOEGO_EXECUTABLE),
                                   {QStringLiteral("--db"), path, QStringLiteral("goals"), QStringLiteral("--year"),
                                    QStringLiteral("2024"), QStringLiteral("--summary"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject counts = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(counts.value(QStringLiteral("done")).toInt(), 2);
        QCOMPARE(counts.value(QStringLiteral("in_progress")).toInt(), 2);
        QCOMPARE(counts.value(QStringLiteral("open")).toInt(), 2);
        QCOMPARE(counts.value(QStringLiteral("dropped")).toInt(), 1);
        QCOMPARE(counts.value(QStringLiteral("carried")).toInt(), 1);
        QCOMPARE(counts.value(QStringLiteral("total")).toInt(), 6);
        QCOMPARE(counts.value(QStringLiteral("percent")).toInt(), 33);

        const test::HoegoRun text = test::runHoegoAt(
                QStringLiteral(HOEGO_EXECUTABLE),
                {QStringLiteral("--db"), path, QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("goals"),
                 QStringLiteral("--year"), QStringLiteral("2024"), QStringLiteral("--summary")});
        QCOMPARE(text.exitCode, 0);
        QCOMPARE(text.out.trimmed(),
                 QStringLiteral("2024\t2 of 6 done · 33% · 2 in progress · 2 open · 1 dropped · 1 carried over"));
    }
};

QTEST_MAIN(TestGoalCounting)
#include "tst_goalcounting.moc"
