// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "sessionmenus.h"

#include "databasesession.h"
#include "dialogs/aboutdialog.h"
#include "dialogs/preferencesdialog.h"
#include "dialogs/restoredialog.h"
#include "io/importdialog.h"
#include "mainwindow.h"
#include "settings/appsettings.h"
#include "storage/database.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>

namespace hoego {
namespace {

QString fileFilter()
{
    return DatabaseSession::tr("Hoego databases (*.hoego *.sqlite *.db);;All files (*)");
}

QMenu *findMenu(MainWindow *window, const QString &objectName, int position)
{
    if (auto *menu = window->menuBar()->findChild<QMenu *>(objectName))
        return menu;
    QList<QMenu *> menus;
    for (QAction *action : window->menuBar()->actions()) {
        if (action->menu())
            menus << action->menu();
    }
    if (menus.isEmpty())
        return window->menuBar()->addMenu(objectName);
    return position < 0 ? menus.last() : menus.value(position, menus.first());
}

void showProblem(QWidget *parent, const QString &title, const Status &status)
{
    if (status.ok())
        return;
    auto *box = new QMessageBox(QMessageBox::Warning, title, status.error().message, QMessageBox::Ok, parent);
    box->setObjectName(QStringLiteral("sessionProblem"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

QString currentFolder(DatabaseSession *session)
{
    return session->database() ? QFileInfo(session->database()->path()).absolutePath() : QDir::homePath();
}

// "&1 hoego.sqlite — ~/Documents": the name first, the folder to tell equal names apart.
QString recentLabel(int number, const QFileInfo &file)
{
    return QStringLiteral("&%1 %2 — %3")
            .arg(number)
            .arg(file.fileName(), QDir::toNativeSeparators(file.absolutePath()));
}

void fillRecentMenu(QMenu *menu, DatabaseSession *session)
{
    menu->clear();
    const QString current = session->database() ? QFileInfo(session->database()->path()).absoluteFilePath() : QString();
    const QStringList recent = session->settings().recentDatabases();
    const QStringList imports = session->settings().recentImports();
    int number = 0;
    for (const QString &path : recent) {
        const QFileInfo file(path);
        QAction *open = menu->addAction(recentLabel(++number, file), session, [session, path] {
            showProblem(session->window(), DatabaseSession::tr("Cannot Open Database"), session->open(path));
        });
        open->setEnabled(path != current && file.exists());
        open->setToolTip(path);
    }
    // Files imported from before open their import preview again (an import never adds a row twice).
    if (!imports.isEmpty())
        menu->addSection(DatabaseSession::tr("Imported Files"));
    for (const QString &path : imports) {
        const QFileInfo file(path);
        QAction *again = menu->addAction(recentLabel(++number, file), session, [session, path] {
            ImportDialog *dialog = session->window() ? session->window()->showImport() : nullptr;
            if (dialog)
                dialog->setPath(path);
        });
        again->setObjectName(QStringLiteral("recentImportAction"));
        again->setEnabled(file.exists() && session->database() && !session->database()->isReadOnly());
        again->setToolTip(path);
    }
    if (recent.isEmpty() && imports.isEmpty()) {
        menu->addAction(DatabaseSession::tr("No Recent Databases"))->setEnabled(false);
        return;
    }
    menu->addSeparator();
    QAction *clear = menu->addAction(DatabaseSession::tr("&Clear Menu"), session, [session] {
        session->settings().clearRecentDatabases();
        session->settings().clearRecentImports();
    });
    clear->setObjectName(QStringLiteral("clearRecentAction"));
}

void showPreferences(MainWindow *window, DatabaseSession *session)
{
    auto *dialog = new PreferencesDialog(session->settings(), session->database()->path(), window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(
            dialog, &PreferencesDialog::databaseActionRequested, session,
            [session](PreferencesDialog::DatabaseAction action, const QString &path) {
                switch (action) {
                case PreferencesDialog::DatabaseAction::Open:
                    showProblem(session->window(), DatabaseSession::tr("Cannot Open Database"), session->open(path));
                    return;
                case PreferencesDialog::DatabaseAction::New:
                    showProblem(session->window(), DatabaseSession::tr("Cannot Create Database"),
                                session->createNew(path));
                    return;
                case PreferencesDialog::DatabaseAction::Move:
                    showProblem(session->window(), DatabaseSession::tr("Cannot Move Database"), session->moveTo(path));
                    return;
                }
            });
    dialog->open();
}

void showRestore(MainWindow *window, DatabaseSession *session)
{
    auto *dialog = new RestoreDialog(session->database()->path(), window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &RestoreDialog::restoreRequested, session, [session](const QString &backupPath) {
        // Queued: the restore deletes the window this dialog belongs to.
        QMetaObject::invokeMethod(
                session,
                [session, backupPath] {
                    showProblem(session->window(), DatabaseSession::tr("Cannot Restore the Backup"),
                                session->restoreFrom(backupPath));
                },
                Qt::QueuedConnection);
    });
    dialog->open();
}

void showAbout(MainWindow *window, DatabaseSession *session)
{
    auto *dialog = new AboutDialog(session->database()->path(), window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace

void addSessionMenus(MainWindow *window, DatabaseSession *session)
{
    QMenu *file = findMenu(window, QStringLiteral("fileMenu"), 0);
    QAction *first = file->actions().value(0);

    auto *open = new QAction(DatabaseSession::tr("&Open Database…"), window);
    open->setObjectName(QStringLiteral("openDatabaseAction"));
    open->setShortcut(QKeySequence::Open);
    QObject::connect(open, &QAction::triggered, session, [window, session] {
        const QString path = QFileDialog::getOpenFileName(window, DatabaseSession::tr("Open Database"),
                                                          currentFolder(session), fileFilter());
        if (!path.isEmpty())
            showProblem(session->window(), DatabaseSession::tr("Cannot Open Database"), session->open(path));
    });

    auto *create = new QAction(DatabaseSession::tr("&New Database…"), window);
    create->setObjectName(QStringLiteral("newDatabaseAction"));
    QObject::connect(create, &QAction::triggered, session, [window, session] {
        const QString path
                = QFileDialog::getSaveFileName(window, DatabaseSession::tr("New Database"),
                                               currentFolder(session) + QStringLiteral("/hoego.sqlite"), fileFilter());
        if (!path.isEmpty())
            showProblem(session->window(), DatabaseSession::tr("Cannot Create Database"), session->createNew(path));
    });

    auto *recent = new QMenu(DatabaseSession::tr("Open &Recent"), window);
    recent->setObjectName(QStringLiteral("recentMenu"));
    QObject::connect(recent, &QMenu::aboutToShow, recent, [recent, session] { fillRecentMenu(recent, session); });
    fillRecentMenu(recent, session);

    auto *restore = new QAction(DatabaseSession::tr("Restore from &Backup…"), window);
    restore->setObjectName(QStringLiteral("restoreBackupAction"));
    // The restore dialog itself explains when the file cannot be replaced (read-only, in use).
    QObject::connect(restore, &QAction::triggered, session, [window, session] { showRestore(window, session); });

    file->insertAction(first, create);
    file->insertAction(first, open);
    file->insertMenu(first, recent);
    file->insertAction(first, restore);
    file->insertSeparator(first);

    QMenu *edit = findMenu(window, QStringLiteral("editMenu"), 1);
    edit->addSeparator();
    QAction *preferences = edit->addAction(DatabaseSession::tr("&Preferences…"), window,
                                           [window, session] { showPreferences(window, session); });
    preferences->setObjectName(QStringLiteral("preferencesAction"));
    preferences->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    preferences->setMenuRole(QAction::PreferencesRole);

    // The window may already have an About entry: keep its place in the menu, show the full dialog.
    QMenu *help = findMenu(window, QStringLiteral("helpMenu"), -1);
    QAction *about = nullptr;
    for (QAction *action : help->actions()) {
        if (action->menuRole() == QAction::AboutRole)
            about = action;
    }
    if (about)
        QObject::disconnect(about, &QAction::triggered, nullptr, nullptr);
    else
        about = help->addAction(DatabaseSession::tr("&About Hoego"));
    about->setObjectName(QStringLiteral("aboutAction"));
    QObject::connect(about, &QAction::triggered, window, [window, session] { showAbout(window, session); });
}

} // namespace hoego
