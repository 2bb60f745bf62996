// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "model/ids.h"

#include <QTabWidget>

#include <functional>
#include <vector>

class QAction;
class QUndoStack;

namespace hoego {

struct ChangeSet;
class Journal;
class EventsPage;
class GoalsPage;
class LessonsPage;
class OutputsPage;
class OverviewPage;
class ProgressPage;
class QuestionsPage;
class ReviewPage;
class ThemesPage;

// One year's page: the tabs Overview, Events, Review, Lessons & Unfinished, Goals, Progress, Themes and Questions
// over the same year. A tab reads its year when it is shown, not when the year changes: switching years reads only what
// is on screen (issue 7). It forwards the read-only state to every tab.
class YearPage final : public QTabWidget
{
    Q_OBJECT

public:
    YearPage(Journal &journal, QUndoStack *undo, QWidget *parent = nullptr);

    void setYear(Id yearId);
    Id year() const { return m_yearId; }
    void setReadOnly(bool readOnly);
    // Every tab reads its year again when next shown (the current one now): after a change all of them show,
    // such as an area's name.
    void reloadAll();
    // A committed write changed `changes` (from the change feed, for this window's database): every tab that is
    // not on screen reads its year afresh when next shown, and the one on screen re-reads what it shows.
    void followStoredChanges(const ChangeSet &changes);
    // Stores pending typing (closing note, section body) before the year changes or the window closes.
    void saveNow();
    // Switches to the tab holding the item and selects it. Kinds: "year", "event", "section", "lesson",
    // "unfinished", "goal", "theme" (a theme's entry in the year), "answer", "output". False when the item is not in
    // this year.
    bool showItem(const QString &kind, Id id);

    // The tabs, holding the current year (read now if they had not been shown since it changed).
    OverviewPage *overviewPage();
    EventsPage *eventsPage();
    GoalsPage *goalsPage();
    ThemesPage *themesPage();
    QuestionsPage *questionsPage();
    OutputsPage *outputsPage();
    // The page on screen (inside its tab once built), and a switch to the tab that holds `page`.
    QWidget *currentPage() const;
    void showPage(QWidget *page);
    // Actions whose shortcuts work while the Events tab has the focus (edit, delete).
    void addActionsToEvents(const QList<QAction *> &actions);

signals:
    // The selected event on the Events tab changed (0: none).
    void currentEventChanged(hoego::Id eventId);

private:
    struct Tab
    {
        QWidget *page;
        std::function<void(Id)> load; // reads a year
        std::function<void()> reload; // reads the same year again
        Id loadedYear = 0;
        bool stale = false; // edited elsewhere since it was read
    };

    void addPage(QWidget *page, const QString &label, std::function<void(Id)> load, std::function<void()> reload);
    Tab &tabOf(const QWidget *page);
    void ensureLoaded(Tab &tab);
    // Its data changed: read again now when it is on screen, else when it is next shown.
    void markChanged(const QWidget *page);
    bool followsFeedItself(const QWidget *tab) const;
    void openGoal(Id goalId);
    template<typename Page>
    Page *built(Page *&page, QWidget *tab);

    Id m_yearId = 0;
    OverviewPage *m_overview;
    // Every tab but the Overview is built the first time it is shown: their layouts would otherwise be worked out
    // for the first paint of every start (about 20 ms on the 30-year benchmark for Themes and Questions alone;
    // Events and Goals were a tenth of start-up's work, issue 17) although the Overview is what shows. Each
    // sits in a plain tab widget until then.
    EventsPage *events();
    GoalsPage *goals();
    ReviewPage *review();
    LessonsPage *lessons();
    ProgressPage *progress();
    ThemesPage *themes();
    QuestionsPage *questions();
    Journal &m_journal;
    QUndoStack *m_undo;
    bool m_readOnly = false;
    QWidget *m_eventsTab;
    QWidget *m_goalsTab;
    QWidget *m_reviewTab;
    QWidget *m_lessonsTab;
    QWidget *m_progressTab;
    QWidget *m_themesTab;
    QWidget *m_questionsTab;
    EventsPage *m_events = nullptr;
    GoalsPage *m_goals = nullptr;
    ReviewPage *m_review = nullptr;
    LessonsPage *m_lessons = nullptr;
    ProgressPage *m_progress = nullptr;
    ThemesPage *m_themes = nullptr;
    QuestionsPage *m_questions = nullptr;
    // The Outputs tab (issue 13), built when first shown like Themes and Questions.
    OutputsPage *outputs();
    QWidget *m_outputsTab;
    OutputsPage *m_outputs = nullptr;
    std::vector<Tab> m_tabs;
};

} // namespace hoego
