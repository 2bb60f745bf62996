// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "model/entities.h"

#include <QWidget>

#include <functional>
#include <optional>

class QDateEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QSpinBox;
class QUndoCommand;
class QUndoStack;

namespace hoego {

class GoalEvidenceBox;
class StoredCommand;
struct Repositories;

// The selected goal in detail: its count (+1/-1 and direct entry), its milestones as an ordered checklist, its
// evidence links, and the status actions (edit, drop with a reason, reopen, delete). Every change is pushed
// as a command through the board's push, which shows a failure and follows the change feed.
class GoalDetailsPanel final : public QWidget
{
    Q_OBJECT

public:
    using Push = std::function<bool(StoredCommand *)>;
    GoalDetailsPanel(Repositories &repos, QUndoStack *undo, Push push, QWidget *parent = nullptr);

    void setGoal(const std::optional<Goal> &goal, const QList<Area> &areas);
    // The themes linked to the goal (issue 12), shown under its title; empty hides the line.
    void setThemes(const QStringList &names);
    void setReadOnly(bool readOnly);
    // The goal's year: a done date may not be set before it began.
    void setYearNumber(int yearNumber);

private:
    bool push(StoredCommand *command);
    void updateEnabled();
    void stepCount(int delta);
    void commitCount();
    void commitDoneDate();
    void milestoneChanged(QListWidgetItem *item);
    void milestoneMoved(int from, int to);
    void addMilestone();
    void removeMilestone();
    void addLink();
    void removeLink();
    void openLink();
    void editGoal();
    // The editor filled with `shown`, saving over `original` (the goal as stored).
    void openEditor(const Goal &original, const Goal &shown);
    // An edit refused because another client changed the goal meanwhile (issue 16): the editor opens again with
    // what the user typed over the goal as it is now, so nothing typed is lost and saving again is a choice.
    void offerAgainIfChangedElsewhere(const Goal &original, const Goal &edited);
    void dropGoal();
    void reopenGoal();
    void deleteGoal();

    Repositories &m_repos;
    Push m_push;
    QUndoStack *m_undo = nullptr;
    std::optional<Goal> m_goal;
    QList<Area> m_areas;
    bool m_readOnly = false;
    int m_yearNumber = 0;

    QLabel *m_placeholder = nullptr;
    QWidget *m_content = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_meta = nullptr;
    QLabel *m_notes = nullptr;
    QLabel *m_themes = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_drop = nullptr;
    QPushButton *m_reopen = nullptr;
    QPushButton *m_delete = nullptr;
    QWidget *m_doneRow = nullptr;
    QDateEdit *m_doneOn = nullptr;
    QGroupBox *m_countBox = nullptr;
    QPushButton *m_minus = nullptr;
    QSpinBox *m_count = nullptr;
    QPushButton *m_plus = nullptr;
    QLabel *m_target = nullptr;
    QGroupBox *m_milestonesBox = nullptr;
    QListWidget *m_milestones = nullptr;
    QLineEdit *m_newMilestone = nullptr;
    QPushButton *m_addMilestone = nullptr;
    QPushButton *m_removeMilestone = nullptr;
    QGroupBox *m_linksBox = nullptr;
    QListWidget *m_links = nullptr;
    QLineEdit *m_linkLabel = nullptr;
    QLineEdit *m_linkUrl = nullptr;
    QPushButton *m_addLink = nullptr;
    QPushButton *m_removeLink = nullptr;
    QPushButton *m_openLink = nullptr;
    GoalEvidenceBox *m_evidence = nullptr; // outputs and events linked as evidence (issue 13)
};

} // namespace hoego
