// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include <QTreeView>

namespace hoego {

class BackupListModel;

// The list of a database's backups, one row per file, as the restore and damaged-database dialogs show it.
class BackupView final : public QTreeView
{
    Q_OBJECT

public:
    explicit BackupView(BackupListModel *model, QWidget *parent = nullptr);

    // The selected backup's path when it can be restored, else empty.
    QString selectedBackup() const;

signals:
    void selectedBackupChanged(const QString &path);
};

} // namespace hoego
