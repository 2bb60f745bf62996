// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "model/ids.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QUndoStack;

namespace hoego {

struct Repositories;
class AreaBarChart;
class GoalReportCard;
class MonthLineChart;
class RingChart;
class YearBarChart;

// Progress views: first the year's report card (which goals are done, in progress, dropped, carried or open),
// beside it the ring of goals done, goals done by area and completions over the months; across years the
// completion rate and the number of events. refresh() rereads everything (the year page calls it when the
// change feed reports a write); "Save as…" writes the charts as PNG or SVG.
class ProgressPage final : public QWidget
{
    Q_OBJECT

public:
    ProgressPage(Repositories &repos, QUndoStack *undo, QWidget *parent = nullptr);

    void setYear(Id yearId);
    void refresh();
    void setReadOnly(bool readOnly);
    GoalReportCard *reportCard() const { return m_report; }
    // Writes the charts to `path`, as SVG when it ends in .svg and as PNG otherwise; returns the error message
    // or an empty string.
    QString saveTo(const QString &path);

signals:
    // A goal of the report card was activated: open it on the Goals tab.
    void goalActivated(hoego::Id goalId);

private:
    void saveAs();

    Repositories &m_repos;
    Id m_yearId = 0;
    QLabel *m_heading = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_save = nullptr;
    QWidget *m_charts = nullptr;
    GoalReportCard *m_report = nullptr;
    RingChart *m_ring = nullptr;
    AreaBarChart *m_areas = nullptr;
    MonthLineChart *m_months = nullptr;
    YearBarChart *m_rates = nullptr;
    YearBarChart *m_events = nullptr;
};

} // namespace hoego
