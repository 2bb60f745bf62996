// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "model/entities.h"
#include "progress/goalcounts.h"

#include <QAbstractItemModel>
#include <QHash>

namespace hoego {

// The report card of a year's goals: one row per area (in the areas' order, goals without an area last), and
// under it one row per goal saying where it stands: done with its date, in progress (7/12, 2 of 4 milestones),
// dropped with the reason, carried over and to which year, or open. Like GoalsModel it never writes: ticking a
// check goal asks for the change (checkRequested) and the card turns it into the board's undo command.
class GoalReportModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { GoalColumn, DetailColumn, ColumnCount };
    enum Role {
        GoalIdRole = Qt::UserRole + 1, // 0 on an area row
        StateRole, // progress::GoalState as int, on goal rows
        AreaIdRole,
    };

    explicit GoalReportModel(QObject *parent = nullptr);

    // `carriedTo`: for each carried goal, the year number of its continuation (GoalRepository::carriedToYears).
    void setGoals(const QList<Goal> &goals, const QList<Area> &areas, const QHash<Id, int> &carriedTo);
    void setReadOnly(bool readOnly);
    QModelIndex indexOfGoal(Id goalId, int column = GoalColumn) const;
    // The symbol the card shows for a state: ☑ ◐ ✗ → ○.
    static QString symbol(progress::GoalState state);
    // Where the goal stands in words: "Done on …", "7/12", "2 of 4 milestones", "Dropped: …", "Carried over to
    // 2025" (`carriedToYear`, 0 when not known) or "Not started". The plan against actual says the same.
    static QString stateText(const Goal &goal, int carriedToYear);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

signals:
    void checkRequested(hoego::Id goalId, bool done);

private:
    struct Group
    {
        Id areaId = 0;
        QString name;
        QColor color;
        progress::GoalCounts counts;
        QList<Goal> goals;
    };

    const Goal *goalAt(const QModelIndex &index) const;
    bool isCheckable(const Goal &goal) const;
    QVariant areaData(const Group &group, int column, int role) const;
    QVariant goalData(const Goal &goal, int column, int role) const;
    QString detailText(const Goal &goal) const;

    QList<Group> m_groups;
    QHash<Id, int> m_carriedTo;
    bool m_readOnly = false;
};

} // namespace hoego
