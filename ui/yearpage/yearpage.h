#pragma once

#include "model/ids.h"

#include <QTabWidget>

class QUndoStack;

namespace hoego {

struct Repositories;
class EventsPage;
class GoalsPage;
class LessonsPage;
class OverviewPage;
class ProgressPage;
class ReviewPage;

// One year's page: the tabs Overview, Events, Review, Lessons & Unfinished, Goals and Progress over the same
// year. It forwards the year and read-only state to every tab and says when any of them stored a change.
class YearPage final : public QTabWidget
{
    Q_OBJECT

public:
    YearPage(Repositories &repos, QUndoStack *undo, QWidget *parent = nullptr);

    void setYear(Id yearId);
    Id year() const { return m_yearId; }
    void setReadOnly(bool readOnly);
    // Re-reads what other parts of the window may have changed (counts, charts).
    void refresh();
    // Stores pending typing (closing note, section body) before the year changes or the window closes.
    void saveNow();
    // Switches to the tab holding the item and selects it. Kinds: "year", "event", "section", "lesson",
    // "unfinished", "goal". False when the item is not in this year.
    bool showItem(const QString &kind, Id id);

    OverviewPage *overviewPage() const { return m_overview; }
    EventsPage *eventsPage() const { return m_events; }

signals:
    void changed();

private:
    Id m_yearId = 0;
    OverviewPage *m_overview;
    EventsPage *m_events;
    ReviewPage *m_review;
    LessonsPage *m_lessons;
    GoalsPage *m_goals;
    ProgressPage *m_progress;
};

} // namespace hoego
