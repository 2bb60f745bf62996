// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "sql.h"

#include "i18n/particles.h"

#include "changefeed.h"
#include "server/serverdatabase.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>

#include <atomic>

namespace hoego::sql {
namespace {

// Names the context of this file's strings for tr() and for lupdate alike.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hoego::sql)
};

// What went wrong, as the repositories need to know it, whatever the backend.
enum class Failure { Busy, ReadOnly, Full, Corrupt, Duplicate, Constraint, ServerGone, Other };

// The one place that reads SQLite's result codes (the low byte of an extended code); PostgreSQL's reader is
// beside it, and nothing else looks at either.
Failure sqliteFailure(const QSqlError &error)
{
    enum SqliteCode { Busy = 5, Locked = 6, ReadOnly = 8, Corrupt = 11, Full = 13, Constraint = 19, NotADatabase = 26 };
    switch (error.nativeErrorCode().toInt() & 0xff) {
    case Busy:
    case Locked:
        return Failure::Busy;
    case ReadOnly:
        return Failure::ReadOnly;
    case Full:
        return Failure::Full;
    case Corrupt:
    case NotADatabase:
        return Failure::Corrupt;
    case Constraint:
        // SQLite names the kind of constraint only in its message: "UNIQUE constraint failed: ...".
        return (error.databaseText().isEmpty() ? error.text() : error.databaseText()).contains(QLatin1String("UNIQUE"))
                ? Failure::Duplicate
                : Failure::Constraint;
    default:
        return Failure::Other;
    }
}

// PostgreSQL names every failure by a five-character SQLSTATE; libpq's own failures (a lost connection) have none.
Failure postgresFailure(const QSqlError &error, const QString &detail)
{
    const QString state = error.nativeErrorCode();
    if (state == QLatin1String("23505"))
        return Failure::Duplicate;
    if (state.startsWith(QLatin1String("23")))
        return Failure::Constraint;
    if (state == QLatin1String("40001") || state == QLatin1String("40P01") || state == QLatin1String("55P03"))
        return Failure::Busy; // serialization failure, deadlock, lock not available
    if (state == QLatin1String("25006"))
        return Failure::ReadOnly;
    if (state == QLatin1String("53100"))
        return Failure::Full;
    if (state == QLatin1String("XX001") || state == QLatin1String("XX002"))
        return Failure::Corrupt;
    if (state.startsWith(QLatin1String("08")) || state.startsWith(QLatin1String("57P")))
        return Failure::ServerGone; // connection exception, administrator shutdown
    if (state.isEmpty()
        && (detail.contains(QLatin1String("server closed the connection"))
            || detail.contains(QLatin1String("no connection"))
            || detail.contains(QLatin1String("connection to server"))))
        return Failure::ServerGone;
    return Failure::Other;
}

// A SQLSTATE has five characters; SQLite's codes, extended ones included, have at most four digits.
Failure failureOf(const QSqlError &error, const QString &detail)
{
    const QString code = error.nativeErrorCode();
    const bool postgres = code.size() == 5 || (code.isEmpty() && error.driverText().contains(QLatin1String("QPSQL")));
    return postgres || detail.contains(QLatin1String("server closed the connection")) ? postgresFailure(error, detail)
                                                                                      : sqliteFailure(error);
}

} // namespace

Error toError(const QSqlError &error, const QString &context)
{
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    const QString message = context.isEmpty() ? detail : Tr::tr("%1: %2").arg(context, detail);
    switch (failureOf(error, detail)) {
    case Failure::ServerGone:
        return {Error::Code::Server,
                Tr::tr("The connection to the database server was lost; the change was not saved. (%1)").arg(message)};
    case Failure::ReadOnly:
        return {Error::Code::ReadOnly, Tr::tr("The database is open read-only; nothing was changed.")};
    case Failure::Full:
        return {Error::Code::Storage, Tr::tr("The disk is full; the change was not saved. (%1)").arg(message)};
    case Failure::Corrupt:
        return {Error::Code::Corrupt, message};
    case Failure::Busy:
        return {Error::Code::Locked, Tr::tr("The database is busy in another program. (%1)").arg(message)};
    case Failure::Duplicate:
        return {Error::Code::Conflict, message};
    case Failure::Constraint:
        return {Error::Code::InvalidInput, message};
    case Failure::Other:
        break;
    }
    return {Error::Code::Storage, message};
}

namespace {

QHash<QString, int> &openDepth();

// A null QString would bind as SQL NULL; an empty text is meant, so bind "" (NULLs are explicit).
QVariant boundValue(const QVariant &value)
{
    if (value.metaType() == QMetaType::fromType<QString>() && !value.isNull() && value.toString().isNull())
        return QString(QLatin1String(""));
    return value;
}

bool returnsNoRows(const QString &statement)
{
    for (const char *verb : {"INSERT ", "UPDATE ", "DELETE "}) {
        if (statement.startsWith(QLatin1String(verb), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

struct BulkWriteState
{
    QString connection;
    QHash<QString, QSqlQuery> prepared;
};

// A second handle on the same prepared statement. Qt deprecates copying a query because copies share one
// cursor; here that sharing is the point, and only writes and single-row lookups are shared.
QSqlQuery sharedHandle(const QSqlQuery &query)
{
    QT_WARNING_PUSH
    QT_WARNING_DISABLE_DEPRECATED
    return QSqlQuery(query);
    QT_WARNING_POP
}

BulkWriteState *&activeBulkWrite()
{
    thread_local BulkWriteState *active = nullptr;
    return active;
}

bool inBulkWrite(const QString &connection)
{
    return activeBulkWrite() && activeBulkWrite()->connection == connection;
}

// `singleRowRead`: a read whose caller takes the first row at once (single()), so reusing it cannot reset a
// cursor someone is still walking.
Result<QSqlQuery> prepared(const QString &connection, const QString &statement, bool singleRowRead)
{
    const bool keep = inBulkWrite(connection) && (singleRowRead || returnsNoRows(statement));
    BulkWriteState *reuse = activeBulkWrite();
    if (keep) {
        if (auto found = reuse->prepared.constFind(statement); found != reuse->prepared.constEnd())
            return sharedHandle(*found);
    }
    QSqlQuery query(QSqlDatabase::database(connection, false));
    query.setForwardOnly(true);
    if (!query.prepare(statement))
        return toError(query.lastError(), Tr::tr("Preparing a query failed"));
    if (keep)
        reuse->prepared.emplace(statement, sharedHandle(query));
    return query;
}

bool isSqlite(const QString &connection)
{
    return QSqlDatabase::database(connection, false).driverName() == QLatin1String("QSQLITE");
}

// Once a statement of a transaction failed, PostgreSQL refuses everything but a rollback, the DEALLOCATE Qt sends
// when that statement's query goes included (Qt then warns "Unable to free statement"). Such queries are kept here
// until their transaction has rolled back, and freed then.
QHash<QString, QList<QSqlQuery>> &failedInTransaction()
{
    thread_local QHash<QString, QList<QSqlQuery>> failed;
    return failed;
}

void keepUntilRollback(const QString &connection, QSqlQuery &&query)
{
    if (!isSqlite(connection))
        failedInTransaction()[connection].append(std::move(query));
}

// `announce`: false when the caller ends the statement itself and announces its commit then (sql::insert).
Result<QSqlQuery> run(const QString &connection, const QString &statement, const QVariantList &values,
                      bool singleRowRead, bool announce = true)
{
    // Outside a transaction of ours a statement commits on its own: what it wrote is announced (or forgotten)
    // right after it.
    const bool ownTransaction = openDepth().value(connection) == 0;
    if (ownTransaction) {
        if (Status reopened = serverdatabase::reopenIfLost(connection); !reopened.ok())
            return reopened.error();
    }
    auto ready = prepared(connection, statement, singleRowRead);
    if (!ready.ok())
        return ready;
    QSqlQuery query = std::move(ready).value();
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, boundValue(values[i]));
    if (!query.exec()) {
        const Error error = toError(query.lastError(), QString());
        if (error.code == Error::Code::Server)
            serverdatabase::noteLost(connection);
        if (ownTransaction)
            ChangeFeed::rolledBack(connection);
        else
            keepUntilRollback(connection, std::move(query));
        return error;
    }
    if (ownTransaction && announce)
        ChangeFeed::committed(connection);
    return query;
}

// Transaction control runs as text: PostgreSQL prepares no BEGIN, SAVEPOINT, RELEASE, COMMIT or ROLLBACK.
Result<QSqlQuery> control(const QString &connection, const QString &statement)
{
    QSqlQuery query(QSqlDatabase::database(connection, false));
    query.setForwardOnly(true);
    if (!query.exec(statement)) {
        const Error error = toError(query.lastError(), QString());
        if (error.code == Error::Code::Server)
            serverdatabase::noteLost(connection);
        return error;
    }
    return query;
}

// SQLite's outermost level takes the write lock at once, so a concurrent writer makes us wait (busy timeout)
// instead of failing halfway; a server database locks the rows it writes.
QString beginStatement(const QString &connection)
{
    return isSqlite(connection) ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN");
}

} // namespace

BulkWrite::BulkWrite(const QString &connection)
{
    Q_ASSERT(!activeBulkWrite());
    activeBulkWrite() = new BulkWriteState{connection, {}};
}

BulkWrite::~BulkWrite()
{
    delete activeBulkWrite();
    activeBulkWrite() = nullptr;
}

Result<QSqlQuery> exec(const QString &connection, const QString &statement, const QVariantList &values)
{
    return run(connection, statement, values, false);
}

Result<Id> insert(const QString &connection, const QString &table, const QString &columns, const QVariantList &values,
                  Id keptId)
{
    const bool withId = keptId > 0;
    QString statement = QStringLiteral("INSERT INTO ") + table + QStringLiteral(" (");
    if (withId)
        statement += QStringLiteral("id, ");
    statement += columns + QStringLiteral(") VALUES (");
    const qsizetype count = values.size() + (withId ? 1 : 0);
    for (qsizetype i = 0; i < count; ++i)
        statement += i == 0 ? QStringLiteral("?") : QStringLiteral(", ?");
    statement += QStringLiteral(") RETURNING id");

    const bool ownTransaction = openDepth().value(connection) == 0;
    auto inserted = run(connection, statement, withId ? QVariantList{keptId} + values : values, false, false);
    if (!inserted.ok())
        return inserted.error();
    QSqlQuery &query = inserted.value();
    // The id is the one row. Stepping past it ends the statement, so no cursor stays open; outside a transaction
    // that is also when SQLite commits, and a failed commit is reported here, before the change is announced.
    const bool hasRow = query.next();
    const Id id = hasRow ? query.value(0).toLongLong() : 0;
    if (!hasRow || query.next() || query.lastError().isValid()) {
        const Error error = toError(query.lastError(), QString());
        query.finish();
        if (ownTransaction)
            ChangeFeed::rolledBack(connection);
        else
            keepUntilRollback(connection, std::move(query));
        return error;
    }
    if (withId) {
        if (Status moved = moveIdsPastExisting(connection, table); !moved.ok())
            return moved.error();
    }
    if (ownTransaction)
        ChangeFeed::committed(connection);
    return id;
}

Status moveIdsPastExisting(const QString &connection, const QString &table)
{
    if (isSqlite(connection))
        return {};
    // setval outlives a rollback, which then only leaves a gap in the ids.
    auto moved = run(connection,
                     QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), "
                                    "GREATEST((SELECT max(id) FROM %1), 1))")
                             .arg(table),
                     {}, false, false);
    if (!moved.ok())
        return moved.error();
    moved.value().finish();
    return {};
}

Result<QSqlQuery> single(const QString &connection, const QString &statement, const QVariantList &values,
                         const QString &what)
{
    auto result = run(connection, statement, values, true);
    if (!result.ok())
        return result;
    if (!result.value().next())
        return Error::notFound(i18n::fillWords(Tr::tr("%1 was not found."), what));
    return result;
}

Status expectOneRow(const Result<QSqlQuery> &result, const QString &what)
{
    if (!result.ok())
        return result.error();
    if (result.value().numRowsAffected() < 1)
        return Error::notFound(i18n::fillWords(Tr::tr("%1 was not found."), what));
    return {};
}

QVariant nullableId(Id id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

QVariant nullableText(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

namespace {

// How many of our savepoints are open on each connection of this thread (connections are per thread).
QHash<QString, int> &openDepth()
{
    thread_local QHash<QString, int> depth;
    return depth;
}

} // namespace

Transaction::Transaction(const QString &connection)
    : m_connection(connection)
{
    static std::atomic<quint64> counter{0};
    m_name = QStringLiteral("hoego_%1").arg(++counter);
    m_outermost = openDepth().value(m_connection) == 0;
    if (!m_outermost && inBulkWrite(m_connection)) {
        m_inert = true;
        return;
    }
    if (m_outermost) {
        if (m_started = serverdatabase::reopenIfLost(m_connection); !m_started.ok())
            return;
    }
    // Inner levels are savepoints inside the outermost one.
    auto begun
            = control(m_connection, m_outermost ? beginStatement(m_connection) : QStringLiteral("SAVEPOINT ") + m_name);
    m_started = begun;
    m_open = begun.ok();
    if (m_open)
        ++openDepth()[m_connection];
}

Transaction::~Transaction()
{
    if (!m_open)
        return;
    if (m_outermost) {
        // A plain ROLLBACK leaves the file untouched; releasing an emptied savepoint would still commit.
        (void)control(m_connection, QStringLiteral("ROLLBACK"));
        ChangeFeed::rolledBack(m_connection);
    } else {
        // Undo everything since the savepoint, then drop it so the outer transaction can go on.
        (void)control(m_connection, QStringLiteral("ROLLBACK TO ") + m_name);
        (void)control(m_connection, QStringLiteral("RELEASE ") + m_name);
    }
    failedInTransaction().remove(m_connection); // usable again: their statements can be freed
    closeLevel();
}

Status Transaction::commit()
{
    if (m_inert)
        return {};
    auto done = control(m_connection, m_outermost ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE ") + m_name);
    if (done.ok()) {
        m_open = false;
        if (m_outermost)
            failedInTransaction().remove(m_connection);
        closeLevel();
        if (m_outermost)
            ChangeFeed::committed(m_connection);
    }
    return done;
}

void Transaction::closeLevel()
{
    int &depth = openDepth()[m_connection];
    if (--depth <= 0)
        openDepth().remove(m_connection);
}

} // namespace hoego::sql
