// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "result.h"

#include <QDialog>

class QLineEdit;

namespace hoego {

class BackupListModel;
class BackupView;

// Shown when the database cannot be opened (damaged, truncated, not a Hoego file, newer, in use): says why, and
// offers to open one of its backups, to choose another file, or to quit. The file itself is left as it is.
class DamagedDatabaseDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Choice { Quit, OpenBackup, ChooseFile, Retry };

    DamagedDatabaseDialog(const QString &databasePath, const Error &error, QWidget *parent = nullptr);

    Choice choice() const { return m_choice; }
    // The backup to open when choice() is OpenBackup.
    QString backupPath() const { return m_backupPath; }
    // The password typed for a server that refused the login for want of one (empty otherwise).
    QString password() const;

private:
    void choose(Choice choice);

    BackupListModel *m_model = nullptr;
    BackupView *m_view = nullptr;
    QLineEdit *m_password = nullptr;
    Choice m_choice = Choice::Quit;
    QString m_backupPath;
};

} // namespace hoego
