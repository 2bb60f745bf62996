// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "dialogs/aboutdialog.h"
#include "dialogs/preferencesdialog.h"
#include "mainwindow.h"
#include "session/databasesession.h"
#include "settings/appsettings.h"
#include "storage/backup.h"
#include "storage/database.h"
#include "storage/repositories.h"
#include "theme.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace hoego;

// The session behind File > Open Database / New Database / Open Recent, Preferences and About: switching
// files, moving the database without ever losing it, and what the preferences store.
class TestDatabaseSession : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppSettings> m_settings;

    QString file(const QString &name) const { return m_dir->filePath(name); }

    // A database file with one year in it, closed again.
    void makeDatabase(const QString &path, int year)
    {
        auto opened = Database::open(path);
        QVERIFY(opened.ok());
        Repositories repos(opened.value()->connectionName());
        QVERIFY(repos.years.create(year).ok());
    }

    static QList<int> yearsIn(Database *database)
    {
        Repositories repos(database->connectionName());
        QList<int> numbers;
        for (const auto &overview : *repos.years.overviews())
            numbers << overview.year.number;
        return numbers;
    }

    template<typename T>
    T *waitForChild(QWidget *parent, const QString &name)
    {
        T *child = nullptr;
        [&] { QTRY_VERIFY((child = parent->findChild<T *>(name)) != nullptr); }();
        return child;
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_settings = std::make_unique<AppSettings>(m_dir->filePath(QStringLiteral("settings.ini")));
        theme::applyTheme(AppSettings::Theme::System);
    }

    void cleanup()
    {
        m_settings.reset();
        m_dir.reset();
    }

    void restoringABackupBringsBackItsYearsAndKeepsTheCurrentFileAsABackup()
    {
        // Given a database with 2023, backed up, then given 2024
        DatabaseSession session(*m_settings);
        QVERIFY(session.start(file(QStringLiteral("life.sqlite"))).ok());
        Repositories repos(session.database()->connectionName());
        QVERIFY(repos.years.create(2023).ok());
        auto saved = backup::create(session.database()->connectionName(), session.database()->path(), 10);
        QVERIFY(saved.ok());
        QVERIFY(repos.years.create(2024).ok());
        const int backupsBefore = int(backup::list(session.database()->path()).size());

        // When the backup is restored through the session (what File > Restore from Backup does)
        QVERIFY(session.restoreFrom(saved.value()).ok());

        // Then the window shows the restored file, and the replaced state is kept as one more backup
        QVERIFY(session.window());
        QVERIFY(session.window()->isVisible());
        QCOMPARE(yearsIn(session.database()), QList<int>{2023});
        QCOMPARE(int(backup::list(session.database()->path()).size()), backupsBefore + 1);
    }

    void restoringAMissingBackupReopensTheCurrentFileUnchanged()
    {
        DatabaseSession session(*m_settings);
        QVERIFY(session.start(file(QStringLiteral("life.sqlite"))).ok());
        QVERIFY(Repositories(session.database()->connectionName()).years.create(2023).ok());
        QVERIFY(!session.restoreFrom(file(QStringLiteral("no-such-backup.sqlite"))).ok());
        QVERIFY(session.window());
        QCOMPARE(yearsIn(session.database()), QList<int>{2023});
    }

    void startingShowsTheDatabaseAndAddsItToTheRecentList()
    {
        DatabaseSession session(*m_settings);
        QVERIFY(session.start(file(QStringLiteral("first.sqlite"))).ok());
        QVERIFY(session.window());
        QVERIFY(session.window()->windowTitle().contains(QStringLiteral("first.sqlite")));
        QCOMPARE(m_settings->recentDatabases(), QStringList{file(QStringLiteral("first.sqlite"))});
        // Started from the command line or the default: not made the start-up database
        QVERIFY(m_settings->databasePath().isEmpty());
    }

    void openingAnotherDatabaseReplacesTheWindowAndRemembersIt()
    {
        makeDatabase(file(QStringLiteral("a.sqlite")), 2023);
        makeDatabase(file(QStringLiteral("b.sqlite")), 2024);
        DatabaseSession session(*m_settings);
        QVERIFY(session.start(file(QStringLiteral("a.sqlite"))).ok());
        QPointer<MainWindow> first = session.window();

        QVERIFY(session.open(file(QStringLiteral("b.sqlite"))).ok());

        QCOMPARE(yearsIn(session.database()), QList<int>{2024});
        QVERIFY(session.window()->windowTitle().contains(QStringLiteral("b.sqlite")));
        QTRY_VERIFY(first.isNull());
        QCOMPARE(m_settings->databasePath(), file(QStringLiteral("b.sqlite")));
        QCOMPARE(m_settings->recentDatabases(),
                 QStringList({file(QStringLiteral("b.sqlite")), file(QStringLiteral("a.sqlite"))}));
        // The old file is closed: another Hoego could take it now
        auto reopened = Database::open(file(QStringLiteral("a.sqlite")));
        QVERIFY2(reopened.ok(), qPrintable(reopened.ok() ? QString() : reopened.error().message));
    }

    void openingAMissingOrForeignFileKeepsTheCurrentDatabase()
    {
        DatabaseSession session(*m_settings);
        QVERIFY(session.start(file(QStringLiteral("a.sqlite"))).ok());
        MainWindow *window = session.window();

        QVERIFY(!session.open(file(QStringLiteral("missing.sqlite"))).ok());
        QVERIFY(!QFile::exists(file(QStringLiteral("missing.sqlite"))));
        QFile notes(file(QStringLiteral("notes.txt")));
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.write(QByteArray(4096, 'x'));
        notes.close();
        QVERIFY(!session.open(notes.fileName()).ok());

        QCOMPARE(session.window(), window);
        QCOMPARE(session.database()->path(), file(QStringLiteral("a.sqlite")));
    }

    void aNewDatabaseStartsEmptyAndNeverOverwritesAFile()
    {
        makeDatabase(file(QStringLiteral("kept.sqlite")), 2022);
        DatabaseSession session(*m_settings);
        QVERIFY(session.start(file(QStringLiteral("a.sqlite"))).ok());

        const Status refused = session.createNew(file(QStringLiteral("kept.sqlite")));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, Error::Code::Conflict);

        QVERIFY(session.createNew(file(QStringLiteral("new/empty.sqlite"))).ok());
        QVERIFY(yearsIn(session.database()).isEmpty());
        QCOMPARE(m_settings->databasePath(), file(QStringLiteral("new/empty.sqlite")));
        session.open(file(QStringLiteral("kept.sqlite"))).ok();
        QCOMPARE(yearsIn(session.database()), QList<int>{2022});
    }

    void movingKeepsEveryYearAndDeletesTheOldFileOnlyAfterTheSwitch()
    {
        const QString source = file(QStringLiteral("hoego.sqlite"));
        const QString target = file(QStringLiteral("synced/회고.sqlite"));
        makeDatabase(source, 2023);
        DatabaseSession session(*m_settings);
        QVERIFY(session.start(source).ok());

        QVERIFY(session.moveTo(target).ok());

        QCOMPARE(session.database()->path(), target);
        QCOMPARE(yearsIn(session.database()), QList<int>{2023});
        QTRY_VERIFY(!QFile::exists(source));
        QCOMPARE(m_settings->databasePath(), target);
        QVERIFY(!m_settings->recentDatabases().contains(source));
        QVERIFY(session.window()->windowTitle().contains(QStringLiteral("회고.sqlite")));
    }

    void movingOntoAnExistingFileIsRefusedAndChangesNothing()
    {
        const QString source = file(QStringLiteral("hoego.sqlite"));
        makeDatabase(source, 2023);
        makeDatabase(file(QStringLiteral("other.sqlite")), 1999);
        DatabaseSession session(*m_settings);
        QVERIFY(session.start(source).ok());

        QVERIFY(!session.moveTo(file(QStringLiteral("other.sqlite"))).ok());

        QCOMPARE(session.database()->path(), source);
        QCOMPARE(yearsIn(session.database()), QList<int>{2023});
        auto other = Database::open(file(QStringLiteral("other.sqlite")));
        QVERIFY(other.ok());
        QCOMPARE(yearsIn(other.value().get()), QList<int>{1999});
    }

    void theRecentMenuListsOtherDatabasesAndOpensThem()
    {
        makeDatabase(file(QStringLiteral("a.sqlite")), 2023);
        makeDatabase(file(QStringLiteral("b.sqlite")), 2024);
        DatabaseSession session(*m_settings);
        QVERIFY(session.start(file(QStringLiteral("a.sqlite"))).ok());
        QVERIFY(session.open(file(QStringLiteral("b.sqlite"))).ok());

        auto *recent = session.window()->findChild<QMenu *>(QStringLiteral("recentMenu"));
        QVERIFY(recent);
        emit recent->aboutToShow();
        QAction *openA = nullptr;
        for (QAction *action : recent->actions()) {
            if (action->text().contains(QStringLiteral("a.sqlite")))
                openA = action;
            if (action->text().contains(QStringLiteral("b.sqlite")))
                QVERIFY2(!action->isEnabled(), "the open database is not offered again");
        }
        QVERIFY(openA && openA->isEnabled());
        openA->trigger();
        QCOMPARE(yearsIn(session.database()), QList<int>{2023});
    }

    void preferencesAreSavedOnOkAndTheThemeAppliesAtOnce()
    {
        DatabaseSession session(*m_settings);
        QVERIFY(session.start(file(QStringLiteral("a.sqlite"))).ok());
        MainWindow *window = session.window();
        auto *action = window->findChild<QAction *>(QStringLiteral("preferencesAction"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Comma));
        action->trigger();
        auto *dialog = waitForChild<PreferencesDialog>(window, QStringLiteral("preferencesDialog"));
        QVERIFY(dialog);
        QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("databasePathEdit"))->text(),
                 file(QStringLiteral("a.sqlite")));

        auto *themes = dialog->findChild<QComboBox *>(QStringLiteral("themeCombo"));
        themes->setCurrentIndex(themes->findData(static_cast<int>(AppSettings::Theme::Dark)));
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 100);
        dialog->findChild<QSpinBox *>(QStringLiteral("backupsToKeepSpin"))->setValue(20);
        auto *language = dialog->findChild<QComboBox *>(QStringLiteral("languageCombo"));
        language->setCurrentIndex(language->findData(QStringLiteral("ko")));
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("languageRestartNote"))->isVisible());
        dialog->accept();

        const AppSettings saved(m_settings->fileName());
        QCOMPARE(saved.theme(), AppSettings::Theme::Dark);
        QCOMPARE(saved.backupsToKeep(), 20);
        QCOMPARE(saved.language(), QStringLiteral("ko"));
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 100);
    }

    void cancellingPreferencesPutsTheThemeBack()
    {
        DatabaseSession session(*m_settings);
        QVERIFY(session.start(file(QStringLiteral("a.sqlite"))).ok());
        const QColor before = QApplication::palette().color(QPalette::Window);
        session.window()->findChild<QAction *>(QStringLiteral("preferencesAction"))->trigger();
        auto *dialog = waitForChild<PreferencesDialog>(session.window(), QStringLiteral("preferencesDialog"));
        auto *themes = dialog->findChild<QComboBox *>(QStringLiteral("themeCombo"));
        themes->setCurrentIndex(themes->findData(static_cast<int>(AppSettings::Theme::Dark)));

        dialog->reject();

        QCOMPARE(QApplication::palette().color(QPalette::Window), before);
        QCOMPARE(AppSettings(m_settings->fileName()).theme(), AppSettings::Theme::System);
    }

    void preferencesCanMoveTheDatabase()
    {
        const QString source = file(QStringLiteral("hoego.sqlite"));
        const QString target = file(QStringLiteral("moved/hoego.sqlite"));
        makeDatabase(source, 2021);
        DatabaseSession session(*m_settings);
        QVERIFY(session.start(source).ok());
        session.window()->findChild<QAction *>(QStringLiteral("preferencesAction"))->trigger();
        auto *dialog = waitForChild<PreferencesDialog>(session.window(), QStringLiteral("preferencesDialog"));
        dialog->setFileChooser([&](PreferencesDialog::DatabaseAction action, const QString &current) {
            return action == PreferencesDialog::DatabaseAction::Move && current == source ? target : QString();
        });

        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("moveDatabaseButton")), Qt::LeftButton);

        QTRY_COMPARE(session.database()->path(), target);
        QCOMPARE(yearsIn(session.database()), QList<int>{2021});
        QTRY_VERIFY(!QFile::exists(source));
    }

    void aboutShowsTheVersionLicenseAndDatabase()
    {
        QCoreApplication::setApplicationVersion(QStringLiteral("1.2.3"));
        DatabaseSession session(*m_settings);
        QVERIFY(session.start(file(QStringLiteral("a.sqlite"))).ok());
        session.window()->findChild<QAction *>(QStringLiteral("aboutAction"))->trigger();
        auto *about = waitForChild<AboutDialog>(session.window(), QStringLiteral("aboutDialog"));
        QVERIFY(about);
        QCOMPARE(about->findChild<QLabel *>(QStringLiteral("aboutVersion"))->text(), QStringLiteral("1.2.3"));
        QVERIFY(about->findChild<QLabel *>(QStringLiteral("aboutLicense"))
                        ->text()
                        .contains(QStringLiteral("GPL-3.0-or-later")));
        QCOMPARE(about->findChild<QLabel *>(QStringLiteral("aboutDatabasePath"))->text(),
                 file(QStringLiteral("a.sqlite")));
        QCOMPARE(about->findChild<QLabel *>(QStringLiteral("aboutQtVersion"))->text(), QString::fromLatin1(qVersion()));
    }
};

QTEST_MAIN(TestDatabaseSession)
#include "tst_databasesession.moc"
