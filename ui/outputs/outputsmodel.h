// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "model/entities.h"

#include <QAbstractTableModel>
#include <QList>

namespace hoego {

// A year's outputs as a table: date, kind, title, venue, and how many goals each is evidence for.
class OutputsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { DateColumn, KindColumn, TitleColumn, VenueColumn, GoalsColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,
        MonthRole,
        LinkRole,
        PrivateRole, // bool: left out of a public export (issue 14)
    };

    using QAbstractTableModel::QAbstractTableModel;

    // Replaces the rows; `goalCounts` by output id.
    void setOutputs(const QList<Output> &outputs, const QHash<Id, int> &goalCounts);
    const QList<Output> &outputs() const { return m_outputs; }
    // The output of a row, or nullptr.
    const Output *outputAt(int row) const;
    int rowOf(Id id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Rows drag out as "application/x-hoego-output" (the ids), to be dropped on a goal.
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;

private:
    QList<Output> m_outputs;
    QHash<Id, int> m_goalCounts;
};

// The MIME type an output is dragged as.
inline constexpr char kOutputMimeType[] = "application/x-hoego-output";

} // namespace hoego
