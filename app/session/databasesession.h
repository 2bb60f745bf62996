// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "mainwindow.h"
#include "result.h"
#include "startup/openwithrecovery.h"

#include <QObject>
#include <QPointer>

#include <functional>

#include <memory>

namespace hoego {

class AppSettings;
class Database;

// Owns the open database and the main window that shows it, so the user can switch to another file (File >
// Open Database, Open Recent, New Database; Preferences > Database) or move the current one without a
// restart. Switching builds a new window for the new database and retires the old one with its database.
// Every opened file joins the recent list; files opened from the menus also become the one Hoego starts with.
class DatabaseSession final : public QObject
{
    Q_OBJECT

public:
    explicit DatabaseSession(AppSettings &settings, QObject *parent = nullptr);
    ~DatabaseSession() override;

    // At start-up: opens (creating when missing) and shows `path`; a failure leaves no window.
    Status start(const QString &path);
    // At start-up, for a database main() already opened (with its recovery dialog): shows it.
    void start(std::unique_ptr<Database> database);
    // Opens an existing Hoego database in place of the current one. On failure nothing changes.
    Status open(const QString &path);
    // Creates an empty database at `path` (which must not exist yet) and switches to it.
    Status createNew(const QString &path);
    // Moves the current database to `path` (which must not exist yet): writes a consistent copy there,
    // opens and checks it, switches to it, and only then deletes the old file. A failure keeps the old file
    // in use and removes the partial copy.
    Status moveTo(const QString &path);

    // Replaces the current database with a backup (File > Restore from Backup): closes the window and the
    // database, restores (which first saves the current file as a backup), then opens the file again. Call it
    // from the event loop, not from inside the window's own event handling: the window is deleted.
    Status restoreFrom(const QString &backupPath);

    // The integrity check that start-up deferred failed: closes the window and the database, leaving the file
    // as it was found, then asks what to do as a failed start-up does (open a backup, choose a file, quit).
    // Returns false when the user quit. Call it from the event loop: the window is deleted.
    bool recoverFromDamage(const Error &error, const AskRecovery &ask = {}, const ChooseDatabaseFile &chooseFile = {});

    MainWindow *window() const { return m_window; }
    Database *database() const { return m_database.get(); }
    AppSettings &settings() const { return m_settings; }

signals:
    // A new window shows the database (after start, open, createNew or moveTo).
    void windowChanged(hoego::MainWindow *window);
    // Something went wrong after the switch itself succeeded (e.g. the old file of a move could not be deleted).
    void warning(const QString &message);

private:
    enum class Remember { RecentOnly, AsStartupDatabase };
    // Shows the opened database in a new window and retires the old window and database; `afterRetiring`
    // runs once the old database is closed.
    Status switchTo(Result<std::unique_ptr<Database>> opened, Remember remember,
                    std::function<void()> afterRetiring = {});
    // Deletes `database` once `window` (which uses it) is gone, then runs `afterwards`.
    void retire(MainWindow *window, std::unique_ptr<Database> database, std::function<void()> afterwards = {});

    // Closes the retired windows and their databases now, so their files can be opened again at once.
    void finishRetiring();

    AppSettings &m_settings;
    std::unique_ptr<Database> m_database;
    QPointer<MainWindow> m_window;
    QList<QPointer<MainWindow>> m_retiring;
};

} // namespace hoego
