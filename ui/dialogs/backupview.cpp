// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "backupview.h"

#include "backuplistmodel.h"

#include <QHeaderView>

namespace hoego {

BackupView::BackupView(BackupListModel *model, QWidget *parent)
    : QTreeView(parent)
{
    setObjectName(QStringLiteral("backupList"));
    setAccessibleName(tr("Backups"));
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setModel(model);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(BackupListModel::DateColumn, QHeaderView::Stretch);
    // The selection, not the current row: a mouse click moves the current row before it selects the row, so
    // at currentRowChanged the clicked row is not selected yet.
    connect(selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { emit selectedBackupChanged(selectedBackup()); });
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        // The newest readable backup is the usual choice.
        for (int row = 0; row < this->model()->rowCount(); ++row) {
            const QModelIndex index = this->model()->index(row, 0);
            if (index.data(BackupListModel::ReadableRole).toBool()) {
                setCurrentIndex(index);
                break;
            }
        }
        emit selectedBackupChanged(selectedBackup());
    });
}

QString BackupView::selectedBackup() const
{
    const QModelIndexList rows = selectionModel()->selectedRows(0);
    if (rows.isEmpty() || !rows.first().data(BackupListModel::ReadableRole).toBool())
        return {};
    return rows.first().data(BackupListModel::PathRole).toString();
}

} // namespace hoego
