// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "sessionmenus.h"

#include "databasesession.h"
#include "dialogs/aboutdialog.h"
#include "dialogs/preferencesdialog.h"
#include "dialogs/restoredialog.h"
#include "i18n/particles.h"
#include "io/importdialog.h"
#include "mainwindow.h"
#include "settings/appsettings.h"
#include "storage/database.h"
#include "storage/databasecopy.h"
#include "storage/server/serverlocation.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLineEdit>
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

void openServerDatabase(DatabaseSession *session, const QString &address);

// "&1 hoego.sqlite — ~/Documents": the name first, the folder to tell equal names apart.
QString recentLabel(int number, const QFileInfo &file)
{
    return QStringLiteral("&%1 %2 — %3")
            .arg(number)
            .arg(file.fileName(), QDir::toNativeSeparators(file.absolutePath()));
}

// "&2 hoego — postgresql://kim@db.example:5432": the database's name first, the server to tell equal names apart.
QString recentServerLabel(int number, const QString &address)
{
    const auto location = ServerLocation::parse(address);
    if (!location.ok())
        return QStringLiteral("&%1 %2").arg(number).arg(address);
    return QStringLiteral("&%1 %2 — %3").arg(number).arg(location->database, address);
}

void fillRecentMenu(QMenu *menu, DatabaseSession *session)
{
    menu->clear();
    const QString current = !session->database() ? QString()
            : session->database()->isOnServer()  ? session->database()->path()
                                                 : QFileInfo(session->database()->path()).absoluteFilePath();
    const QStringList recent = session->settings().recentDatabases();
    const QStringList imports = session->settings().recentImports();
    int number = 0;
    for (const QString &path : recent) {
        const QFileInfo file(path);
        const bool onServer = ServerLocation::isServerAddress(path);
        QAction *open
                = menu->addAction(onServer ? recentServerLabel(++number, path) : recentLabel(++number, file), session,
                                  [session, path, onServer] {
                                      if (onServer)
                                          openServerDatabase(session, path);
                                      else
                                          showProblem(session->window(), DatabaseSession::tr("Cannot Open Database"),
                                                      session->open(path));
                                  });
        // A server is not looked up here (that could wait on the network): opening it says if it cannot be reached.
        open->setEnabled(path != current && (onServer || file.exists()));
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

// Asks for the password a server wants and ~/.pgpass does not hold, then opens `address` with it. The password goes
// into that one connection: the window, Open Recent and the settings only ever see the address without it.
void askServerPassword(DatabaseSession *session, const ServerLocation &location)
{
    auto *dialog = new QInputDialog(session->window());
    dialog->setObjectName(QStringLiteral("serverPasswordDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(DatabaseSession::tr("Server Password"));
    dialog->setTextEchoMode(QLineEdit::Password);
    dialog->setLabelText(i18n::fillWords(DatabaseSession::tr("The server at %1 asks for a password.\nHoego uses it "
                                                             "for this connection only and keeps it nowhere; to "
                                                             "be asked no more, put it in ~/.pgpass."),
                                         location.address()));
    dialog->resize(520, dialog->sizeHint().height());
    QObject::connect(dialog, &QInputDialog::textValueSelected, session, [session, location](const QString &password) {
        if (password.isEmpty())
            return;
        // Queued: opening replaces the window this dialog belongs to.
        QMetaObject::invokeMethod(
                session,
                [session, location, password] {
                    showProblem(session->window(), DatabaseSession::tr("Cannot Open Database"),
                                session->open(location.addressWithPassword(password)));
                },
                Qt::QueuedConnection);
    });
    dialog->open();
}

// Opens a server database; a login refused for want of a password is asked for once instead of ending there.
void openServerDatabase(DatabaseSession *session, const QString &address)
{
    const Status opened = session->open(address);
    auto location = ServerLocation::parse(address);
    if (!opened.ok() && opened.error().code == Error::Code::LoginRefused && location.ok()
        && location->password.isEmpty()) {
        askServerPassword(session, location.value());
        return;
    }
    showProblem(session->window(), DatabaseSession::tr("Cannot Open Database"), opened);
}

// Asks for a PostgreSQL address and opens it; the password comes from ~/.pgpass or is asked for on its own, so the
// field never holds one.
void askServerAddress(MainWindow *window, DatabaseSession *session)
{
    auto *dialog = new QInputDialog(window);
    dialog->setObjectName(QStringLiteral("serverAddressDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(DatabaseSession::tr("Open Server Database"));
    dialog->setLabelText(DatabaseSession::tr("The address of a PostgreSQL database, such as\n"
                                             "postgresql://kim@db.example:5432/hoego\n"
                                             "Passwords are read from ~/.pgpass. An empty database is set up for "
                                             "Hoego."));
    const QString current = session->database() && session->database()->isOnServer() ? session->database()->path()
                                                                                     : QStringLiteral("postgresql://");
    dialog->setTextValue(current);
    dialog->resize(520, dialog->sizeHint().height());
    QObject::connect(dialog, &QInputDialog::textValueSelected, session, [session](const QString &address) {
        if (address.trimmed().isEmpty())
            return;
        // Queued: opening replaces the window this dialog belongs to.
        QMetaObject::invokeMethod(
                session, [session, address] { openServerDatabase(session, address.trimmed()); }, Qt::QueuedConnection);
    });
    dialog->open();
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
                case PreferencesDialog::DatabaseAction::Server:
                    askServerAddress(session->window(), session);
                    return;
                }
            });
    dialog->open();
}

// Copies the open file into an empty server database and goes on there; the file stays as it was, a copy of the
// moment of the move. A server that already holds a Hoego database is refused before anything is written.
void askMoveToServer(MainWindow *window, DatabaseSession *session)
{
    auto *dialog = new QInputDialog(window);
    dialog->setObjectName(QStringLiteral("moveToServerDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(DatabaseSession::tr("Move to a Server"));
    dialog->setLabelText(DatabaseSession::tr("The address of an empty PostgreSQL database, such as\n"
                                             "postgresql://kim@db.example:5432/hoego\n"
                                             "Every year is copied there and Hoego goes on there; this file stays "
                                             "as it is now."));
    dialog->setTextValue(QStringLiteral("postgresql://"));
    dialog->resize(520, dialog->sizeHint().height());
    QObject::connect(dialog, &QInputDialog::textValueSelected, session, [session](const QString &address) {
        if (address.trimmed().isEmpty() || !session->database())
            return;
        // Queued: opening the server replaces the window this dialog belongs to.
        QMetaObject::invokeMethod(
                session,
                [session, address] {
                    const QString title = DatabaseSession::tr("Cannot Move to the Server");
                    if (!ServerLocation::isServerAddress(address.trimmed())) {
                        showProblem(session->window(), title,
                                    Error::invalid(DatabaseSession::tr("\"%1\" is not a server address; it starts "
                                                                       "with postgresql://.")
                                                           .arg(address.trimmed())));
                        return;
                    }
                    auto copied = databasecopy::copyInto(*session->database(), address.trimmed());
                    if (!copied.ok()) {
                        showProblem(session->window(), title, copied.error());
                        return;
                    }
                    showProblem(session->window(), title, session->open(address.trimmed()));
                },
                Qt::QueuedConnection);
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

    auto *openServer = new QAction(DatabaseSession::tr("Open &Server Database…"), window);
    openServer->setObjectName(QStringLiteral("openServerDatabaseAction"));
    QObject::connect(openServer, &QAction::triggered, session,
                     [window, session] { askServerAddress(window, session); });

    auto *moveToServer = new QAction(DatabaseSession::tr("&Move to a Server…"), window);
    moveToServer->setObjectName(QStringLiteral("moveToServerAction"));
    QObject::connect(moveToServer, &QAction::triggered, session,
                     [window, session] { askMoveToServer(window, session); });
    moveToServer->setEnabled(session->database() && !session->database()->isOnServer());

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
    // The restore dialog itself explains when the file cannot be replaced (read-only, in use). A server database
    // has no backup files here to restore from.
    QObject::connect(restore, &QAction::triggered, session, [window, session] { showRestore(window, session); });
    restore->setEnabled(session->database() && !session->database()->isOnServer());

    file->insertAction(first, create);
    file->insertAction(first, open);
    file->insertAction(first, openServer);
    file->insertAction(first, moveToServer);
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
