// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "progresspage.h"
#include "i18n/particles.h"

#include "charts/chartviews.h"
#include "goalreportcard.h"
#include "journal/journal.h"
#include "outputsprogress.h"
#include "planview.h"
#include "progress/areahistory.h"
#include "progress/goalcounts.h"
#include "progress/monthlyprogress.h"
#include "progress/outputcounts.h"
#include "progress/yearcomparison.h"
#include "progress/yearprogress.h"
#include "storage/repositories.h"

#include <QButtonGroup>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QSvgGenerator>
#include <QToolButton>
#include <QVBoxLayout>

#include <utility>

namespace hoego {
namespace {

// The view the user last chose, by name, so that it opens again with the next window.
const QString kViewKey = QStringLiteral("progress/view");
const char *const kViewNames[] = {"charts", "plan", "outputs"};

} // namespace

ProgressPage::ProgressPage(Journal &journal, QUndoStack *undo, QWidget *parent)
    : QWidget(parent)
    , m_repos(journal.repositories())
{
    setObjectName(QStringLiteral("progressPage"));
    setAccessibleName(tr("Progress"));
    connect(&journal, &Journal::changed, this, &ProgressPage::followStoredChanges);

    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("progressHeading"));
    m_heading->setAccessibleName(tr("Year"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.5);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_save = new QPushButton(tr("Save as…"), this);
    m_save->setObjectName(QStringLiteral("saveChartsButton"));
    m_save->setAccessibleName(tr("Save the charts as an image"));
    m_save->setToolTip(tr("Save these charts as PNG or SVG"));
    // The three views, one at a time: the charts, plan against actual, what was made.
    auto *switches = new QButtonGroup(this);
    const std::pair<const char *, QString> views[] = {
            {"progressShowCharts", tr("&Charts")},
            {"progressShowPlan", tr("Pla&n against actual")},
            {"progressShowOutputs", tr("&What I made")},
    };
    auto *switchRow = new QHBoxLayout;
    switchRow->setSpacing(0);
    for (const auto &[name, text] : views) {
        auto *button = new QToolButton(this);
        button->setObjectName(QLatin1String(name));
        button->setText(text);
        button->setAccessibleName(QString(text).remove(QLatin1Char('&')));
        button->setCheckable(true);
        button->setAutoRaise(false);
        switches->addButton(button, int(m_switches.size()));
        switchRow->addWidget(button);
        m_switches << button;
    }
    m_switches.constFirst()->setChecked(true);
    m_stale = {false, true, true};
    auto *header = new QHBoxLayout;
    header->addWidget(m_heading);
    header->addStretch();
    header->addLayout(switchRow);
    header->addSpacing(12);
    header->addWidget(m_save);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("progressErrorLabel"));
    m_error->setWordWrap(true);
    m_error->hide();

    m_charts = new QWidget(this);
    m_charts->setObjectName(QStringLiteral("progressCharts"));
    m_charts->setAutoFillBackground(true);
    m_charts->setBackgroundRole(QPalette::Base);
    auto *grid = new QGridLayout(m_charts);
    grid->setSpacing(10);
    if (charts::Factory *make = charts::factory(&m_chartsError)) {
        m_ring = make->goalRing(m_charts);
        m_ring->setCounts({}, progress::CountsText::line({}));
        m_areas = make->areaBars(m_charts);
        m_months = make->monthLine(m_charts);
        m_rates = make->yearBars(tr("Completion rate per year"), m_charts);
        m_rates->widget()->setObjectName(QStringLiteral("completionRateByYear"));
        m_events = make->yearBars(tr("Events per year"), m_charts);
        m_events->widget()->setObjectName(QStringLiteral("eventsByYear"));
        m_areaYears = make->areaYears(m_charts);
        grid->addWidget(m_ring->widget(), 0, 0);
        grid->addWidget(m_areas->widget(), 0, 1);
        grid->addWidget(m_months->widget(), 1, 0, 1, 2);
    }
    auto *acrossYears = new QLabel(tr("Across years"), m_charts);
    QFont sectionFont = acrossYears->font();
    sectionFont.setBold(true);
    sectionFont.setPointSizeF(sectionFont.pointSizeF() * 1.15);
    acrossYears->setFont(sectionFont);

    grid->addWidget(acrossYears, 2, 0, 1, 2);
    if (m_ring) {
        auto *yearsRow = new QHBoxLayout;
        yearsRow->addWidget(m_rates->widget());
        yearsRow->addWidget(m_events->widget());
        grid->addLayout(yearsRow, 3, 0, 1, 2);
        grid->addWidget(m_areaYears->widget(), 4, 0, 1, 2);
    }
    grid->setColumnStretch(0, 2);
    grid->setColumnStretch(1, 3);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_charts);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    // The report card comes first (left, read first): which goals are done is what the tab is opened for.
    m_report = new GoalReportCard(m_repos, undo, this);
    m_report->setMinimumWidth(280);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("progressSplitter"));
    split->setChildrenCollapsible(false);
    split->addWidget(m_report);
    split->addWidget(scroll);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);

    m_plan = new PlanView(this);
    m_outputs = new OutputsProgressView(this);
    auto *outputsScroll = new QScrollArea(this);
    outputsScroll->setWidget(m_outputs);
    outputsScroll->setWidgetResizable(true);
    outputsScroll->setFrameShape(QFrame::NoFrame);

    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("progressViews"));
    m_pages->addWidget(split);
    m_pages->addWidget(m_plan);
    m_pages->addWidget(outputsScroll);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_error);
    layout->addWidget(m_pages, 1);

    const QString remembered = QSettings().value(kViewKey).toString();
    for (int index = 0; index < int(std::size(kViewNames)); ++index) {
        if (remembered == QLatin1String(kViewNames[index])) {
            m_switches[index]->setChecked(true);
            m_pages->setCurrentIndex(index); // drawn when the tab is first shown, as the charts are
        }
    }
    connect(switches, &QButtonGroup::idClicked, this, [this](int id) {
        showView(View(id));
        QSettings().setValue(kViewKey, QLatin1String(kViewNames[id]));
    });
    connect(m_report, &GoalReportCard::goalActivated, this, &ProgressPage::goalActivated);
    connect(m_plan, &PlanView::goalActivated, this, &ProgressPage::goalActivated);
    connect(m_plan, &PlanView::itemActivated, this, &ProgressPage::itemActivated);

    connect(m_save, &QPushButton::clicked, this, &ProgressPage::saveAs);
    // No refresh here: the charts are drawn for a year when the tab is first shown (YearPage).
}

void ProgressPage::setYear(Id yearId)
{
    m_yearId = yearId;
    refresh();
}

void ProgressPage::setReadOnly(bool readOnly)
{
    m_report->setReadOnly(readOnly);
}

ProgressPage::View ProgressPage::currentView() const
{
    return View(m_pages->currentIndex());
}

void ProgressPage::showView(View view)
{
    const int index = int(view);
    m_switches[index]->setChecked(true);
    if (m_stale[index]) {
        m_error->hide();
        refreshView(view);
    }
    m_pages->setCurrentIndex(index);
}

void ProgressPage::refresh()
{
    m_changedWhileHidden = false;
    int yearNumber = 0;
    if (m_yearId != 0) {
        if (auto year = m_repos.years.get(m_yearId); year.ok())
            yearNumber = year->number;
    }
    m_heading->setText(yearNumber ? tr("Progress of %1").arg(yearNumber) : tr("Progress"));
    m_error->hide();
    for (bool &stale : m_stale)
        stale = true;
    refreshView(currentView());
}

void ProgressPage::followStoredChanges(const ChangeSet &changes)
{
    if (m_yearId == 0 || !changes.touchesYearContent())
        return;
    // Charts are drawn when looked at: a change made on another tab is read when this one is shown.
    if (isVisible())
        refresh();
    else
        m_changedWhileHidden = true;
}

void ProgressPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (std::exchange(m_changedWhileHidden, false))
        refresh();
}

void ProgressPage::refreshView(View view)
{
    m_stale[int(view)] = false;
    switch (view) {
    case View::Charts:
        refreshCharts();
        break;
    case View::Plan:
        refreshPlan();
        break;
    case View::Outputs:
        refreshOutputs();
        break;
    }
}

void ProgressPage::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void ProgressPage::refreshCharts()
{
    m_report->setYear(m_yearId);
    QList<Goal> goals;
    QList<Area> areas;
    QList<YearOverview> years;
    QList<GoalTrace> traces;
    int yearNumber = 0;
    QString error;
    if (auto overviews = m_repos.years.overviews(); overviews.ok())
        years = overviews.value();
    else
        error = overviews.error().message;
    if (auto all = m_repos.areas.all(); all.ok())
        areas = all.value();
    else
        error = all.error().message;
    if (auto all = m_repos.history.goalTraces(); all.ok())
        traces = all.value();
    else
        error = all.error().message;
    if (m_yearId != 0) {
        if (auto loaded = m_repos.goals.forYear(m_yearId); loaded.ok())
            goals = loaded.value();
        else
            error = loaded.error().message;
        for (const YearOverview &overview : std::as_const(years)) {
            if (overview.year.id == m_yearId)
                yearNumber = overview.year.number;
        }
    }
    if (!m_chartsError.isEmpty())
        error = tr("The charts cannot be drawn: %1").arg(m_chartsError);
    if (!error.isEmpty())
        showError(error);
    if (!m_ring)
        return;

    const progress::GoalCounts counts = progress::countGoals(goals);
    m_ring->setCounts(counts, progress::CountsText::line(counts));
    m_areas->setAreas(progress::byArea(goals), areas);
    m_months->setMonths(progress::completionsByMonth(goals, yearNumber), counts.total());

    QList<int> numbers;
    QList<int> rates;
    QList<int> events;
    for (const progress::YearComparison &row : progress::acrossYears(years)) {
        numbers << row.yearNumber;
        rates << qRound(row.rate * 100);
        events << row.events;
    }
    m_rates->setYears(numbers, rates, true);
    m_events->setYears(numbers, events, false);
    m_areaYears->setHistory(progress::completionByArea(traces, areas), areas);
}

void ProgressPage::refreshPlan()
{
    if (m_yearId == 0) {
        m_plan->setPlan({});
        return;
    }
    auto plan = m_repos.history.planAgainstActual(m_yearId);
    if (!plan.ok()) {
        showError(plan.error().message);
        return;
    }
    m_plan->setPlan(plan.value());
}

void ProgressPage::refreshOutputs()
{
    int yearNumber = 0;
    QList<int> yearNumbers;
    auto years = m_repos.years.overviews();
    auto tallies = m_repos.history.outputTallies();
    if (!years.ok() || !tallies.ok()) {
        showError((!years.ok() ? years.error() : tallies.error()).message);
        return;
    }
    for (const YearOverview &overview : years.value()) {
        yearNumbers << overview.year.number;
        if (overview.year.id == m_yearId)
            yearNumber = overview.year.number;
    }
    m_outputs->setCounts(progress::outputsByMonth(*tallies, yearNumber),
                         progress::outputsAcrossYears(*tallies, yearNumbers));
}

QWidget *ProgressPage::canvas() const
{
    switch (currentView()) {
    case View::Plan:
        return m_plan;
    case View::Outputs:
        return m_outputs;
    case View::Charts:
        break;
    }
    return m_charts;
}

QString ProgressPage::saveTo(const QString &path)
{
    const bool svg = path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive);
    if (svg) {
        QSvgGenerator generator;
        generator.setFileName(path);
        generator.setSize(canvas()->size());
        generator.setViewBox(canvas()->rect());
        generator.setTitle(m_heading->text());
        generator.setDescription(tr("Hoego progress charts"));
        QPainter painter;
        if (!painter.begin(&generator))
            return i18n::fillWords(tr("Could not write %1."), QFileInfo(path).fileName());
        canvas()->render(&painter);
        painter.end();
        if (!QFileInfo(path).exists() || QFileInfo(path).size() == 0)
            return i18n::fillWords(tr("Could not write %1."), QFileInfo(path).fileName());
        return {};
    }
    const QImage image = canvas()->grab().toImage();
    if (!image.save(path, "PNG"))
        return i18n::fillWords(tr("Could not write %1."), QFileInfo(path).fileName());
    return {};
}

void ProgressPage::saveAs()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString suggested = folder + QLatin1Char('/') + m_heading->text() + QStringLiteral(".png");
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Charts"), suggested,
                                                      tr("PNG image (*.png);;SVG drawing (*.svg)"));
    if (path.isEmpty())
        return;
    const QString error = saveTo(path);
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
}

} // namespace hoego
