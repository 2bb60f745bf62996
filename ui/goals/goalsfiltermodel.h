// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "model/entities.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace hoego {

// Filters the board by area and status and sorts it by any column (GoalsModel::SortRole). Without a sort
// column the board keeps its own order, which is the order drag and drop changes.
class GoalsFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit GoalsFilterModel(QObject *parent = nullptr);

    // std::nullopt: every area; 0: goals without an area.
    void setAreaFilter(std::optional<Id> areaId);
    void setStatusFilter(std::optional<GoalStatus> status);
    bool isFiltered() const { return m_area.has_value() || m_status.has_value(); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    std::optional<Id> m_area;
    std::optional<GoalStatus> m_status;
};

} // namespace hoego
