// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "model/ids.h"

#include <QAbstractListModel>
#include <QList>

#include <algorithm>

namespace hoego {

// The rows of one year's ordered list (sections, lessons, unfinished items) as a list model that mirrors the
// database: the page hands it the stored rows whenever the change feed reports a write (showStored), and the
// rows follow with precise insert/remove/move signals. `Item` needs `id`, `yearId` and operator==.
template<typename Item>
class OrderedRowsModel : public QAbstractListModel
{
public:
    Id yearId() const { return m_yearId; }

    // Follows the rows as stored now with precise remove, insert, move and change signals (never a reset), so
    // the selection and an open editor survive whatever wrote them. `Item` needs operator==.
    void showStored(const QList<Item> &stored)
    {
        for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
            const Id id = m_rows[row].id;
            if (std::none_of(stored.cbegin(), stored.cend(), [id](const Item &item) { return item.id == id; })) {
                beginRemoveRows({}, row, row);
                m_rows.removeAt(row);
                endRemoveRows();
            }
        }
        // Rows before `target` already match; the one stored there is either new or further down.
        for (int target = 0; target < stored.size(); ++target) {
            const int row = rowOf(stored[target].id);
            if (row < 0) {
                beginInsertRows({}, target, target);
                m_rows.insert(target, stored[target]);
                endInsertRows();
                continue;
            }
            if (row != target) {
                beginMoveRows({}, row, row, {}, target);
                m_rows.move(row, target);
                endMoveRows();
            }
            if (!(m_rows[target] == stored[target])) {
                m_rows[target] = stored[target];
                emit dataChanged(index(target), index(target));
            }
        }
    }
    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }

protected:
    using QAbstractListModel::QAbstractListModel;

    int rowOf(Id id) const
    {
        for (int row = 0; row < m_rows.size(); ++row) {
            if (m_rows[row].id == id)
                return row;
        }
        return -1;
    }

    Id m_yearId = 0;
    QList<Item> m_rows;
};

} // namespace hoego
