// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "goalsfiltermodel.h"

#include "goalsmodel.h"

namespace hoego {

GoalsFilterModel::GoalsFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(GoalsModel::SortRole);
    setSortLocaleAware(true);
    setDynamicSortFilter(true);
}

void GoalsFilterModel::setAreaFilter(std::optional<Id> areaId)
{
    m_area = areaId;
    invalidateRowsFilter();
}

void GoalsFilterModel::setStatusFilter(std::optional<GoalStatus> status)
{
    m_status = status;
    invalidateRowsFilter();
}

bool GoalsFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_area && index.data(GoalsModel::AreaIdRole).toLongLong() != *m_area)
        return false;
    if (m_status && GoalStatus(index.data(GoalsModel::StatusRole).toInt()) != *m_status)
        return false;
    return true;
}

} // namespace hoego
