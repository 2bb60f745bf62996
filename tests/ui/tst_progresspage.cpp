// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "common/contrast.h"
#include "i18n/translations.h"
#include "progress/outputsprogress.h"
#include "progress/planmodel.h"
#include "progress/planview.h"
#include "progress/progresspage.h"
#include "tempdatabase.h"
#include "theme.h"

#include <QAbstractAxis>
#include <QAbstractItemModelTester>
#include <QBarCategoryAxis>
#include <QChartView>
#include <QDesktopServices>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>

using namespace hoego;

namespace {

// 2025: ten goals, seven done (three of them in March), one more dropped; a Korean area for the labels.
Id fillGoalYear(test::TempDatabase &db)
{
    const Id year = *db.repos().years.create(2025);
    const Id area = *db.repos().areas.create(QStringLiteral("공부"), QColor(0x81, 0xB2, 0x9A));
    for (int i = 0; i < 11; ++i) {
        Goal goal;
        goal.yearId = year;
        goal.title = QStringLiteral("목표 %1").arg(i + 1);
        goal.areaId = i < 4 ? area : 0;
        const Id id = *db.repos().goals.create(goal);
        if (i < 7)
            db.repos().goals.check(id, QDate(2025, i < 3 ? 3 : 9, 15)).ok();
        if (i == 10)
            db.repos().goals.drop(id, QStringLiteral("우선순위")).ok();
    }
    Event event;
    event.yearId = year;
    event.title = QStringLiteral("이직");
    event.date = PartialDate::ofYear(2025);
    db.repos().events.create(event).ok();
    return year;
}

// 2022-2024: "영어로 발표하기" set for 2022 and carried at the close of 2022 and 2023; in 2024 also "글 3편",
// counting its evidence (two posts, one with a link, and an event) and linked to the theme "LLM".
struct PlanYear
{
    Id year = 0;
    Id carried = 0;
    Id posts = 0;
    Id linkedPost = 0;
    Id event = 0;
};

PlanYear fillPlanYears(test::TempDatabase &db)
{
    PlanYear plan;
    const Id y2022 = *db.repos().years.create(2022);
    Goal english;
    english.yearId = y2022;
    english.title = QStringLiteral("영어로 발표하기");
    plan.carried = *db.repos().goals.create(english);
    for (int year = 2023; year <= 2024; ++year)
        plan.carried = db.repos().goals.carryOver(plan.carried, year)->goalId;
    plan.year = db.repos().years.byNumber(2024)->id;
    Goal posts;
    posts.yearId = plan.year;
    posts.title = QStringLiteral("글 3편");
    posts.kind = GoalKind::Count;
    posts.target = 3;
    posts.countsEvidence = true;
    plan.posts = *db.repos().goals.create(posts);
    Output post;
    post.yearId = plan.year;
    post.kind = QStringLiteral("post");
    post.title = QStringLiteral("RAG 평가 후기");
    post.date = PartialDate::ofDay(2024, 3, 10);
    post.link = QUrl(QStringLiteral("https://blog.example.kr/rag"));
    plan.linkedPost = *db.repos().outputs.create(post);
    post.title = QStringLiteral("초안");
    post.date = PartialDate::ofMonth(2024, 5);
    post.link = QUrl();
    const Id draft = *db.repos().outputs.create(post);
    Event meetup;
    meetup.yearId = plan.year;
    meetup.title = QStringLiteral("밋업 발표");
    meetup.date = PartialDate::ofMonth(2024, 4);
    plan.event = *db.repos().events.create(meetup);
    db.repos().evidence.link(plan.posts, EvidenceSource::Output, plan.linkedPost).ok();
    db.repos().evidence.link(plan.posts, EvidenceSource::Output, draft).ok();
    db.repos().evidence.link(plan.posts, EvidenceSource::Event, plan.event).ok();
    const Id theme
            = db.repos().themes.addToYearByName(QStringLiteral("LLM"), 0, plan.year, ThemeState::Trial, {})->themeId;
    db.repos().themes.link(ThemeLink{0, theme, ThemeLinkTarget::Goal, plan.posts}).ok();
    return plan;
}

QString ringText(ProgressPage &page)
{
    return page.findChild<QLabel *>(QStringLiteral("progressRingLabel"))->text();
}

} // namespace

// Receives the links QDesktopServices would hand to the browser.
class LinkCatcher : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> opened;

public slots:
    void open(const QUrl &url) { opened << url; }
};

class TestProgressPage : public QObject
{
    Q_OBJECT

private slots:
    // English with its plural forms ("2 goals", not "2 goal(s)"), as the application installs it.
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        i18n::applyLanguage(i18n::Language::English);
    }
    // Every test starts on the charts: the view a test clicks is remembered in the settings.
    void init() { QSettings().remove(QStringLiteral("progress/view")); }

    void theRingShowsTheShareOfGoalsDoneWithoutTheDroppedOnes()
    {
        test::TempDatabase db;
        const Id year = fillGoalYear(db);
        QUndoStack undo;
        ProgressPage page(db.journal(), &undo);
        page.setYear(year);
        QCOMPARE(ringText(page), QStringLiteral("7 of 10"));
        QCOMPARE(page.findChild<QLabel *>(QStringLiteral("progressRingPercent"))->text(), QStringLiteral("70%"));
        auto *areas = page.findChild<QChartView *>(QStringLiteral("progressByArea"));
        auto *names = qobject_cast<QBarCategoryAxis *>(areas->chart()->axes(Qt::Vertical).value(0));
        QVERIFY(names);
        QVERIFY(names->categories().contains(QStringLiteral("공부  4/4")));
    }

    void refreshPicksUpAChangeMadeElsewhere()
    {
        test::TempDatabase db;
        const Id year = fillGoalYear(db);
        QUndoStack undo;
        ProgressPage page(db.journal(), &undo);
        page.setYear(year);
        const Id open = db.repos().goals.forYear(year)->at(8).id;
        QVERIFY(db.repos().goals.check(open).ok());
        page.refresh();
        QCOMPARE(ringText(page), QStringLiteral("8 of 10"));
    }

    void anEmptyYearShowsNoGoalsInsteadOfZeroPercent()
    {
        test::TempDatabase db;
        const Id year = *db.repos().years.create(2026);
        QUndoStack undo;
        ProgressPage page(db.journal(), &undo);
        page.setYear(year);
        QCOMPARE(ringText(page), QStringLiteral("no goals"));
    }

    void chartsAreSavedAsPngAndSvgWithKoreanLabels()
    {
        test::TempDatabase db;
        const Id year = fillGoalYear(db);
        QUndoStack undo;
        ProgressPage page(db.journal(), &undo);
        page.setYear(year);
        page.resize(1000, 900);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));

        const QString png = db.folder() + QStringLiteral("/진행.png");
        QCOMPARE(page.saveTo(png), QString());
        const QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() > 500);

        const QString svg = db.folder() + QStringLiteral("/progress.svg");
        QCOMPARE(page.saveTo(svg), QString());
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY(text.contains(QStringLiteral("<svg")));
        QVERIFY(text.contains(QStringLiteral("공부")));
        QVERIFY(text.contains(QStringLiteral("7 of 10")));

        QCOMPARE(page.saveTo(db.folder() + QStringLiteral("/missing-folder/x.png")).isEmpty(), false);
    }

    void everyChartTakesTheNewThemeAtOnce()
    {
        // Given the charts of a year on screen in the light theme
        test::TempDatabase db;
        const Id year = fillGoalYear(db);
        QUndoStack undo;
        ProgressPage page(db.journal(), &undo);
        page.setYear(year);
        page.resize(1100, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        theme::applyTheme(AppSettings::Theme::Light);
        const QList<QChartView *> charts = page.findChildren<QChartView *>();
        // the ring's page: 5 and the areas over the years; What I made: by month and per year
        QCOMPARE(charts.size(), 8);
        auto *percent = page.findChild<QLabel *>(QStringLiteral("progressRingPercent"));

        for (const AppSettings::Theme chosen : {AppSettings::Theme::Dark, AppSettings::Theme::Light}) {
            // When the theme is switched (as Preferences does)
            theme::applyTheme(chosen);
            QCoreApplication::processEvents(); // QApplication posts the palette change to every widget
            const QPalette expected = chosen == AppSettings::Theme::Dark ? theme::darkPalette() : theme::lightPalette();

            // Then, without reading the year again, every chart is drawn on the new background with the new
            // text colour, and the ring's percentage stays readable
            for (QChartView *chart : charts) {
                QCOMPARE(chart->chart()->backgroundBrush().color(), expected.color(QPalette::Base));
                QCOMPARE(chart->chart()->titleBrush().color(), expected.color(QPalette::WindowText));
                for (QAbstractAxis *axis : chart->chart()->axes())
                    QCOMPARE(axis->labelsColor(), expected.color(QPalette::WindowText));
            }
            QCOMPARE(percent->palette().color(QPalette::WindowText), expected.color(QPalette::WindowText));
            QCOMPARE(percent->text(), QStringLiteral("70%"));
        }
        theme::applyTheme(AppSettings::Theme::System);
    }

    void thePlanShowsWhereEachGoalCameFromAndWhatHappened()
    {
        // Given 2024's Progress tab on screen
        test::TempDatabase db;
        const PlanYear data = fillPlanYears(db);
        QUndoStack undo;
        ProgressPage page(db.journal(), &undo);
        page.resize(1024, 700);
        page.setYear(data.year);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *tree = page.findChild<QTreeView *>(QStringLiteral("planTree"));
        QAbstractItemModelTester tester(tree->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);

        // When "Plan against actual" is clicked
        QTest::mouseClick(page.findChild<QToolButton *>(QStringLiteral("progressShowPlan")), Qt::LeftButton);

        // Then the summary says where the goals came from and how they fared
        QCOMPARE(page.currentView(), ProgressPage::View::Plan);
        QVERIFY(tree->isVisible());
        const QString summary = page.findChild<QLabel *>(QStringLiteral("planSummary"))->text();
        QVERIFY2(summary.contains(QStringLiteral("2 goals planned for 2024: 1 set for the year, 1 carried from "
                                                 "earlier years (1 of them again and again).")),
                 qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("Done: 1 of 1 set for the year · 0 of 1 carried.")),
                 qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("1 goal with evidence: 2 outputs, 1 event.")), qPrintable(summary));

        // And the goal carried twice stands out: its origin, bold, in a colour legible on the view
        QAbstractItemModel *model = tree->model();
        QCOMPARE(model->rowCount(), 2);
        const QModelIndex carried = model->index(0, PlanModel::PlannedColumn);
        QCOMPARE(carried.data().toString(), QStringLiteral("\u21BB2  Carried 2 times, since 2022"));
        QVERIFY(carried.data(PlanModel::CarriedAgainRole).toBool());
        QVERIFY(carried.data(Qt::FontRole).value<QFont>().bold());
        const QColor warning = carried.data(Qt::ForegroundRole).value<QColor>();
        QVERIFY(contrast::ratio(warning, tree->palette().color(QPalette::Base)) >= contrast::kMinimum);
        QVERIFY(carried.data(Qt::ToolTipRole).toString().contains(QStringLiteral("2022 → 2023 → 2024")));
        QCOMPARE(model->index(0, PlanModel::ActualColumn).data().toString(), QStringLiteral("Not started"));

        // And the counted goal is done by its evidence, listed under it by date with the link marked
        const QModelIndex posts = model->index(1, PlanModel::GoalColumn);
        QCOMPARE(model->index(1, PlanModel::PlannedColumn).data().toString(), QStringLiteral("Set for 2024"));
        QVERIFY(model->index(1, PlanModel::ActualColumn).data().toString().startsWith(QStringLiteral("Done on")));
        QCOMPARE(model->index(1, PlanModel::EvidenceColumn).data().toString(), QStringLiteral("2 outputs · 1 event"));
        QCOMPARE(model->index(1, PlanModel::ThemesColumn).data().toString(), QStringLiteral("LLM"));
        QCOMPARE(model->rowCount(posts), 3);
        QCOMPARE(model->index(0, 0, posts).data().toString(), QStringLiteral("RAG 평가 후기  \u2197"));
        QCOMPARE(model->index(1, 0, posts).data().toString(), QStringLiteral("밋업 발표"));
        QCOMPARE(model->index(1, PlanModel::EvidenceColumn, posts).data().toString(), QStringLiteral("Event"));
        QVERIFY(!model->index(1, 0, posts).data(Qt::AccessibleDescriptionRole).toString().isEmpty());

        // When Enter is pressed on the goal, on the linked post and on the event
        QSignalSpy goals(&page, &ProgressPage::goalActivated);
        QSignalSpy items(&page, &ProgressPage::itemActivated);
        LinkCatcher browser;
        QDesktopServices::setUrlHandler(QStringLiteral("https"), &browser, "open");
        for (const QModelIndex &index : {posts, model->index(0, 0, posts), model->index(1, 0, posts)}) {
            tree->setCurrentIndex(index);
            QTest::keyClick(tree, Qt::Key_Return);
        }
        QDesktopServices::unsetUrlHandler(QStringLiteral("https"));

        // Then the goal opens on the board, the link in the browser and the event on its tab
        QCOMPARE(goals.size(), 1);
        QCOMPARE(goals.first().first().value<Id>(), data.posts);
        QCOMPARE(browser.opened, QList<QUrl>{QUrl(QStringLiteral("https://blog.example.kr/rag"))});
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.first().at(0).toString(), QStringLiteral("event"));
        QCOMPARE(items.first().at(1).value<Id>(), data.event);

        // When the post is unlinked elsewhere and the page reads again, the goal is open again at 2/3
        const GoalEvidence link = *db.repos().evidence.find(data.posts, EvidenceSource::Output, data.linkedPost);
        QVERIFY(db.repos().evidence.unlink(link.id).ok());
        page.refresh();
        QCOMPARE(model->index(1, PlanModel::ActualColumn).data().toString(), QStringLiteral("2/3"));
        QCOMPARE(model->rowCount(model->index(1, 0)), 2);
        // and saving the view on screen writes a picture of it
        const QString png = db.folder() + QStringLiteral("/plan.png");
        QCOMPARE(page.saveTo(png), QString());
        QVERIFY(!QImage(png).isNull());
    }

    void whatIMadeCountsTheYearsOutputsByMonthAndYearAgainstYear()
    {
        // Given two talks in 2025 and, in 2026, two posts in March, a talk in August and a post of the year only
        test::TempDatabase db;
        const Id y2025 = *db.repos().years.create(2025);
        const Id y2026 = *db.repos().years.create(2026);
        const auto add = [&](Id year, const char *kind, const PartialDate &date) {
            Output output;
            output.yearId = year;
            output.kind = QLatin1String(kind);
            output.title = QStringLiteral("%1 %2").arg(QLatin1String(kind), date.toIsoString());
            output.date = date;
            QVERIFY(db.repos().outputs.create(output).ok());
        };
        add(y2025, "talk", PartialDate::ofMonth(2025, 5));
        add(y2025, "talk", PartialDate::ofMonth(2025, 9));
        add(y2026, "post", PartialDate::ofDay(2026, 3, 1));
        add(y2026, "post", PartialDate::ofMonth(2026, 3));
        add(y2026, "talk", PartialDate::ofDay(2026, 8, 15));
        add(y2026, "post", PartialDate::ofYear(2026));
        QUndoStack undo;
        ProgressPage page(db.journal(), &undo);
        page.resize(1024, 700);
        page.setYear(y2026);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));

        // When "What I made" is clicked
        QTest::mouseClick(page.findChild<QToolButton *>(QStringLiteral("progressShowOutputs")), Qt::LeftButton);

        // Then the year's outputs are counted by kind, by month (the year-only one in a column of its own)
        QCOMPARE(page.currentView(), ProgressPage::View::Outputs);
        QCOMPARE(page.findChild<QLabel *>(QStringLiteral("outputsProgressSummary"))->text(),
                 QStringLiteral("4 outputs in 2026: 3 posts, 1 talk"));
        auto *months = page.findChild<QChartView *>(QStringLiteral("outputsByMonth"));
        QVERIFY(months->isVisible());
        auto *monthAxis = qobject_cast<QBarCategoryAxis *>(months->chart()->axes(Qt::Horizontal).value(0));
        QCOMPARE(monthAxis->count(), 13);
        QCOMPARE(months->accessibleDescription(), QStringLiteral("Year: 1 post; Mar: 2 posts; Aug: 1 talk"));
        // and year against year by kind
        auto *years = page.findChild<QChartView *>(QStringLiteral("outputsByYear"));
        auto *yearAxis = qobject_cast<QBarCategoryAxis *>(years->chart()->axes(Qt::Horizontal).value(0));
        QCOMPARE(yearAxis->categories(), (QStringList{QStringLiteral("2025"), QStringLiteral("2026")}));
        QCOMPARE(years->accessibleDescription(), QStringLiteral("2025: 2 talks; 2026: 3 posts, 1 talk"));

        // When a 2025 year is shown instead, its outputs are counted
        page.setYear(y2025);
        QCOMPARE(page.findChild<QLabel *>(QStringLiteral("outputsProgressSummary"))->text(),
                 QStringLiteral("2 outputs in 2025: 2 talks"));

        // And the next Progress tab opens on "What I made", drawn for its year, as the user left it
        ProgressPage next(db.journal(), &undo);
        next.setYear(y2026);
        QCOMPARE(next.currentView(), ProgressPage::View::Outputs);
        QVERIFY(next.findChild<QToolButton *>(QStringLiteral("progressShowOutputs"))->isChecked());
        QCOMPARE(next.findChild<QLabel *>(QStringLiteral("outputsProgressSummary"))->text(),
                 QStringLiteral("4 outputs in 2026: 3 posts, 1 talk"));
    }

    void theChartsShowCompletionByAreaOverTheYears()
    {
        test::TempDatabase db;
        const Id year = fillGoalYear(db);
        QUndoStack undo;
        ProgressPage page(db.journal(), &undo);
        page.setYear(year);
        auto *chart = page.findChild<QChartView *>(QStringLiteral("completionByAreaOverYears"));
        QVERIFY(chart);
        // 공부: 4 of 4 done; no area: 3 done of 6 counted (the dropped one left out)
        QCOMPARE(chart->accessibleDescription(), QStringLiteral("공부: 2025 100%; No area: 2025 50%"));
        QCOMPARE(chart->chart()->series().size(), 2);
    }
};

QTEST_MAIN(TestProgressPage)
#include "tst_progresspage.moc"
