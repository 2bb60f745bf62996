// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "model/ids.h"

#include <QSortFilterProxyModel>

namespace hoego {

// Narrows the events of a year to one area and/or one tag (the combo boxes above the timeline).
class EventFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    static constexpr Id kAnyArea = -1;
    static constexpr Id kNoArea = 0; // events without an area

    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setAreaFilter(Id areaId);
    void setTagFilter(const QString &tag); // empty: any tag
    Id areaFilter() const { return m_area; }
    QString tagFilter() const { return m_tag; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    Id m_area = kAnyArea;
    QString m_tag;
};

} // namespace hoego
