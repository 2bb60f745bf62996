// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "model/ids.h"
#include "progress/goalcounts.h"

#include <QWidget>

class QLabel;
class QTreeView;
class QUndoStack;

namespace hoego {

struct Repositories;
class GoalReportModel;

// Which of a year's goals are done, at a glance: the report card of GoalReportModel in a tree grouped by area.
// Enter or a double click on a goal asks to open it on the Goals tab (goalActivated); a check goal's box (or
// Space) checks it off through the board's undo command. The Progress tab and the Overview both show one; their
// page reads it again when the change feed says the year changed.
class GoalReportCard final : public QWidget
{
    Q_OBJECT

public:
    GoalReportCard(Repositories &repos, QUndoStack *undo, QWidget *parent = nullptr);

    void setYear(Id yearId);
    void reload();
    void setReadOnly(bool readOnly);
    // The overview has its own "Goals" heading; the Progress tab shows the card's.
    void setHeadingVisible(bool visible);
    // The overview gives the card the height of its lines rather than a share of the page.
    void setFitToContents(bool fit);

    GoalReportModel *model() const { return m_model; }
    // The year's goals as last read, counted by the one rule (the overview's line comes from here).
    const progress::GoalCounts &counts() const { return m_counts; }
    QTreeView *view() const { return m_view; }

signals:
    void goalActivated(hoego::Id goalId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showError(const QString &message);
    // The detail column takes what its text needs up to a share of the width; titles get the rest.
    void fitColumns();
    // The width the detail column's texts need, measured once per change of the goals or the font (a resize only
    // shares the width out again).
    int detailTextWidth() const;
    void fitHeight();

    Repositories &m_repos;
    QUndoStack *m_undo;
    Id m_yearId = 0;
    bool m_readOnly = false;
    bool m_fitToContents = false;
    int m_detailWidth = -1; // detailTextWidth(), or -1 until measured after a change
    progress::GoalCounts m_counts;
    QLabel *m_heading;
    QLabel *m_error;
    QLabel *m_empty;
    QTreeView *m_view;
    GoalReportModel *m_model;
};

} // namespace hoego
