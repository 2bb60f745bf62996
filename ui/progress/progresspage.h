// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "model/ids.h"

#include <QWidget>

class QAbstractButton;
class QLabel;
class QPushButton;
class QStackedWidget;
class QUndoStack;

namespace hoego {

struct ChangeSet;
class Journal;
struct Repositories;
class OutputsProgressView;
class PlanView;
class GoalReportCard;
namespace charts {
class AreaBars;
class AreaYears;
class GoalRing;
class MonthLine;
class YearBars;
} // namespace charts

// Progress views, three of them behind a switcher in the header:
// - Charts: first the year's report card (which goals are done, in progress, dropped, carried or open), beside it
//   the ring of goals done, goals done by area and completions over the months; across years the completion
//   rate, the number of events and the completion rate by area.
// - Plan against actual (issue 13): each goal planned for the year, where it came from and what happened to it.
// - What I made (issue 13): the year's outputs by kind and month, and year against year by kind.
// It follows the change feed: a write to the year rereads the view on screen (refresh()) while the page is shown,
// and waits for the page to be shown otherwise. "Save as…" writes the view on screen as PNG or SVG.
class ProgressPage final : public QWidget
{
    Q_OBJECT

public:
    enum class View { Charts, Plan, Outputs };

    ProgressPage(Journal &journal, QUndoStack *undo, QWidget *parent = nullptr);

    void setYear(Id yearId);
    void refresh();
    void setReadOnly(bool readOnly);
    GoalReportCard *reportCard() const { return m_report; }
    PlanView *planView() const { return m_plan; }
    OutputsProgressView *outputsView() const { return m_outputs; }
    View currentView() const;
    void showView(View view);
    // Writes the charts to `path`, as SVG when it ends in .svg and as PNG otherwise; returns the error message
    // or an empty string.
    QString saveTo(const QString &path);

signals:
    // A goal of the report card or the plan was activated: open it on the Goals tab.
    void goalActivated(hoego::Id goalId);
    // An output or event without a link was activated in the plan ("output" or "event").
    void itemActivated(const QString &kind, hoego::Id id);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void followStoredChanges(const ChangeSet &changes);
    void saveAs();
    // Reads what the view needs and draws it.
    void refreshCharts();
    void refreshPlan();
    void refreshOutputs();
    void refreshView(View view);
    QWidget *canvas() const;
    void showError(const QString &message);

    Repositories &m_repos;
    bool m_changedWhileHidden = false;
    Id m_yearId = 0;
    QLabel *m_heading = nullptr;
    QStackedWidget *m_pages = nullptr;
    QList<QAbstractButton *> m_switches;
    QList<bool> m_stale; // by View: read again when next shown
    QLabel *m_error = nullptr;
    QPushButton *m_save = nullptr;
    QWidget *m_charts = nullptr;
    GoalReportCard *m_report = nullptr;
    // Null when the charts module could not be loaded (the page then says so).
    charts::GoalRing *m_ring = nullptr;
    charts::AreaBars *m_areas = nullptr;
    charts::MonthLine *m_months = nullptr;
    charts::YearBars *m_rates = nullptr;
    charts::YearBars *m_events = nullptr;
    charts::AreaYears *m_areaYears = nullptr;
    QString m_chartsError;
    PlanView *m_plan = nullptr;
    OutputsProgressView *m_outputs = nullptr;
};

} // namespace hoego
