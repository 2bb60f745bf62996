// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "dailybackup.h"

#include "perf.h"
#include "storage/backup.h"
#include "storage/database.h"
#include "storage/interrupter.h"

#include <QCoreApplication>
#include <QDir>
#include <QMainWindow>
#include <QMessageBox>
#include <QPointer>
#include <QStatusBar>
#include <QThread>

#include <memory>

namespace hoego {
namespace {

// Names the context of this file's strings for tr() and for lupdate alike.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hoego::DailyBackup)
};

// Runs on the worker thread, with a connection of its own (connections belong to one thread).
Result<std::optional<QString>> backUp(const QString &path, int keep, Interrupter &interrupter)
{
    auto connection = Database::openReadOnlyConnection(path, false);
    if (!connection.ok())
        return connection.error();
    interrupter.attach(connection.value());
    auto written = backup::createIfDue(connection.value(), path, keep, QDateTime::currentDateTimeUtc(), &interrupter);
    interrupter.detach();
    Database::closeConnection(connection.value());
    return written;
}

void report(QMainWindow *window, const Result<std::optional<QString>> &written)
{
    if (written.ok()) {
        if (written.value())
            window->statusBar()->showMessage(Tr::tr("Backed up to %1").arg(QDir::toNativeSeparators(*written.value())),
                                             5000);
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Warning, Tr::tr("Backup failed"),
                                Tr::tr("Today's backup could not be written. Your work is saved as usual.\n\n%1")
                                        .arg(written.error().message),
                                QMessageBox::Ok, window);
    box->setObjectName(QStringLiteral("backupWarning"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void warnCheckNotRun(QMainWindow *window, const Error &error)
{
    auto *box = new QMessageBox(QMessageBox::Warning, Tr::tr("Hoego"),
                                Tr::tr("Hoego could not check the database in the background, so it took no backup "
                                       "today: %1")
                                        .arg(error.message),
                                QMessageBox::Ok, window);
    box->setObjectName(QStringLiteral("checkWarning"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void warnDamaged(QMainWindow *window, const Error &error)
{
    auto *box = new QMessageBox(
            QMessageBox::Critical, Tr::tr("Damaged database"),
            Tr::tr("%1\n\nClose Hoego and open a backup (File > Restore from Backup).").arg(error.message),
            QMessageBox::Ok, window);
    box->setObjectName(QStringLiteral("damagedWarning"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace

void startDailyBackup(QMainWindow *window, const Database &database, int keep, DamagedHandler onDamaged)
{
    const bool check = database.integrityCheckDeferred();
    // A file created just now holds nothing worth a copy yet; a server database is backed up by its server (or by
    // `hoego backup`, into a file), never by copying a file that is not here.
    const bool backUpNow = !database.isReadOnly() && !database.isNew() && !database.isOnServer();
    if (!check && !backUpNow)
        return;
    const QString path = database.path();
    QPointer<QMainWindow> target(window);
    auto interrupter = std::make_shared<Interrupter>();
    QThread *worker = QThread::create([path, keep, target, check, backUpNow, onDamaged, interrupter] {
        if (check) {
            Status intact = Database::checkIntegrity(path, interrupter.get());
            if (interrupter->interrupted())
                return; // quitting: the check is still due at the next start
            if (intact.ok())
                perf::milestone("background integrity check passed");
            if (!intact.ok()) {
                const Error error = intact.error();
                QMetaObject::invokeMethod(qApp, [target, error, onDamaged] {
                    // A check that could not run (a full disk, an I/O error) says nothing about damage: the
                    // window stays, with a warning, and no backup is taken of a file that was not checked.
                    if (error.code != Error::Code::Corrupt) {
                        if (target)
                            warnCheckNotRun(target, error);
                    } else if (onDamaged)
                        onDamaged(error);
                    else if (target)
                        warnDamaged(target, error);
                });
                return;
            }
        }
        if (!backUpNow || interrupter->interrupted())
            return;
        const auto written = backUp(path, keep, *interrupter);
        if (interrupter->interrupted())
            return; // quitting: the half-written copy is removed, and the next start takes the day's backup
        QMetaObject::invokeMethod(qApp, [target, written] {
            if (target)
                report(target, written);
        });
    });
    QObject::connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    // Quitting stops the check or the backup in flight (SQLite returns at once) instead of waiting for it; the
    // short wait is for the worker to close its connection, so no copy is left half-written.
    QObject::connect(qApp, &QCoreApplication::aboutToQuit, worker, [worker, interrupter] {
        interrupter->interrupt();
        worker->wait();
    });
    worker->start(QThread::LowPriority);
}

} // namespace hoego
