// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "progress/planactual.h"

#include <QWidget>

class QLabel;
class QTreeView;

namespace hoego {

class PlanModel;

// The Progress tab's plan against actual (issue 13): a summary of where the year's goals came from and how each
// kind fared, above PlanModel's tree. Enter or a double click on a goal opens it on the Goals tab; on an output
// with a link it opens the link, on another piece of evidence it shows the output or event.
class PlanView final : public QWidget
{
    Q_OBJECT

public:
    explicit PlanView(QWidget *parent = nullptr);

    void setPlan(const progress::PlanAgainstActual &plan);
    PlanModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QString summaryText() const;

    // "10 goals planned for 2026: 8 set for the year, 2 carried from earlier years (1 of them again and again)."
    static QString plannedLine(const progress::PlanSummary &summary, int yearNumber);
    // "Done: 4 of 7 set for the year · 0 of 2 carried. 5 goals have evidence: 12 outputs, 1 event."
    static QString actualLine(const progress::PlanSummary &summary);

signals:
    void goalActivated(hoego::Id goalId);
    // An output or event without a link was activated ("output" or "event").
    void itemActivated(const QString &kind, hoego::Id id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void activate(const QModelIndex &index);
    void fitColumns();
    void updateWarningColor();

    QLabel *m_summary;
    QLabel *m_empty;
    QTreeView *m_view;
    PlanModel *m_model;
};

} // namespace hoego
