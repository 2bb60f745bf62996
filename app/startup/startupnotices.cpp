// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "startupnotices.h"

#include "dailybackup.h"
#include "storage/database.h"

#include <QMainWindow>
#include <QMessageBox>

namespace hoego {

void showStartupNotices(QMainWindow *window, const Database &database, int backupsToKeep, DamagedHandler onDamaged)
{
    if (!database.warnings().isEmpty()) {
        auto *box = new QMessageBox(QMessageBox::Warning, QMainWindow::tr("Hoego"),
                                    database.warnings().join(QLatin1Char('\n')), QMessageBox::Ok, window);
        box->setObjectName(QStringLiteral("openWarning"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    startDailyBackup(window, database, backupsToKeep, std::move(onDamaged));
}

} // namespace hoego
