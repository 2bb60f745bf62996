// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "model/entities.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QTimer;
class QUndoStack;

namespace hoego {

class Journal;
struct Repositories;
class GoalReportCard;

// A year at a glance: its title and one-line summary (edited in place), what it holds, how many of its goals
// are done with the report card of which ones, and the closing note. Edits are stored as they are made and go on the
// undo stack.
class OverviewPage final : public QWidget
{
    Q_OBJECT

public:
    OverviewPage(Journal &journal, QUndoStack *undo, QWidget *parent = nullptr);

    void setYear(Id yearId);
    void setReadOnly(bool readOnly);
    // Reads the year and its counts again; fields being edited keep the user's text.
    void reload();
    // Stores the closing note now instead of after the idle delay (before switching years or closing).
    void saveNow();

    GoalReportCard *reportCard() const { return m_report; }

signals:
    void changed();
    // A goal of the report card was activated: open it on the Goals tab.
    void goalActivated(hoego::Id goalId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void commitTitle();
    void commitSummary();
    void commitNote();

    Repositories &m_repos;
    QUndoStack *m_undo;
    Id m_yearId = 0;
    YearOverview m_overview;
    QLabel *m_heading;
    QLineEdit *m_title;
    QLineEdit *m_summary;
    QLabel *m_counts;
    QLabel *m_goalsText;
    QProgressBar *m_goalsBar;
    GoalReportCard *m_report;
    QPlainTextEdit *m_note;
    QTimer *m_noteTimer;
    bool m_loading = false;
};

} // namespace hoego
