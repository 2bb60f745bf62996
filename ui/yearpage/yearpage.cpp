// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "yearpage.h"

#include "storage/changefeed.h"

#include "events/eventspage.h"
#include "goals/goalspage.h"
#include "notes/lessonspage.h"
#include "outputs/outputspage.h"
#include "overviewpage.h"
#include "progress/progresspage.h"
#include "questions/questionspage.h"
#include "review/reviewpage.h"
#include "themes/themespage.h"

#include <QLayout>
#include <QTabBar>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace hoego {

YearPage::YearPage(Journal &journal, QUndoStack *undo, QWidget *parent)
    : QTabWidget(parent)
    , m_overview(new OverviewPage(journal, undo, this))
    , m_journal(journal)
    , m_undo(undo)
    , m_eventsTab(new QWidget(this))
    , m_goalsTab(new QWidget(this))
    , m_reviewTab(new QWidget(this))
    , m_lessonsTab(new QWidget(this))
    , m_progressTab(new QWidget(this))
    , m_themesTab(new QWidget(this))
    , m_questionsTab(new QWidget(this))
    , m_outputsTab(new QWidget(this))
{
    setObjectName(QStringLiteral("yearTabs"));
    setAccessibleName(tr("Year page"));
    setDocumentMode(true);
    // An output dragged over the Goals tab's name opens that tab, so it can be dropped on a goal.
    tabBar()->setChangeCurrentOnDrag(true);
    tabBar()->setAcceptDrops(true);
    addPage(
            m_overview, tr("&Overview"), [this](Id year) { m_overview->setYear(year); },
            [this] { m_overview->reload(); });
    addPage(
            m_eventsTab, tr("Event&s"), [this](Id year) { events()->setYear(year); }, [this] { events()->reload(); });
    // Review follows its own edits and undo steps through its model (re-reading it would disturb typing), and
    // the goals board and the lessons follow the change feed themselves (the board reads a checked goal alone,
    // the lists show what differs row by row).
    addPage(m_reviewTab, tr("&Review"), [this](Id year) { review()->setYear(year); }, {});
    addPage(m_lessonsTab, tr("&Lessons && Unfinished"), [this](Id year) { lessons()->setYear(year); }, {});
    addPage(m_goalsTab, tr("&Goals"), [this](Id year) { goals()->setYear(year); }, {});
    // Progress follows the change feed itself, and draws its charts when looked at.
    addPage(m_progressTab, tr("&Progress"), [this](Id year) { progress()->setYear(year); }, {});
    for (QWidget *tab :
         {m_eventsTab, m_goalsTab, m_reviewTab, m_lessonsTab, m_progressTab, m_themesTab, m_questionsTab}) {
        auto *layout = new QVBoxLayout(tab);
        layout->setContentsMargins(0, 0, 0, 0);
    }
    addPage(
            m_themesTab, tr("The&mes"), [this](Id year) { themes()->setYear(year); }, [this] { themes()->reload(); });
    addPage(
            m_questionsTab, tr("&Questions"), [this](Id year) { questions()->setYear(year); },
            [this] { questions()->reload(); });
    (new QVBoxLayout(m_outputsTab))->setContentsMargins(0, 0, 0, 0);
    addPage(
            m_outputsTab, tr("O&utputs"), [this](Id year) { outputs()->setYear(year); },
            [this] { outputs()->reload(); });

    // A goal activated on a report card opens on the board.
    connect(m_overview, &OverviewPage::goalActivated, this, &YearPage::openGoal);
    connect(this, &QTabWidget::currentChanged, this, [this](int index) {
        if (index >= 0)
            ensureLoaded(m_tabs[size_t(index)]);
    });
}

void YearPage::addPage(QWidget *page, const QString &label, std::function<void(Id)> load, std::function<void()> reload)
{
    m_tabs.push_back(Tab{page, std::move(load), std::move(reload)});
    addTab(page, label);
}

YearPage::Tab &YearPage::tabOf(const QWidget *page)
{
    const auto found = std::find_if(m_tabs.begin(), m_tabs.end(), [page](const Tab &tab) { return tab.page == page; });
    Q_ASSERT(found != m_tabs.end()); // every page is added in the constructor
    return *found;
}

void YearPage::ensureLoaded(Tab &tab)
{
    if (tab.loadedYear != m_yearId) {
        tab.loadedYear = m_yearId;
        tab.stale = false;
        tab.load(m_yearId);
    } else if (tab.stale) {
        tab.stale = false;
        tab.reload();
    }
}

void YearPage::markChanged(const QWidget *page)
{
    Tab &tab = tabOf(page);
    if (!tab.reload || tab.loadedYear != m_yearId)
        return; // it reads everything when next shown anyway
    tab.stale = true;
    if (currentWidget() == page)
        ensureLoaded(tab);
}

void YearPage::setYear(Id yearId)
{
    if (yearId == m_yearId)
        return;
    saveNow();
    m_yearId = yearId;
    if (currentIndex() >= 0)
        ensureLoaded(m_tabs[size_t(currentIndex())]);
}

void YearPage::setReadOnly(bool readOnly)
{
    m_overview->setReadOnly(readOnly);
    m_readOnly = readOnly;
    if (m_events)
        m_events->setReadOnly(readOnly);
    if (m_goals)
        m_goals->setReadOnly(readOnly);
    if (m_review)
        m_review->setReadOnly(readOnly);
    if (m_lessons)
        m_lessons->setReadOnly(readOnly);
    if (m_progress)
        m_progress->setReadOnly(readOnly);
    if (m_themes)
        m_themes->setReadOnly(readOnly);
    if (m_questions)
        m_questions->setReadOnly(readOnly);
    if (m_outputs)
        m_outputs->setReadOnly(readOnly);
}

void YearPage::reloadAll()
{
    for (Tab &tab : m_tabs)
        tab.loadedYear = -1; // no year has this id: the next ensureLoaded reads the year afresh
    if (currentIndex() >= 0)
        ensureLoaded(m_tabs[size_t(currentIndex())]);
}

bool YearPage::followsFeedItself(const QWidget *tab) const
{
    // The goals board, the lessons and the progress views update what changed, shown or not.
    return tab == m_goalsTab || tab == m_lessonsTab || tab == m_progressTab;
}

void YearPage::followStoredChanges(const ChangeSet &changes)
{
    if (!changes.touchesYearContent())
        return;
    // An area's name or colour shows on every tab, the one on screen too: read everything afresh.
    if (changes.touches(Stored::Area)) {
        reloadAll();
        return;
    }
    // Any change may concern this year (a merged import, Close the Year, an undo on another tab): the hidden
    // tabs cannot tell, so they read afresh when shown; reading one tab costs a few milliseconds.
    for (Tab &tab : m_tabs) {
        if (tab.page != currentWidget() && !followsFeedItself(tab.page))
            tab.loadedYear = -1;
    }
    if (currentWidget())
        markChanged(currentWidget());
}

void YearPage::saveNow()
{
    // Only a tab that was shown can hold typing.
    m_overview->saveNow();
    if (m_review)
        m_review->saveNow();
    if (m_questions)
        m_questions->saveNow();
}

void YearPage::openGoal(Id goalId)
{
    showItem(QStringLiteral("goal"), goalId);
}

// Builds a tab's page in its placeholder, read-only when the window is.
template<typename Page>
Page *YearPage::built(Page *&page, QWidget *tab)
{
    if (!page) {
        page = new Page(m_journal, m_undo, tab);
        page->setReadOnly(m_readOnly);
        tab->layout()->addWidget(page);
        // Shown now, not on the event loop's next turn, so what is built for a tab on screen is on screen.
        page->show();
    }
    return page;
}

EventsPage *YearPage::events()
{
    if (!m_events) {
        built(m_events, m_eventsTab);
        connect(m_events, &EventsPage::currentEventChanged, this, &YearPage::currentEventChanged);
    }
    return m_events;
}

GoalsPage *YearPage::goals()
{
    return built(m_goals, m_goalsTab);
}

void YearPage::addActionsToEvents(const QList<QAction *> &actions)
{
    m_eventsTab->addActions(actions);
}

QWidget *YearPage::currentPage() const
{
    QWidget *tab = currentWidget();
    if (!tab || tab == m_overview)
        return tab;
    QLayoutItem *item = tab->layout() ? tab->layout()->itemAt(0) : nullptr;
    return item && item->widget() ? item->widget() : tab;
}

void YearPage::showPage(QWidget *page)
{
    for (QWidget *at = page; at; at = at->parentWidget()) {
        if (indexOf(at) >= 0) {
            setCurrentWidget(at);
            return;
        }
    }
}

ReviewPage *YearPage::review()
{
    return built(m_review, m_reviewTab);
}

LessonsPage *YearPage::lessons()
{
    return built(m_lessons, m_lessonsTab);
}

ProgressPage *YearPage::progress()
{
    if (!m_progress) {
        m_progress = new ProgressPage(m_journal, m_undo, m_progressTab);
        m_progress->setReadOnly(m_readOnly);
        connect(m_progress, &ProgressPage::goalActivated, this, &YearPage::openGoal);
        connect(m_progress, &ProgressPage::itemActivated, this,
                [this](const QString &kind, Id id) { showItem(kind, id); });
        m_progressTab->layout()->addWidget(m_progress);
    }
    return m_progress;
}

ThemesPage *YearPage::themes()
{
    if (!m_themes) {
        m_themes = new ThemesPage(m_journal, m_undo, m_themesTab);
        m_themes->setReadOnly(m_readOnly);
        m_themesTab->layout()->addWidget(m_themes);
    }
    return m_themes;
}

QuestionsPage *YearPage::questions()
{
    if (!m_questions) {
        m_questions = new QuestionsPage(m_journal, m_undo, m_questionsTab);
        m_questions->setReadOnly(m_readOnly);
        m_questionsTab->layout()->addWidget(m_questions);
    }
    return m_questions;
}

OutputsPage *YearPage::outputs()
{
    if (!m_outputs) {
        m_outputs = new OutputsPage(m_journal, m_undo, m_outputsTab);
        m_outputs->setReadOnly(m_readOnly);
        m_outputsTab->layout()->addWidget(m_outputs);
    }
    return m_outputs;
}

OutputsPage *YearPage::outputsPage()
{
    ensureLoaded(tabOf(m_outputsTab));
    return outputs();
}

OverviewPage *YearPage::overviewPage()
{
    ensureLoaded(tabOf(m_overview));
    return m_overview;
}

EventsPage *YearPage::eventsPage()
{
    ensureLoaded(tabOf(m_eventsTab));
    return events();
}

GoalsPage *YearPage::goalsPage()
{
    ensureLoaded(tabOf(m_goalsTab));
    return goals();
}

ThemesPage *YearPage::themesPage()
{
    ensureLoaded(tabOf(m_themesTab));
    return themes();
}

QuestionsPage *YearPage::questionsPage()
{
    ensureLoaded(tabOf(m_questionsTab));
    return questions();
}

bool YearPage::showItem(const QString &kind, Id id)
{
    if (kind == QLatin1String("year")) {
        setCurrentWidget(m_overview);
        return true;
    }
    if (kind == QLatin1String("event")) {
        setCurrentWidget(m_eventsTab);
        return events()->selectEvent(id);
    }
    if (kind == QLatin1String("section")) {
        setCurrentWidget(m_reviewTab);
        return review()->showItem(kind, id);
    }
    if (kind == QLatin1String("lesson") || kind == QLatin1String("unfinished")) {
        setCurrentWidget(m_lessonsTab);
        return lessons()->showItem(kind, id);
    }
    if (kind == QLatin1String("goal")) {
        setCurrentWidget(m_goalsTab);
        return goals()->showItem(kind, id);
    }
    if (kind == QLatin1String("theme")) {
        setCurrentWidget(m_themesTab);
        return themes()->showEntry(id);
    }
    if (kind == QLatin1String("answer")) {
        setCurrentWidget(m_questionsTab);
        return questions()->showAnswer(id);
    }
    if (kind == QLatin1String("output")) {
        setCurrentWidget(m_outputsTab);
        return outputs()->showOutput(id);
    }
    return false;
}

} // namespace hoego
