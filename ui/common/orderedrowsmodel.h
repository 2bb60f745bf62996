// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "model/ids.h"

#include <QAbstractListModel>
#include <QList>

#include <algorithm>

namespace hoego {

// The rows of one year's ordered list (sections, lessons, unfinished items) as a list model that mirrors the
// database with precise insert/remove/move signals: either undo commands report what they stored through
// apply*, or the view hands the stored rows to showStored. `Item` needs `id`, `yearId` and `position`.
template<typename Item>
class OrderedRowsModel : public QAbstractListModel
{
public:
    Id yearId() const { return m_yearId; }

    // Called by the undo commands after a successful write; rows of another year are ignored.
    void applyInserted(const Item &item)
    {
        announceChange();
        if (item.yearId != m_yearId || rowOf(item.id) >= 0)
            return;
        // The repository orders by (position, id): insert where a fresh read would put the row.
        const auto before = [](const Item &a, const Item &b) {
            return a.position != b.position ? a.position < b.position : a.id < b.id;
        };
        const int row = int(std::upper_bound(m_rows.cbegin(), m_rows.cend(), item, before) - m_rows.cbegin());
        beginInsertRows({}, row, row);
        m_rows.insert(row, item);
        endInsertRows();
    }

    void applyUpdated(const Item &item)
    {
        announceChange();
        const int row = rowOf(item.id);
        if (row < 0)
            return;
        m_rows[row] = item;
        emit dataChanged(index(row), index(row));
    }

    void applyRemoved(Id id)
    {
        announceChange();
        const int row = rowOf(id);
        if (row < 0)
            return;
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    }

    void applyMoved(Id id, int newIndex)
    {
        announceChange();
        const int row = rowOf(id);
        if (row < 0)
            return;
        const int target = qBound(0, newIndex, int(m_rows.size()) - 1);
        if (target != row) {
            // beginMoveRows names the row the item goes before, counted before the move.
            beginMoveRows({}, row, row, {}, target > row ? target + 1 : target);
            m_rows.move(row, target);
            endMoveRows();
        }
        // The repository renumbers positions 0..n-1 on every move; keep the copy identical.
        for (int i = 0; i < m_rows.size(); ++i)
            m_rows[i].position = i;
    }

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
    // Shows a private mark stored elsewhere (issue 14). Only the mark changed, so no change is announced.
    void showPrivate(Id id, bool isPrivate)
    {
        const int row = rowOf(id);
        if (row < 0 || m_rows[row].isPrivate == isPrivate)
            return;
        m_rows[row].isPrivate = isPrivate;
        emit dataChanged(index(row), index(row));
    }

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }

protected:
    using QAbstractListModel::QAbstractListModel;

    // Says that a change reached the database (the subclass emits its `changed` signal).
    virtual void announceChange() { }

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
