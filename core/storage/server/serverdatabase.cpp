// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "serverdatabase.h"

#include "i18n/particles.h"
#include "reconnections.h"
#include "storage/schema.h"
#include "storage/sql.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QMutex>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

namespace hoego::serverdatabase {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hoego::ServerDatabase)
};

// The first version a server database can have: PostgreSQL support came with schema version 8.
constexpr int kFirstServerVersion = 8;

QMutex g_addressLock;
QHash<QString, QString> g_addresses; // connection name -> address without password
QSet<QString> g_readOnly; // connections opened read-only
QSet<QString> g_lost; // connections the server dropped, opened again before their next statement

QString libpqMessage(const QSqlError &error)
{
    return (error.databaseText().isEmpty() ? error.text() : error.databaseText()).trimmed();
}

// libpq reports a refused login only in its text; these are the phrases of its messages (client or server side).
bool isLoginRefused(const QString &message)
{
    return message.contains(QLatin1String("authentication failed"))
            || message.contains(QLatin1String("no password supplied"))
            || message.contains(QLatin1String("password authentication"))
            || message.contains(QLatin1String("no pg_hba.conf entry"))
            || message.contains(QLatin1String("role \"")) // role "x" does not exist
            || message.contains(QLatin1String("permission denied"));
}

// Statements run as text: PostgreSQL prepares no DDL, and a step file holds many statements.
Status runText(const QString &connection, const QString &text, const QString &context)
{
    QSqlQuery query(QSqlDatabase::database(connection, false));
    query.setForwardOnly(true);
    if (!query.exec(text))
        return sql::toError(query.lastError(), context);
    return {};
}

Result<QString> stepScript(int version)
{
    QFile file(QStringLiteral(":/postgresql/step-%1.sql").arg(version));
    if (!file.open(QIODevice::ReadOnly))
        return Error::storage(Tr::tr("This build of Hoego has no PostgreSQL schema for version %1.").arg(version));
    return QString::fromUtf8(file.readAll());
}

// Tables in the connection's schema, and whether Hoego's version table is one of them.
struct Contents
{
    int tables = 0;
    bool hasVersionTable = false;
};

Result<Contents> readContents(const QString &connection)
{
    auto query = sql::exec(connection,
                           QStringLiteral("SELECT count(*), count(*) FILTER (WHERE table_name = 'hoego_schema') "
                                          "FROM information_schema.tables WHERE table_schema = current_schema()"));
    if (!query.ok())
        return query.error();
    Contents contents;
    if (query.value().next()) {
        contents.tables = query.value().value(0).toInt();
        contents.hasVersionTable = query.value().value(1).toInt() > 0;
    }
    return contents;
}

// What every session of Hoego's sets once connected.
Status configureSession(const QString &name, bool readOnly)
{
    // Notices (a dropped table that did not exist) are for people at a console, not for the window.
    QStringList settings = {QStringLiteral("SET client_min_messages TO warning")};
    if (readOnly)
        settings << QStringLiteral("SET default_transaction_read_only TO on");
    for (const QString &setting : settings) {
        if (Status set = runText(name, setting, QString()); !set.ok())
            return set;
    }
    // Qt's driver sets the session to UTC; "today" (the day a trigger checks a goal off) is the user's day. A zone
    // the server does not know leaves UTC: a day off near midnight, not a failed open.
    const QString zone = QString::fromUtf8(QTimeZone::systemTimeZoneId()).remove(QLatin1Char('\''));
    (void)runText(name, QStringLiteral("SET TIME ZONE '%1'").arg(zone), QString());
    return {};
}

} // namespace

Status connect(const ServerLocation &location, const QString &name, bool readOnly)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return Error::storage(Tr::tr("Qt's PostgreSQL driver is not installed (Debian package libqt6sql6-psql)."));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(location.host);
        if (location.port > 0)
            db.setPort(location.port);
        db.setUserName(location.user);
        db.setPassword(location.password);
        db.setDatabaseName(location.database);
        db.setConnectOptions(location.connectOptions());
        if (!db.open()) {
            const QString message = libpqMessage(db.lastError());
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            const QString address = location.address();
            if (isLoginRefused(message))
                return Error{Error::Code::LoginRefused,
                             i18n::fillWords(Tr::tr("The server at %1 refused the login: %2\nHoego reads passwords "
                                                    "from ~/.pgpass (or the file PGPASSFILE names)."),
                                             address, message)};
            return Error{Error::Code::Server,
                         i18n::fillWords(Tr::tr("Cannot reach the server at %1: %2"), address, message)};
        }
    }
    if (Status set = configureSession(name, readOnly); !set.ok()) {
        QSqlDatabase::removeDatabase(name);
        return set;
    }
    const QMutexLocker locker(&g_addressLock);
    g_addresses.insert(name, location.address());
    if (readOnly)
        g_readOnly.insert(name);
    return {};
}

void noteLost(const QString &connection)
{
    const QMutexLocker locker(&g_addressLock);
    if (g_addresses.contains(connection))
        g_lost.insert(connection);
}

Status reopenIfLost(const QString &connection)
{
    bool readOnly = false;
    bool lost = false;
    {
        const QMutexLocker locker(&g_addressLock);
        if (!g_addresses.contains(connection))
            return {}; // a file, or a connection not opened by connect()
        readOnly = g_readOnly.contains(connection);
        lost = g_lost.contains(connection);
    }
    QSqlDatabase db = QSqlDatabase::database(connection, false);
    // Qt's driver closes the connection itself when it finds it broken while preparing a statement.
    if (!lost && db.isOpen())
        return {};
    // Closing forgets the channels; the driver stays the same object, so whoever follows its notifications
    // still does once they are listened to again.
    const QStringList channels = db.driver()->subscribedToNotifications();
    db.close();
    if (!db.open())
        return Error{Error::Code::Server,
                     i18n::fillWords(Tr::tr("The server at %1 is still out of reach: %2"), addressOf(connection),
                                     libpqMessage(db.lastError()))};
    if (Status set = configureSession(connection, readOnly); !set.ok())
        return set;
    for (const QString &channel : channels)
        db.driver()->subscribeToNotification(channel);
    {
        const QMutexLocker locker(&g_addressLock);
        g_lost.remove(connection);
    }
    emit ServerReconnections::instance()->reopened(connection);
    return {};
}

Result<SchemaState> prepareSchema(const QString &connection, const QString &address)
{
    SchemaState state;
    Status prepared = sql::inTransaction(connection, [&]() -> Status {
        // One client at a time decides and creates; the lock ends with the transaction.
        if (Status locked = runText(connection, QStringLiteral("SELECT pg_advisory_xact_lock(4852734577)"), QString());
            !locked.ok())
            return locked;
        auto contents = readContents(connection);
        if (!contents.ok())
            return contents.error();
        if (contents->hasVersionTable) {
            auto version = sql::single(connection, QStringLiteral("SELECT max(version) FROM hoego_schema"), {},
                                       QStringLiteral("schema version"));
            if (!version.ok())
                return version.error();
            state.version = version.value().value(0).toInt();
        } else if (contents->tables > 0) {
            return Error{Error::Code::InvalidInput,
                         i18n::fillWords(Tr::tr("The database %1 holds tables that are not Hoego's. Hoego sets up "
                                                "only an empty database; nothing in it was changed."),
                                         address)};
        }
        if (state.version > schema::kCurrentVersion)
            return Error{Error::Code::NewerVersion,
                         i18n::fillWords(Tr::tr("%1 was set up by a newer Hoego (version %2); this one knows "
                                                "versions up to %3. Update Hoego to open it."),
                                         address, state.version, schema::kCurrentVersion)};
        if (state.version == schema::kCurrentVersion)
            return {};
        state.created = state.version == 0;
        for (int step = std::max(state.version + 1, kFirstServerVersion); step <= schema::kCurrentVersion; ++step) {
            auto script = stepScript(step);
            if (!script.ok())
                return script.error();
            const QString context = i18n::fillWords(Tr::tr("Setting up version %1 on the server failed"), step);
            if (Status applied = runText(connection, script.value(), context); !applied.ok())
                return applied;
        }
        state.version = schema::kCurrentVersion;
        return runText(connection,
                       QStringLiteral("DELETE FROM hoego_schema; INSERT INTO hoego_schema (version) VALUES (%1)")
                               .arg(state.version),
                       QString());
    });
    if (!prepared.ok())
        return prepared.error();
    return state;
}

QString addressOf(const QString &connection)
{
    const QMutexLocker locker(&g_addressLock);
    return g_addresses.value(connection);
}

void forget(const QString &connection)
{
    const QMutexLocker locker(&g_addressLock);
    g_addresses.remove(connection);
    g_readOnly.remove(connection);
    g_lost.remove(connection);
}

bool isServerConnection(const QString &connection)
{
    return !addressOf(connection).isEmpty();
}

} // namespace hoego::serverdatabase
