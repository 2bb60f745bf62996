// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "eventfiltermodel.h"

#include "eventsmodel.h"

namespace hoego {

void EventFilterModel::setAreaFilter(Id areaId)
{
    if (areaId == m_area)
        return;
    m_area = areaId;
    invalidateRowsFilter();
}

void EventFilterModel::setTagFilter(const QString &tag)
{
    if (tag == m_tag)
        return;
    m_tag = tag;
    invalidateRowsFilter();
}

bool EventFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_area != kAnyArea && index.data(EventsModel::AreaIdRole).toLongLong() != m_area)
        return false;
    return m_tag.isEmpty() || index.data(EventsModel::TagsRole).toStringList().contains(m_tag);
}

} // namespace hoego
