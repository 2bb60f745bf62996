// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "model/entities.h"

#include <QAbstractTableModel>
#include <QHash>

namespace hoego {

// The goals of one year in board order, with the carried-years count and the area of each. The model never
// writes: checking a box or dropping a row asks for the change (checkRequested, moveRequested) and the board
// turns it into an undoable command, then hands the stored goals back through setGoals.
class GoalsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { CheckColumn, TitleColumn, AreaColumn, ProgressColumn, StatusColumn, ColumnCount };
    enum Role {
        GoalIdRole = Qt::UserRole + 1,
        KindRole, // GoalKind as int
        StatusRole, // GoalStatus as int
        FractionRole, // 0..1
        ProgressTextRole, // "7/12", "2/5", "100%"
        CarriedYearsRole, // int, 0 when never carried
        CarriedBadgeRole, // "carried 2 years", empty when never carried
        AreaIdRole,
        AreaColorRole,
        SortRole, // a value that sorts each column meaningfully
        PrivateRole, // bool: left out of a public export (issue 14)
    };

    explicit GoalsModel(QObject *parent = nullptr);

    // Keeps the rows (and the views' selection) when the same goals come back in the same order.
    void setGoals(const QList<Goal> &goals, const QHash<Id, int> &carriedYears, const QList<Area> &areas);
    // Shows `goal` as stored in its row; false when it is not on the board.
    bool updateGoal(const Goal &goal);
    void setReadOnly(bool readOnly);
    const QList<Goal> &goals() const { return m_goals; }
    int rowOfGoal(Id goalId) const;
    const Goal *goalAt(int row) const;
    static QString statusText(GoalStatus status);
    // "carried 1 year", "carried 2 years"; empty for 0.
    static QString carriedText(int years);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

signals:
    void checkRequested(hoego::Id goalId, bool done);
    void moveRequested(hoego::Id goalId, int fromIndex, int toIndex);

private:
    const Area *areaOf(const Goal &goal) const;

    QList<Goal> m_goals;
    QHash<Id, int> m_carriedYears;
    QHash<Id, Area> m_areas;
    bool m_readOnly = false;
};

} // namespace hoego
