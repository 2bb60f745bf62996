// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "model/entities.h"
#include "result.h"

#include <QGroupBox>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QUndoStack;

namespace hoego {

struct Repositories;

// In a goal's details (issue 13): the outputs and events linked to it as evidence, each with its link; link one
// of the year's outputs or events, unlink the selected one, and for a counted goal the "count its evidence"
// switch. Every change is an undo step; the goal's count and status follow in the core.
class GoalEvidenceBox final : public QGroupBox
{
    Q_OBJECT

public:
    GoalEvidenceBox(Repositories &repos, QUndoStack *undo, QWidget *parent = nullptr);

    void setGoal(const std::optional<Goal> &goal);
    void setReadOnly(bool readOnly);
    // Links the outputs (ids) to the goal, one undo step; used by a drop on the goal.
    static void linkOutputs(Repositories &repos, QUndoStack *undo, const Goal &goal, const QList<Id> &outputs);

private:
    void reload();
    void updateEnabled();
    void link();
    void unlink();
    void openLink();
    void toggleCounting(bool counts);
    // Shows a refused change in the box and announces a stored one.
    void showResult(const Status &status);

    Repositories &m_repos;
    QUndoStack *m_undo;
    std::optional<Goal> m_goal;
    QList<EvidenceItem> m_items;
    bool m_readOnly = false;
    QCheckBox *m_counts;
    QListWidget *m_list;
    QComboBox *m_candidates;
    QPushButton *m_link;
    QPushButton *m_unlink;
    QPushButton *m_open;
    QLabel *m_error;
};

} // namespace hoego
