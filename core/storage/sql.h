// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "model/ids.h"
#include "result.h"

#include <QList>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <QVariantList>

// Small helpers every repository uses: run a prepared statement with bound values and turn SQLite's errors
// into Hoego errors; run a block in one transaction.
namespace hoego::sql {

Error toError(const QSqlError &error, const QString &context);

// Prepares `statement`, binds `values` positionally and executes it. Never builds SQL from user text.
Result<QSqlQuery> exec(const QString &connection, const QString &statement, const QVariantList &values = {});

// A bulk write (an import) that is all or nothing: while one is alive on `connection` in this thread,
// - writes (INSERT, UPDATE, DELETE) and single() lookups are prepared once and re-run with new values,
//   instead of being prepared again for every row;
// - Transactions nested in the caller's outermost one open no savepoints: a failed step fails the whole write,
//   whose rollback discards the step's partial work too.
// Of the reads, only single() lookups are kept; the scope must end before the commit, which then finds no
// read still open. Scopes must not nest.
class BulkWrite
{
public:
    explicit BulkWrite(const QString &connection);
    ~BulkWrite();
    BulkWrite(const BulkWrite &) = delete;
    BulkWrite &operator=(const BulkWrite &) = delete;
};

// Inserts one row into `table` (a name from the code, never user text) with `columns` (comma-separated) set to
// `values`, and returns its id by RETURNING, which PostgreSQL has too (the driver's last insert id is SQLite's rowid).
// A new row leaves the id column out, so the database picks it; a restored row passes its old id as `keptId`.
Result<Id> insert(const QString &connection, const QString &table, const QString &columns, const QVariantList &values,
                  Id keptId = 0);

// After rows were written with ids of their own (a copy, a restore): the next new row of `table` gets an id above
// them. PostgreSQL's identity sequence does not follow such rows by itself; SQLite's ids always do (nothing to do).
Status moveIdsPastExisting(const QString &connection, const QString &table);

// Like exec, then steps to the first row; NotFound (with `what` in the message) when there is none.
Result<QSqlQuery> single(const QString &connection, const QString &statement, const QVariantList &values,
                         const QString &what);

// Updates that must touch exactly one row report NotFound otherwise.
Status expectOneRow(const Result<QSqlQuery> &result, const QString &what);

QVariant nullableId(Id id);

// Every row of a query that ran, each turned into an item by `read`; the query's error when it failed.
template<typename Item, typename Read>
Result<QList<Item>> readAll(Result<QSqlQuery> query, Read read)
{
    if (!query.ok())
        return query.error();
    QList<Item> items;
    while (query.value().next())
        items << read(query.value());
    return items;
}
QVariant nullableText(const QString &text);

// One transaction (BEGIN IMMEDIATE) or, nested inside one of ours, a savepoint. Rolls back unless committed.
class Transaction
{
public:
    explicit Transaction(const QString &connection);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    const Status &started() const { return m_started; }
    Status commit();

private:
    void closeLevel();

    QString m_connection;
    QString m_name;
    Status m_started;
    bool m_open = false;
    bool m_outermost = false;
    bool m_inert = false; // nested inside a BulkWrite: no savepoint of its own
};

// Runs `body` (returning a Result or Status) inside one transaction; commits when it succeeds.
template<typename Body>
auto inTransaction(const QString &connection, Body &&body) -> decltype(body())
{
    Transaction transaction(connection);
    if (!transaction.started().ok())
        return transaction.started().error();
    auto result = body();
    if (!result.ok())
        return result;
    if (Status committed = transaction.commit(); !committed.ok())
        return committed.error();
    return result;
}

} // namespace hoego::sql
