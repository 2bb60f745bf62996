// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "model/ids.h"

#include <QAbstractItemView>
#include <QObject>

class QUndoStack;

namespace hoego {

struct Repositories;

// Lets outputs dragged from the Outputs tab be dropped on a goal in `view` (whose model gives a goal's id under
// `goalIdRole`): the dropped outputs become the goal's evidence, one undo step. The view keeps its own drag and
// drop (reordering); only drags of outputs are taken here.
class OutputDropOnGoals final : public QObject
{
    Q_OBJECT

public:
    OutputDropOnGoals(QAbstractItemView *view, int goalIdRole, Repositories &repos, QUndoStack *undo);

signals:
    // Outputs were linked to the goal.
    void linked(Id goalId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    Id goalAt(const QPoint &position) const;

    QAbstractItemView *m_view;
    int m_goalIdRole;
    Repositories &m_repos;
    QUndoStack *m_undo;
};

} // namespace hoego
