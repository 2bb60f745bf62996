// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "changefeed.h"

#include "server/clientledger.h"
#include "server/serverdatabase.h"
#include "sql.h"

#include <QCoreApplication>
#include <QEvent>
#include <QMutex>
#include <QSqlDatabase>
#include <QSqlDriver>

#include <sqlite3.h>

#include <algorithm>
#include <unordered_map>
#include <utility>

namespace hoego {
namespace {

// Rows noted per SQLite connection until its transaction ends. The hook runs in whatever thread writes, so
// the table is shared and locked.
struct Pending
{
    QHash<QString, QSet<Id>> rows;
};

QMutex g_pendingLock;
std::unordered_map<sqlite3 *, Pending> g_pending;

// The search index's own tables (written by triggers) are bookkeeping, not content anyone shows.
bool isBookkeeping(const char *table)
{
    const QLatin1StringView name(table);
    return name.startsWith(QLatin1String("search_")) || name.startsWith(QLatin1String("sqlite_"));
}

sqlite3 *handleOf(const QString &connection)
{
    if (!QSqlDatabase::contains(connection))
        return nullptr;
    const QVariant handle = QSqlDatabase::database(connection, false).driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

extern "C" void noteRowOn(void *context, int, const char *, const char *table, sqlite3_int64 rowid)
{
    if (isBookkeeping(table))
        return;
    auto *db = static_cast<sqlite3 *>(context);
    const QMutexLocker locker(&g_pendingLock);
    g_pending[db].rows[QString::fromUtf8(table)].insert(Id(rowid));
}

extern "C" int watchConnection(sqlite3 *db, const char **, const struct sqlite3_api_routines *)
{
    {
        // A new connection may reuse the address of a closed one: start it clean.
        const QMutexLocker locker(&g_pendingLock);
        g_pending.erase(db);
    }
    sqlite3_update_hook(db, &noteRowOn, db);
    return SQLITE_OK;
}

// The channel the schema's hoego_announce() trigger notifies on (hoego_changes_<schema>), with "table id" as the
// payload.
Result<QString> serverChannelOf(const QString &connection)
{
    auto schema = sql::single(connection, QStringLiteral("SELECT current_schema()"), {}, QStringLiteral("schema"));
    if (!schema.ok())
        return schema.error();
    return QString(QStringLiteral("hoego_changes_") + schema.value().value(0).toString());
}

// Announcements from servers, gathered until the event loop next runs: a big write sends one per row, and the views
// should re-read once for all of them. Touched only in the thread of the followed connections (the GUI thread).
QHash<QString, ChangeSet> g_fromServers; // address -> what it announced

void announceFromServers()
{
    const QHash<QString, ChangeSet> gathered = std::exchange(g_fromServers, {});
    for (const ChangeSet &changes : gathered)
        emit ChangeFeed::instance()->changed(changes);
}

// `payload` is "table id version" (the version empty for a table without one; older servers send "table id").
void noteFromServer(const QString &address, const QString &connection, const QVariant &payload, bool own)
{
    const QStringList words = payload.toString().split(QLatin1Char(' '));
    if (words.size() < 2 || words.first().isEmpty())
        return;
    const QString &table = words.at(0);
    const Id id = words.at(1).toLongLong();
    clientledger::heard(connection, table, id, words.size() > 2 ? words.at(2).toInt() : 0, own);
    if (g_fromServers.isEmpty())
        QMetaObject::invokeMethod(ChangeFeed::instance(), &announceFromServers, Qt::QueuedConnection);
    ChangeSet &changes = g_fromServers[address];
    changes.databasePath = address;
    changes.rows[table].insert(id);
}

// The followed server connections of this process, to settle what they have heard (GUI thread only).
QSet<QString> g_followed;

} // namespace

QString ChangeSet::tableOf(Stored kind)
{
    switch (kind) {
    case Stored::Year:
        return QStringLiteral("year");
    case Stored::YearPart:
        return QStringLiteral("year_part");
    case Stored::Area:
        return QStringLiteral("area");
    case Stored::Event:
        return QStringLiteral("event");
    case Stored::EventTag:
        return QStringLiteral("event_tag");
    case Stored::Section:
        return QStringLiteral("section");
    case Stored::Lesson:
        return QStringLiteral("lesson");
    case Stored::Unfinished:
        return QStringLiteral("unfinished");
    case Stored::Goal:
        return QStringLiteral("goal");
    case Stored::Milestone:
        return QStringLiteral("milestone");
    case Stored::GoalLink:
        return QStringLiteral("goal_link");
    case Stored::GoalEvidence:
        return QStringLiteral("goal_evidence");
    case Stored::Theme:
        return QStringLiteral("theme");
    case Stored::ThemeYear:
        return QStringLiteral("theme_year");
    case Stored::ThemeLink:
        return QStringLiteral("theme_link");
    case Stored::Question:
        return QStringLiteral("question");
    case Stored::Answer:
        return QStringLiteral("answer");
    case Stored::Output:
        return QStringLiteral("output");
    case Stored::ExportProfile:
        return QStringLiteral("export_profile");
    case Stored::ExportHeading:
        return QStringLiteral("export_heading");
    case Stored::Setting:
        return QStringLiteral("database_setting");
    }
    return {};
}

bool ChangeSet::touchesAny(std::initializer_list<Stored> kinds) const
{
    return std::any_of(kinds.begin(), kinds.end(), [this](Stored kind) { return touches(kind); });
}

bool ChangeSet::touchesYearContent() const
{
    return touchesAny({Stored::Year, Stored::YearPart, Stored::Event, Stored::EventTag, Stored::Section, Stored::Lesson,
                       Stored::Unfinished, Stored::Goal, Stored::Milestone, Stored::GoalLink, Stored::Area,
                       Stored::Theme, Stored::ThemeYear, Stored::ThemeLink, Stored::Question, Stored::Answer,
                       Stored::Output, Stored::GoalEvidence});
}

ChangeFeed *ChangeFeed::instance()
{
    static ChangeFeed *feed = [] {
        qRegisterMetaType<hoego::ChangeSet>();
        return new ChangeFeed;
    }();
    return feed;
}

void ChangeFeed::install()
{
    instance();
    static const int installed = sqlite3_auto_extension(reinterpret_cast<void (*)()>(&watchConnection));
    (void)installed; // without it views fall back to reading when shown; nothing is lost
}

void ChangeFeed::follow(const QString &connection)
{
    const QString address = serverdatabase::addressOf(connection);
    if (address.isEmpty())
        return;
    QSqlDriver *driver = QSqlDatabase::database(connection, false).driver();
    const auto channel = serverChannelOf(connection);
    if (driver == nullptr || !channel.ok() || driver->subscribedToNotifications().contains(channel.value()))
        return;
    if (!driver->subscribeToNotification(channel.value()))
        return; // the views still read when shown; only live updates from elsewhere are missed
    connect(driver, &QSqlDriver::notification, instance(),
            [address, connection, expected = channel.value()](
                    const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload) {
                if (name == expected)
                    noteFromServer(address, connection, payload, source == QSqlDriver::SelfSource);
            });
    g_followed.insert(connection);
    // The driver goes with the connection; what was heard on it would name a later connection of the same name.
    connect(driver, &QObject::destroyed, instance(), [connection] {
        g_followed.remove(connection);
        clientledger::forget(connection);
    });
}

void ChangeFeed::settleFollowed()
{
    for (const QString &connection : std::as_const(g_followed)) {
        if (QSqlDatabase::contains(connection)) {
            if (QSqlDriver *driver = QSqlDatabase::database(connection, false).driver())
                QCoreApplication::sendPostedEvents(driver, QEvent::MetaCall);
        }
    }
}

void ChangeFeed::deliverPendingOf(const QString &connection)
{
    if (!serverdatabase::isServerConnection(connection))
        return;
    // The server sends this client's own announcements before it confirms the commit; the driver reads them
    // from its queue on its next turn of the event loop, then the feed announces them on the following one.
    if (QSqlDriver *driver = QSqlDatabase::database(connection, false).driver())
        QCoreApplication::sendPostedEvents(driver, QEvent::MetaCall);
    QCoreApplication::sendPostedEvents(instance(), QEvent::MetaCall);
}

QString ChangeFeed::databasePathOf(const QString &connection)
{
    if (const QString address = serverdatabase::addressOf(connection); !address.isEmpty())
        return address;
    sqlite3 *db = handleOf(connection);
    return db ? QString::fromUtf8(sqlite3_db_filename(db, "main")) : QString();
}

void ChangeFeed::committed(const QString &connection)
{
    sqlite3 *db = handleOf(connection);
    if (db == nullptr)
        return;
    ChangeSet changes;
    {
        const QMutexLocker locker(&g_pendingLock);
        const auto found = g_pending.find(db);
        if (found == g_pending.end() || found->second.rows.isEmpty())
            return;
        changes.rows = std::move(found->second.rows);
        g_pending.erase(found);
    }
    changes.databasePath = QString::fromUtf8(sqlite3_db_filename(db, "main"));
    emit instance()->changed(changes);
}

void ChangeFeed::rolledBack(const QString &connection)
{
    sqlite3 *db = handleOf(connection);
    if (db == nullptr)
        return;
    const QMutexLocker locker(&g_pendingLock);
    g_pending.erase(db);
}

} // namespace hoego
