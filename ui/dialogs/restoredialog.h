// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include <QDialog>

class QLabel;
class QPushButton;

namespace hoego {

class BackupListModel;
class BackupView;

// File > Restore from Backup…: lists the backups of the open database with when they were taken and how many
// years, events and goals each holds. Choosing one emits restoreRequested; the caller closes the database and
// calls backup::restore (which saves the current file first), then opens it again.
class RestoreDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit RestoreDialog(const QString &databasePath, QWidget *parent = nullptr);

    QString selectedBackup() const;
    BackupListModel *model() const { return m_model; }

signals:
    void restoreRequested(const QString &backupPath);

private:
    void updateButtons();

    BackupListModel *m_model = nullptr;
    BackupView *m_view = nullptr;
    QLabel *m_empty = nullptr;
    QPushButton *m_restore = nullptr;
};

} // namespace hoego
