// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "dialogs/backuplistmodel.h"
#include "dialogs/damageddatabasedialog.h"
#include "dialogs/restoredialog.h"
#include "filehash.h"
#include "mainwindow.h"
#include "readonlybanner.h"
#include "startup/dailybackup.h"
#include "startup/openwithrecovery.h"
#include "startup/startupnotices.h"
#include "storage/backup.h"
#include "storage/schema.h"
#include "storage/sql.h"
#include "tempdatabase.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QMainWindow>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QStatusBar>
#include <QTest>
#include <QTreeView>

using namespace hoego;

namespace {

QDateTime utc(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODate).toUTC();
}

// A database with two backups (one year, then two years) and, when `damage` is set, its file cut short.
void prepare(test::TempDatabase &db, bool damage)
{
    QVERIFY(db.repos().years.create(2023).ok());
    QVERIFY(backup::create(db.connection(), db.path(), 10, utc(QStringLiteral("2024-01-01T00:00:00Z"))).ok());
    QVERIFY(db.repos().years.create(2024).ok());
    QVERIFY(backup::create(db.connection(), db.path(), 10, utc(QStringLiteral("2024-06-01T00:00:00Z"))).ok());
    db.close();
    if (damage)
        QVERIFY(QFile::resize(db.path(), 3000));
}

template<typename T>
T *child(QWidget *parent, const char *name)
{
    return parent->findChild<T *>(QLatin1String(name));
}

} // namespace

class TestRecovery : public QObject
{
    Q_OBJECT

private slots:
    void restoreDialogListsBackupsWithTheirCountsNewestFirst()
    {
        test::TempDatabase db;
        prepare(db, false);
        RestoreDialog dialog(db.path());
        QAbstractItemModelTester tester(dialog.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        dialog.open();

        auto *list = child<QTreeView>(&dialog, "backupList");
        QVERIFY(list);
        QCOMPARE(list->model()->rowCount(), 2);
        QCOMPARE(list->model()->index(0, BackupListModel::YearsColumn).data().toInt(), 2);
        QCOMPARE(list->model()->index(1, BackupListModel::YearsColumn).data().toInt(), 1);
        QCOMPARE(list->model()->headerData(BackupListModel::EventsColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Events"));

        // The newest is chosen; picking the older one and pressing Restore asks for that file
        QSignalSpy requested(&dialog, &RestoreDialog::restoreRequested);
        list->setCurrentIndex(list->model()->index(1, 0));
        auto *restore = child<QPushButton>(&dialog, "restoreButton");
        QVERIFY(restore->isEnabled());
        QTest::mouseClick(restore, Qt::LeftButton);
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.first().first().toString(), backup::list(db.path()).last());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void clickingABackupRowWithTheMouseKeepsRestoreAndOpenEnabled()
    {
        // Given a database with two backups, shown in the Restore dialog and in the damaged-file dialog
        test::TempDatabase db;
        prepare(db, false);
        RestoreDialog restoreDialog(db.path());
        restoreDialog.open();
        DamagedDatabaseDialog damagedDialog(db.path(), Error{Error::Code::Corrupt, QStringLiteral("damaged")});
        damagedDialog.open();

        for (QDialog *dialog : {static_cast<QDialog *>(&restoreDialog), static_cast<QDialog *>(&damagedDialog)}) {
            auto *list = child<QTreeView>(dialog, "backupList");
            auto *button = dialog == &restoreDialog ? child<QPushButton>(dialog, "restoreButton")
                                                    : child<QPushButton>(dialog, "openBackupButton");
            QVERIFY(QTest::qWaitForWindowExposed(dialog));

            // When the older backup's row is clicked with the mouse
            const QRect row = list->visualRect(list->model()->index(1, 0));
            QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, row.center());

            // Then that row is the chosen backup and the button still acts on it
            QCOMPARE(list->currentIndex().row(), 1);
            QVERIFY2(button->isEnabled(), dialog->objectName().toUtf8().constData());
        }
    }

    void restoreDialogWithoutBackupsSaysSoAndCannotRestore()
    {
        test::TempDatabase db;
        RestoreDialog dialog(db.path());
        dialog.open();
        QVERIFY(child<QLabel>(&dialog, "noBackupsLabel")->isVisible());
        QVERIFY(!child<QPushButton>(&dialog, "restoreButton")->isEnabled());
    }

    void damagedDatabaseDialogNamesTheProblemAndOffersTheNewestBackup()
    {
        test::TempDatabase db;
        prepare(db, true);
        const QByteArray before = test::fileSha256(db.path());
        auto opened = Database::open(db.path());
        QVERIFY(!opened.ok());

        DamagedDatabaseDialog dialog(db.path(), opened.error());
        dialog.open();
        QVERIFY(child<QLabel>(&dialog, "damageMessage")->text().contains(QStringLiteral("truncated")));
        QVERIFY(!child<QPushButton>(&dialog, "retryButton"));
        QTest::mouseClick(child<QPushButton>(&dialog, "openBackupButton"), Qt::LeftButton);

        QCOMPARE(dialog.choice(), DamagedDatabaseDialog::Choice::OpenBackup);
        QCOMPARE(dialog.backupPath(), backup::list(db.path()).first());
        QCOMPARE(test::fileSha256(db.path()), before);
    }

    void openingABackupAtStartUpLeavesTheDamagedFileUntouched()
    {
        // Given a damaged database with backups
        test::TempDatabase db;
        prepare(db, true);
        const QByteArray before = test::fileSha256(db.path());
        QString shownReason;

        // When the user answers the real dialog with "Open Selected Backup"
        auto database = openDatabaseWithRecovery(db.path(), 10, [&](const QString &path, const Error &error) {
            shownReason = error.message;
            DamagedDatabaseDialog dialog(path, error);
            dialog.open();
            QTest::mouseClick(child<QPushButton>(&dialog, "openBackupButton"), Qt::LeftButton);
            return RecoveryChoice{RecoveryChoice::Action::OpenBackup, dialog.backupPath(), {}};
        });

        // Then a copy of the newest backup is open, beside the damaged file, which is byte for byte the same
        QVERIFY(database);
        QVERIFY(shownReason.contains(QStringLiteral("truncated")));
        QVERIFY(database->path().contains(QStringLiteral("test-restored-")));
        QCOMPARE(Repositories(database->connectionName()).years.overviews()->size(), 2);
        QCOMPARE(test::fileSha256(db.path()), before);
    }

    void choosingAnotherFileOrQuittingAtStartUp()
    {
        test::TempDatabase db;
        prepare(db, true);
        test::TempDatabase other;
        QVERIFY(other.repos().years.create(2030).ok());
        const QString otherPath = other.path();
        other.close();

        const auto chooseFile = [] { return RecoveryChoice{RecoveryChoice::Action::ChooseFile, {}, {}}; };
        auto chosen = openDatabaseWithRecovery(
                db.path(), 10, [&](const QString &, const Error &) { return chooseFile(); },
                [&](const QString &) { return otherPath; });
        QVERIFY(chosen);
        QCOMPARE(chosen->path(), otherPath);
        chosen.reset();

        int asked = 0;
        auto quit = openDatabaseWithRecovery(db.path(), 10, [&](const QString &, const Error &) {
            ++asked;
            return RecoveryChoice{};
        });
        QVERIFY(!quit);
        QCOMPARE(asked, 1);
    }

    void aDatabaseInUseOffersToTryAgain()
    {
        test::TempDatabase db;
        auto second = Database::open(db.path());
        QVERIFY(!second.ok());
        DamagedDatabaseDialog dialog(db.path(), second.error());
        dialog.open();
        QVERIFY(dialog.windowTitle().contains(QStringLiteral("another Hoego")));
        QTest::mouseClick(child<QPushButton>(&dialog, "retryButton"), Qt::LeftButton);
        QCOMPARE(dialog.choice(), DamagedDatabaseDialog::Choice::Retry);

        // Once the other Hoego closes it, trying again opens it
        int tries = 0;
        auto opened = openDatabaseWithRecovery(db.path(), 10, [&](const QString &, const Error &error) {
            ++tries;
            if (error.code == Error::Code::Locked)
                db.close();
            return RecoveryChoice{RecoveryChoice::Action::Retry, {}, {}};
        });
        QVERIFY(opened);
        QCOMPARE(tries, 1);
    }

    void enterOnADatabaseInUseTriesAgainAndNeverOpensACopyOfABackup()
    {
        // Given a database with backups that another Hoego has open
        test::TempDatabase db;
        prepare(db, false);
        auto holder = Database::open(db.path());
        QVERIFY(holder.ok());
        auto second = Database::open(db.path());
        QVERIFY(!second.ok());
        QCOMPARE(second.error().code, Error::Code::Locked);

        // When the dialog asks what to do and the user presses Enter
        DamagedDatabaseDialog dialog(db.path(), second.error());
        dialog.open();
        QVERIFY(!child<QPushButton>(&dialog, "openBackupButton"));
        QTest::keyClick(&dialog, Qt::Key_Return);

        // Then it tries again: a copy of a backup edited beside the open file would split the data (issue 15)
        QCOMPARE(dialog.choice(), DamagedDatabaseDialog::Choice::Retry);
    }

    void theDailyBackupRunsInTheBackgroundOncePerDay()
    {
        // Given a database created just now: nothing is worth a copy yet
        test::TempDatabase db;
        QVERIFY(db.database().isNew());
        QMainWindow window;
        window.show();
        startDailyBackup(&window, db.database(), 10);
        QTest::qWait(200);
        QVERIFY(backup::list(db.path()).isEmpty());
        // When it is opened again on a later start, it is backed up once that day
        QVERIFY(db.repos().years.create(2023).ok());
        QVERIFY(db.reopen());
        QVERIFY(!db.database().isNew());
        startDailyBackup(&window, db.database(), 10);
        QTRY_COMPARE(backup::list(db.path()).size(), 1);
        QTRY_VERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("Backed up")));

        window.statusBar()->clearMessage();
        startDailyBackup(&window, db.database(), 10);
        QTest::qWait(200); // nothing to wait for: the second start of the day writes nothing
        QCOMPARE(backup::list(db.path()).size(), 1);
    }

    void aFailedDailyBackupIsAWarningThatDoesNotBlock()
    {
        test::TempDatabase db;
        QFile blocker(backup::folderFor(db.path()));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        QVERIFY(db.reopen()); // not new: a new file is not backed up
        QMainWindow window;
        window.show();
        startDailyBackup(&window, db.database(), 10);
        QTRY_VERIFY(window.findChild<QMessageBox *>(QStringLiteral("backupWarning")));
        auto *warning = window.findChild<QMessageBox *>(QStringLiteral("backupWarning"));
        QVERIFY(warning->text().contains(QStringLiteral("saved as usual")));
        QVERIFY(db.repos().years.create(2025).ok()); // the user goes on
    }

    void aBackupThatFailedBeforeAnUpgradeIsShownWithoutBlocking()
    {
        // Given a database written by an older Hoego whose backup folder cannot be created
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        {
            const QString name = QStringLiteral("older");
            QSqlDatabase old = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            old.setDatabaseName(path);
            QVERIFY(old.open());
            for (const QString &statement : schema::migrationStep(1))
                QVERIFY(sql::exec(name, statement).ok());
            QVERIFY(sql::exec(name, QStringLiteral("PRAGMA user_version = 1")).ok());
            old.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("older"));
        QFile blocker(backup::folderFor(path));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();

        // When it is opened and the window shows
        auto opened = Database::open(path);
        QVERIFY(opened.ok());
        QMainWindow window;
        window.show();
        showStartupNotices(&window, *opened.value(), 10);

        // Then the user reads why there is no backup, and can go on
        QTRY_VERIFY(window.findChild<QMessageBox *>(QStringLiteral("openWarning")));
        QVERIFY(window.findChild<QMessageBox *>(QStringLiteral("openWarning"))
                        ->text()
                        .contains(QStringLiteral("back up")));
        QVERIFY(Repositories(opened.value()->connectionName()).years.create(2025).ok());
    }

    void aReadOnlyDatabaseShowsTheBannerWithTheReason()
    {
        test::TempDatabase db;
        QVERIFY(db.repos().years.create(2023).ok());
        db.close();
        Database::Options options;
        options.readOnly = true;
        auto opened = Database::open(db.path(), options);
        QVERIFY(opened.ok());
        MainWindow window(*opened.value());
        window.show();
        auto *banner = window.findChild<ReadOnlyBanner *>(QStringLiteral("readOnlyBanner"));
        QVERIFY(banner);
        QTRY_VERIFY(banner->isVisible());
        QVERIFY(banner->text().contains(QStringLiteral("on request")));
        QVERIFY(banner->text().contains(QStringLiteral("export")));
    }
};

QTEST_MAIN(TestRecovery)
#include "tst_recovery.moc"
