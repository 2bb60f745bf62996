// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "databasesession.h"
#include "i18n/particles.h"

#include "areas/startingareas.h"
#include "mainwindow.h"
#include "sessionmenus.h"
#include "settings/appsettings.h"
#include "storage/arearepository.h"
#include "storage/backup.h"
#include "storage/database.h"
#include "storage/server/serverlocation.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QRect>

#include <utility>

namespace hoego {
namespace {

QString absolute(const QString &path)
{
    if (ServerLocation::isServerAddress(path))
        return path.trimmed();
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

Status refuseExisting(const QString &path)
{
    if (QFileInfo::exists(path))
        return Error{Error::Code::Conflict,
                     i18n::fillWords(DatabaseSession::tr("%1 already exists. Choose a new file name."),
                                     QDir::toNativeSeparators(path))};
    return {};
}

// The database file and SQLite's companions; the -wal and -shm files are gone after a clean close, but a
// crash can leave them behind.
bool removeDatabaseFiles(const QString &path)
{
    bool removed = QFile::remove(path) || !QFileInfo::exists(path);
    for (const char *suffix : {"-wal", "-shm"}) {
        const QString companion = path + QLatin1String(suffix);
        if (QFileInfo::exists(companion))
            removed = QFile::remove(companion) && removed;
    }
    return removed;
}

} // namespace

DatabaseSession::DatabaseSession(AppSettings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
    connect(this, &DatabaseSession::warning, this, [this](const QString &message) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Hoego"), message, QMessageBox::Ok, m_window);
        box->setObjectName(QStringLiteral("sessionWarning"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
}

DatabaseSession::~DatabaseSession()
{
    finishRetiring();
    // The window uses the database: it goes first.
    delete m_window;
    m_database.reset();
}

Status DatabaseSession::start(const QString &path)
{
    finishRetiring();
    return switchTo(Database::open(absolute(path)), Remember::RecentOnly);
}

void DatabaseSession::start(std::unique_ptr<Database> database)
{
    finishRetiring();
    switchTo(std::move(database), Remember::RecentOnly).ok();
}

Status DatabaseSession::open(const QString &path)
{
    finishRetiring();
    const QString target = absolute(path);
    if (m_database && target == absolute(m_database->path()))
        return {};
    if (!ServerLocation::isServerAddress(target) && !QFileInfo::exists(target))
        return Error::notFound(i18n::fillWords(tr("%1 does not exist."), QDir::toNativeSeparators(target)));
    Database::Options options;
    options.create = false;
    return switchTo(Database::open(target, options), Remember::AsStartupDatabase);
}

Status DatabaseSession::createNew(const QString &path)
{
    finishRetiring();
    const QString target = absolute(path);
    if (Status free = refuseExisting(target); !free.ok())
        return free;
    return switchTo(Database::open(target), Remember::AsStartupDatabase);
}

Status DatabaseSession::moveTo(const QString &path)
{
    finishRetiring();
    if (!m_database)
        return Error::notFound(tr("No database is open."));
    if (m_database->isOnServer() || ServerLocation::isServerAddress(path))
        return Error::invalid(tr("Only a database file can be moved; a server database stays on its server."));
    const QString target = absolute(path);
    const QString source = absolute(m_database->path());
    if (target == source)
        return {};
    if (Status free = refuseExisting(target); !free.ok())
        return free;
    if (!QDir().mkpath(QFileInfo(target).absolutePath()))
        return Error{Error::Code::Io, tr("Cannot create the folder %1.").arg(QFileInfo(target).absolutePath())};

    // A snapshot taken through SQLite (not a file copy), so it is consistent even with a WAL in use.
    if (Status copied = backup::writeCopy(m_database->connectionName(), target); !copied.ok())
        return copied;
    Database::Options options;
    options.create = false;
    auto opened = Database::open(target, options);
    if (!opened.ok()) {
        removeDatabaseFiles(target);
        return opened.error();
    }

    // The old window and database close after the switch; only then is the old file deleted.
    m_settings.removeRecentDatabase(source);
    QPointer<DatabaseSession> self(this);
    return switchTo(std::move(opened), Remember::AsStartupDatabase, [self, source] {
        if (!removeDatabaseFiles(source) && self)
            emit self->warning(
                    i18n::fillWords(tr("The database was moved, but the old file %1 could not be deleted. You can "
                                       "delete it yourself."),
                                    QDir::toNativeSeparators(source)));
    });
}

Status DatabaseSession::restoreFrom(const QString &backupPath)
{
    finishRetiring();
    if (!m_database)
        return Error::notFound(tr("No database is open."));
    if (m_database->isOnServer())
        return Error::invalid(tr("A server database is restored by its server's administrator, not from a backup "
                                 "file."));
    const QString path = m_database->path();
    // The restore swaps the file itself, so this process must let go of it first: window, connection, lock.
    QRect geometry;
    if (m_window)
        geometry = m_window->geometry();
    delete m_window.data();
    m_database.reset();

    auto restored = backup::restore(path, backupPath, m_settings.backupsToKeep());
    // Whether or not the restore worked, the user gets a window on the file that is now in place.
    Status reopened = switchTo(Database::open(path), Remember::RecentOnly);
    if (m_window && geometry.isValid())
        m_window->setGeometry(geometry);
    if (!restored.ok())
        return restored.error();
    return reopened;
}

bool DatabaseSession::recoverFromDamage(const Error &error, const AskRecovery &ask,
                                        const ChooseDatabaseFile &chooseFile)
{
    finishRetiring();
    if (!m_database)
        return false;
    const QString path = m_database->path();
    QRect geometry;
    if (m_window)
        geometry = m_window->geometry();
    delete m_window.data();
    m_database->leaveFileAsFoundOnClose();
    m_database.reset();

    auto recovered = recoverDatabase(path, error, m_settings.backupsToKeep(), ask, chooseFile);
    if (!recovered)
        return false;
    (void)switchTo(std::move(recovered), Remember::RecentOnly);
    if (m_window && geometry.isValid())
        m_window->setGeometry(geometry);
    return m_window != nullptr;
}

Status DatabaseSession::switchTo(Result<std::unique_ptr<Database>> opened, Remember remember,
                                 std::function<void()> afterRetiring)
{
    if (!opened.ok())
        return opened.error();

    if (opened.value()->isNew() && !opened.value()->isReadOnly()) {
        setUpNewDatabase(opened.value()->connectionName());
    }
    auto *window = new MainWindow(*opened.value());
    if (m_window) {
        window->setGeometry(m_window->geometry());
        window->setWindowState(m_window->windowState());
    }
    MainWindow *oldWindow = m_window;
    std::unique_ptr<Database> oldDatabase = std::move(m_database);
    m_database = std::move(opened).value();
    m_window = window;
    // After the switch: the menus enable what applies to the database now open (Restore for a file only).
    addSessionMenus(window, this);

    connect(window, &MainWindow::fileImported, this, [this](const QString &path) {
        m_settings.addRecentImport(path);
        m_settings.sync();
    });
    m_settings.addRecentDatabase(m_database->path());
    if (remember == Remember::AsStartupDatabase)
        m_settings.setDatabasePath(m_database->path());
    m_settings.sync();

    window->show();
    retire(oldWindow, std::move(oldDatabase), std::move(afterRetiring));
    emit windowChanged(window);
    return {};
}

void DatabaseSession::finishRetiring()
{
    // Safe here: requests come from the current window (or the start-up code), never from a retired one.
    for (const QPointer<MainWindow> &window : std::exchange(m_retiring, {}))
        delete window.data();
}

void DatabaseSession::retire(MainWindow *window, std::unique_ptr<Database> database, std::function<void()> afterwards)
{
    if (!window) {
        database.reset();
        if (afterwards)
            afterwards();
        return;
    }
    // Later, not now: the request may come from one of the old window's own menus or dialogs.
    // No context object: the old database must close even if the session is gone by then.
    Database *retired = database.release();
    connect(window, &QObject::destroyed, [retired, afterwards] {
        delete retired;
        if (afterwards)
            afterwards();
    });
    window->hide();
    window->deleteLater();
    m_retiring << window;
}

} // namespace hoego
