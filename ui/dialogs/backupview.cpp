#include "backupview.h"

#include "backuplistmodel.h"

#include <QHeaderView>

namespace hoego {

BackupView::BackupView(BackupListModel *model, QWidget *parent) : QTreeView(parent)
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
    connect(selectionModel(), &QItemSelectionModel::currentRowChanged, this,
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
    const QModelIndex current = currentIndex();
    if (!current.isValid() || !selectionModel()->isRowSelected(current.row(), {})
        || !current.data(BackupListModel::ReadableRole).toBool())
        return {};
    return current.siblingAtColumn(0).data(BackupListModel::PathRole).toString();
}

} // namespace hoego
