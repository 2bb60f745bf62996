// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "model/entities.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTreeView;
class QTreeWidget;
class QUndoStack;

namespace hoego {

struct ChangeSet;
struct CloseYearPlan;
class Journal;
struct Repositories;
class StoredCommand;
class GoalDetailsPanel;
class GoalsFilterModel;
class GoalsModel;

// The goals board of one year: the goals with checkbox, title, area, progress and status; a details panel for
// the selected goal; adding (Ctrl+G, or pasting lines), filtering, sorting, drag to reorder; closing the year.
// Every change is stored at once through an undoable command. What is shown comes back through the change feed,
// whoever wrote it: a goal edited in place is read again alone, anything else reads the year's goals.
class GoalsPage final : public QWidget
{
    Q_OBJECT

public:
    GoalsPage(Journal &journal, QUndoStack *undo, QWidget *parent = nullptr);
    ~GoalsPage() override;

    void setYear(Id yearId);
    Id yearId() const { return m_yearId; }
    void setReadOnly(bool readOnly);
    // Selects the goal when it belongs to the shown year (clearing filters that hide it); kind is "goal".
    bool showItem(const QString &kind, Id id);

    // Adds one goal per pasted line as one undo step; returns how many lines became goals.
    int pasteGoals(const QString &text);
    void addGoal();
    void closeYear();
    // Marks the selected goal private, or public again (Ctrl+Shift+P; issue 14). One undo step.
    void toggleCurrentGoalPrivate();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void reload();
    void reloadCarried();
    void followStoredChanges(const ChangeSet &changes);
    bool updateGoalsInPlace(const QSet<Id> &goalIds);
    void showCounts();
    void showError(const QString &message);
    void applyCloseYear(const CloseYearPlan &plan);
    void updateDetails();
    void updateEnabled();
    void updateFilters();
    void toggleCurrent();
    void updatePrivateAction();
    Id currentGoalId() const;
    // Pushes an edit of the board; false when it was not stored (the board then says why).
    bool push(StoredCommand *command);

    Journal &m_journal;
    Repositories &m_repos;
    QUndoStack *m_undo = nullptr;
    Id m_yearId = 0;
    bool m_readOnly = false;
    QList<Area> m_areas;

    GoalsModel *m_model = nullptr;
    GoalsFilterModel *m_proxy = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_add = nullptr;
    QComboBox *m_areaFilter = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QComboBox *m_sort = nullptr;
    QPushButton *m_carriedToggle = nullptr;
    QPushButton *m_closeYear = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTreeView *m_view = nullptr;
    QAction *m_privateAction = nullptr;
    QTreeWidget *m_carried = nullptr;
    GoalDetailsPanel *m_details = nullptr;
};

} // namespace hoego
