// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "progress/planactual.h"

#include <QAbstractItemModel>
#include <QColor>

namespace hoego {

// Plan against actual as a tree (issue 13): one row per goal planned for the year, saying where it came from
// (set for the year, carried at the close of the year before, carried from which year and how many times) and
// what happened (status and done date, the evidence, the themes linked to it); under each goal its evidence,
// outputs and events, with their links. A goal carried again and again is drawn bold in a warning colour.
class PlanModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { GoalColumn, PlannedColumn, ActualColumn, EvidenceColumn, ThemesColumn, ColumnCount };
    enum Role {
        GoalIdRole = Qt::UserRole + 1, // the goal of the row, or of the evidence row's parent
        SourceRole, // on evidence rows: "output" or "event"
        SourceIdRole, // on evidence rows: the output's or event's id
        LinkRole, // on evidence rows: the output's link (QUrl), empty when it has none
        CarriedAgainRole, // on goal rows: true when carried again and again
        TimesCarriedRole, // on goal rows
    };

    explicit PlanModel(QObject *parent = nullptr);

    void setPlan(const progress::PlanAgainstActual &plan);
    const progress::PlanAgainstActual &plan() const { return m_plan; }
    // The colour a goal carried again and again is drawn in, legible on `background`.
    void setWarningColor(const QColor &color);
    QModelIndex indexOfGoal(Id goalId, int column = GoalColumn) const;

    // "Set for 2024", "Carried at the close of 2023", "Carried from 2021", "Carried 3 times, since 2021".
    static QString originText(const progress::GoalOrigin &origin, int yearNumber);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    QVariant goalData(const progress::PlanRow &row, int column, int role) const;
    QVariant evidenceData(const EvidenceItem &item, int column, int role) const;
    QString evidenceSummary(const progress::PlanRow &row) const;

    progress::PlanAgainstActual m_plan;
    QColor m_warning;
};

} // namespace hoego
