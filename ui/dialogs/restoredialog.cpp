// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "restoredialog.h"

#include "backuplistmodel.h"
#include "backupview.h"
#include "storage/backup.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace hoego {

RestoreDialog::RestoreDialog(const QString &databasePath, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("restoreDialog"));
    setWindowTitle(tr("Restore from Backup"));

    auto *intro = new QLabel(tr("Choose a backup to bring back. The database as it is now is saved as a backup "
                                "first, so restoring can be undone by restoring that one.\n\nBackups are kept in %1.")
                                     .arg(QDir::toNativeSeparators(backup::folderFor(databasePath))),
                             this);
    intro->setWordWrap(true);
    intro->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_model = new BackupListModel(this);
    m_view = new BackupView(m_model, this);
    m_empty = new QLabel(tr("There are no backups of this database yet."), this);
    m_empty->setObjectName(QStringLiteral("noBackupsLabel"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_restore = buttons->addButton(tr("&Restore"), QDialogButtonBox::AcceptRole);
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        const QString chosen = selectedBackup();
        if (chosen.isEmpty())
            return;
        accept();
        emit restoreRequested(chosen);
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_view, &BackupView::selectedBackupChanged, this, &RestoreDialog::updateButtons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty);
    layout->addWidget(buttons);
    resize(620, 380);

    m_model->reload(databasePath);
    updateButtons();
}

QString RestoreDialog::selectedBackup() const
{
    return m_view->selectedBackup();
}

void RestoreDialog::updateButtons()
{
    const bool any = m_model->rowCount() > 0;
    m_empty->setVisible(!any);
    m_view->setVisible(any);
    m_restore->setEnabled(!selectedBackup().isEmpty());
}

} // namespace hoego
