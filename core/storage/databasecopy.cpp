// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "databasecopy.h"

#include "database.h"
#include "deferredsearchindexing.h"
#include "server/serverlocation.h"
#include "sql.h"

#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QSqlRecord>

namespace hoego::databasecopy {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hoego::DatabaseCopy)
};

// Every table of the schema, each after the tables it refers to; `hasId`: an id column the copy keeps.
struct Table
{
    const char *name;
    bool hasId;
};
constexpr Table kTables[] = {
        {"area", true},
        {"year", true},
        {"event", true},
        {"event_tag", false},
        {"section", true},
        {"goal", true},
        {"milestone", true},
        {"goal_link", true},
        {"lesson", true},
        {"unfinished", true},
        {"theme", true},
        {"theme_year", true},
        {"theme_link", true},
        {"question", true},
        {"answer", true},
        {"output", true},
        {"goal_evidence", true},
        {"year_part", false},
        {"export_profile", true},
        {"export_heading", false},
        {"database_setting", false},
};

struct Rows
{
    QStringList columns;
    QList<QVariantList> values;
};

// A server gives days as dates; SQLite keeps them as ISO text, which both read back the same.
QVariant portable(const QVariant &value)
{
    if (value.metaType().id() == QMetaType::QDate)
        return value.isNull() ? QVariant(QMetaType::fromType<QString>())
                              : QVariant(value.toDate().toString(Qt::ISODate));
    return value;
}

Result<Rows> readTable(const QString &connection, const Table &table)
{
    const QString order = table.hasId ? QStringLiteral(" ORDER BY id") : QString();
    auto query = sql::exec(connection, QStringLiteral("SELECT * FROM %1%2").arg(QLatin1String(table.name), order));
    if (!query.ok())
        return query.error();
    Rows rows;
    const QSqlRecord record = query.value().record();
    for (int i = 0; i < record.count(); ++i)
        rows.columns << record.fieldName(i);
    while (query.value().next()) {
        QVariantList values;
        values.reserve(rows.columns.size());
        for (int i = 0; i < rows.columns.size(); ++i)
            values << portable(query.value().value(i));
        rows.values << values;
    }
    if (query.value().lastError().isValid())
        return sql::toError(query.value().lastError(), QString::fromLatin1(table.name));
    return rows;
}

// One snapshot of the source for the whole copy: a read transaction; on a server, a repeatable-read one, which
// sees every table as of its first statement.
class Snapshot
{
public:
    explicit Snapshot(const QString &connection)
        : m_database(QSqlDatabase::database(connection, false))
    {
        m_open = m_database.transaction();
        if (m_open && m_database.driver()->dbmsType() == QSqlDriver::PostgreSQL) {
            // As text: PostgreSQL prepares no transaction control.
            QSqlQuery isolation(m_database);
            if (!isolation.exec(QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")))
                m_started = sql::toError(isolation.lastError(), Tr::tr("Cannot start reading the source"));
        } else if (!m_open) {
            m_started = sql::toError(m_database.lastError(), Tr::tr("Cannot start reading the source"));
        }
    }
    ~Snapshot()
    {
        if (m_open)
            (void)m_database.rollback(); // nothing was written
    }
    Snapshot(const Snapshot &) = delete;
    Snapshot &operator=(const Snapshot &) = delete;
    const Status &started() const { return m_started; }

private:
    QSqlDatabase m_database;
    bool m_open = false;
    Status m_started;
};

int indexOf(const Rows &rows, const char *column)
{
    return int(rows.columns.indexOf(QLatin1String(column)));
}

Status writeTable(const QString &connection, const Table &table, const Rows &rows)
{
    QStringList marks;
    for (qsizetype i = 0; i < rows.columns.size(); ++i)
        marks << QStringLiteral("?");
    const QString statement = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                      .arg(QLatin1String(table.name), rows.columns.join(QStringLiteral(", ")),
                                           marks.join(QStringLiteral(", ")));
    // A goal may name a later goal as its origin: every origin is set once all goals are in (restoreGoals).
    const int origin = qstrcmp(table.name, "goal") == 0 ? indexOf(rows, "carried_from_id") : -1;
    for (QVariantList values : rows.values) {
        if (origin >= 0)
            values[origin] = QVariant(QMetaType::fromType<qlonglong>());
        if (auto written = sql::exec(connection, statement, values); !written.ok())
            return written.error();
    }
    return table.hasId ? sql::moveIdsPastExisting(connection, QString::fromLatin1(table.name)) : Status();
}

// Puts back what the copy's own writes changed in goals: the origins left out above, and the count, state and
// day the evidence triggers recomputed as each link came in, and the version their updates raised. Each row is written
// twice so its updated_at and version end as the source's: the touch triggers stamp a row whose update leaves
// updated_at as it was, and raise a version left as it was.
Status restoreGoals(const QString &target, const Rows &source)
{
    static const char *const restored[] = {"carried_from_id", "current", "status", "done_on", "updated_at", "version"};
    auto now = readTable(target, Table{"goal", true});
    if (!now.ok())
        return now.error();
    const int id = indexOf(source, "id");
    for (qsizetype row = 0; row < source.values.size(); ++row) {
        const QVariantList &wanted = source.values[row];
        const QVariantList &found = now->values.value(row);
        const bool same = found.value(indexOf(*now, "id")) == wanted[id]
                && std::all_of(std::begin(restored), std::end(restored), [&](const char *column) {
                              return portable(found.value(indexOf(*now, column))).toString()
                                      == wanted[indexOf(source, column)].toString();
                          });
        if (same)
            continue;
        QVariantList values;
        for (const char *column : restored)
            values << wanted[indexOf(source, column)];
        values << wanted[id];
        for (const QString &stamp : {QStringLiteral("copying"), QString()}) {
            QVariantList pass = values;
            if (!stamp.isEmpty()) {
                pass[4] = stamp;
                pass[5] = -1; // likewise the version, which an update leaving it as it was raises
            }
            auto updated = sql::exec(target,
                                     QStringLiteral("UPDATE goal SET carried_from_id = ?, current = ?, status = ?, "
                                                    "done_on = ?, updated_at = ?, version = ? WHERE id = ?"),
                                     pass);
            if (!updated.ok())
                return updated.error();
        }
    }
    return {};
}

} // namespace

Result<bool> isEmpty(const QString &connection)
{
    for (const Table &table : kTables) {
        if (qstrcmp(table.name, "area") == 0)
            continue;
        auto any = sql::exec(connection, QStringLiteral("SELECT 1 FROM %1 LIMIT 1").arg(QLatin1String(table.name)));
        if (!any.ok())
            return any.error();
        if (any.value().next())
            return false;
    }
    return true;
}

Result<Copied> copy(const QString &source, const QString &target)
{
    auto empty = isEmpty(target);
    if (!empty.ok())
        return empty.error();
    if (!empty.value())
        return Error{Error::Code::Conflict,
                     Tr::tr("The target already holds data; a copy goes only into an empty "
                            "database, so two databases are never mixed.")};
    // Every table read first, in one snapshot, then written: no cursor stays open on either side.
    QList<Rows> tables;
    {
        const Snapshot snapshot(source);
        if (!snapshot.started().ok())
            return snapshot.started().error();
        for (const Table &table : kTables) {
            auto rows = readTable(source, table);
            if (!rows.ok())
                return rows.error();
            tables << std::move(rows).value();
        }
    }
    Copied copied;
    Status written = sql::inTransaction(target, [&]() -> Status {
        const sql::BulkWrite bulk(target);
        auto deferred = DeferredSearchIndexing::start(target);
        if (!deferred.ok())
            return deferred.error();
        // The target's starting areas make way for the source's own.
        if (auto cleared = sql::exec(target, QStringLiteral("DELETE FROM area")); !cleared.ok())
            return cleared.error();
        for (qsizetype i = 0; i < tables.size(); ++i) {
            if (Status table = writeTable(target, kTables[i], tables[i]); !table.ok())
                return Error{table.error().code,
                             Tr::tr("Copying the table %1 failed: %2")
                                     .arg(QLatin1String(kTables[i].name), table.error().message)};
            copied.rows += int(tables[i].values.size());
        }
        copied.years = int(tables[1].values.size());
        if (Status goals = restoreGoals(target, tables[5]); !goals.ok())
            return goals;
        return deferred->finish();
    });
    if (!written.ok())
        return written.error();
    return copied;
}

Result<CopyReport> copyInto(const Database &source, const QString &target)
{
    const bool targetIsFile = !ServerLocation::isServerAddress(target);
    const QString targetPath = targetIsFile ? QFileInfo(target).absoluteFilePath() : target;
    if (targetPath == source.path())
        return Error::invalid(Tr::tr("The source and the target are the same database."));
    const bool fileExisted = targetIsFile && QFileInfo::exists(targetPath);
    auto opened = Database::open(targetPath);
    if (!opened.ok())
        return opened.error();
    std::unique_ptr<Database> destination = std::move(opened).value();
    auto copied = copy(source.connectionName(), destination->connectionName());
    if (!copied.ok()) {
        // A file made for this copy goes again, with SQLite's side files; a database that was there stays as it
        // was (the copy rolled back).
        const QString made = destination->path();
        destination.reset();
        if (targetIsFile && !fileExisted) {
            for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
                QFile::remove(made + suffix);
        }
        return copied.error();
    }
    return CopyReport{destination->path(), copied->years, copied->rows};
}

} // namespace hoego::databasecopy
