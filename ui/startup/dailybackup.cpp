#include "dailybackup.h"

#include "storage/backup.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QMainWindow>
#include <QMessageBox>
#include <QPointer>
#include <QStatusBar>
#include <QThread>

namespace hoego {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("hoego::DailyBackup", text);
}

// Runs on the worker thread, with a connection of its own (connections belong to one thread).
Result<std::optional<QString>> backUp(const QString &path, int keep)
{
    auto connection = Database::openReadOnlyConnection(path, false);
    if (!connection.ok())
        return connection.error();
    auto written = backup::createIfDue(connection.value(), path, keep);
    Database::closeConnection(connection.value());
    return written;
}

void report(QMainWindow *window, const Result<std::optional<QString>> &written)
{
    if (written.ok()) {
        if (written.value())
            window->statusBar()->showMessage(tr("Backed up to %1").arg(QDir::toNativeSeparators(*written.value())),
                                             5000);
        return;
    }
    auto *box = new QMessageBox(
            QMessageBox::Warning, tr("Backup failed"),
            tr("Today's backup could not be written. Your work is saved as usual.\n\n%1").arg(written.error().message),
            QMessageBox::Ok, window);
    box->setObjectName(QStringLiteral("backupWarning"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void warnCheckNotRun(QMainWindow *window, const Error &error)
{
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Hoego"),
                                tr("Hoego could not check the database in the background, so it took no backup "
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
            QMessageBox::Critical, tr("Damaged database"),
            tr("%1\n\nClose Hoego and open a backup (File > Restore from Backup).").arg(error.message), QMessageBox::Ok,
            window);
    box->setObjectName(QStringLiteral("damagedWarning"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace

void startDailyBackup(QMainWindow *window, const Database &database, int keep, DamagedHandler onDamaged)
{
    const bool check = database.integrityCheckDeferred();
    // A file created just now holds nothing worth a copy yet.
    const bool backUpNow = !database.isReadOnly() && !database.isNew();
    if (!check && !backUpNow)
        return;
    const QString path = database.path();
    QPointer<QMainWindow> target(window);
    QThread *worker = QThread::create([path, keep, target, check, backUpNow, onDamaged] {
        if (check) {
            if (Status intact = Database::checkIntegrity(path); !intact.ok()) {
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
        if (!backUpNow)
            return;
        const auto written = backUp(path, keep);
        QMetaObject::invokeMethod(qApp, [target, written] {
            if (target)
                report(target, written);
        });
    });
    QObject::connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    // Quitting waits for a backup in flight: the copy is never cut off half-written by the exit.
    QObject::connect(qApp, &QCoreApplication::aboutToQuit, worker, [worker] { worker->wait(); });
    worker->start(QThread::LowPriority);
}

} // namespace hoego
