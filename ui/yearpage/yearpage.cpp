#include "yearpage.h"

#include "events/eventspage.h"
#include "goals/goalspage.h"
#include "notes/lessonspage.h"
#include "overviewpage.h"
#include "progress/progresspage.h"
#include "review/reviewpage.h"

namespace hoego {

YearPage::YearPage(Repositories &repos, QUndoStack *undo, QWidget *parent)
    : QTabWidget(parent), m_overview(new OverviewPage(repos, undo, this)), m_events(new EventsPage(repos, undo, this)),
      m_review(new ReviewPage(repos, undo, this)), m_lessons(new LessonsPage(repos, undo, this)),
      m_goals(new GoalsPage(repos, undo, this)), m_progress(new ProgressPage(repos, this))
{
    setObjectName(QStringLiteral("yearTabs"));
    setAccessibleName(tr("Year page"));
    setDocumentMode(true);
    addTab(m_overview, tr("&Overview"));
    addTab(m_events, tr("&Events"));
    addTab(m_review, tr("&Review"));
    addTab(m_lessons, tr("&Lessons && Unfinished"));
    addTab(m_goals, tr("&Goals"));
    addTab(m_progress, tr("&Progress"));

    const auto announce = [this] { emit changed(); };
    connect(m_overview, &OverviewPage::changed, this, announce);
    connect(m_events, &EventsPage::changed, this, announce);
    connect(m_review, &ReviewPage::changed, this, announce);
    connect(m_lessons, &LessonsPage::changed, this, announce);
    connect(m_goals, &GoalsPage::changed, this, announce);
    // Charts are drawn when looked at, not on every keystroke elsewhere.
    connect(this, &QTabWidget::currentChanged, this, [this](int index) {
        if (widget(index) == m_progress)
            m_progress->refresh();
    });
}

void YearPage::setYear(Id yearId)
{
    if (yearId == m_yearId)
        return;
    saveNow();
    m_yearId = yearId;
    m_overview->setYear(yearId);
    m_events->setYear(yearId);
    m_review->setYear(yearId);
    m_lessons->setYear(yearId);
    m_goals->setYear(yearId);
    m_progress->setYear(yearId);
}

void YearPage::setReadOnly(bool readOnly)
{
    m_overview->setReadOnly(readOnly);
    m_events->setReadOnly(readOnly);
    m_review->setReadOnly(readOnly);
    m_lessons->setReadOnly(readOnly);
    m_goals->setReadOnly(readOnly);
}

void YearPage::refresh()
{
    m_overview->reload();
    if (currentWidget() == m_progress)
        m_progress->refresh();
}

void YearPage::saveNow()
{
    m_overview->saveNow();
    m_review->saveNow();
}

bool YearPage::showItem(const QString &kind, Id id)
{
    if (kind == QLatin1String("year")) {
        setCurrentWidget(m_overview);
        return true;
    }
    if (kind == QLatin1String("event")) {
        setCurrentWidget(m_events);
        return m_events->selectEvent(id);
    }
    if (kind == QLatin1String("section")) {
        setCurrentWidget(m_review);
        return m_review->showItem(kind, id);
    }
    if (kind == QLatin1String("lesson") || kind == QLatin1String("unfinished")) {
        setCurrentWidget(m_lessons);
        return m_lessons->showItem(kind, id);
    }
    if (kind == QLatin1String("goal")) {
        setCurrentWidget(m_goals);
        return m_goals->showItem(kind, id);
    }
    return false;
}

} // namespace hoego
