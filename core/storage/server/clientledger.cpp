// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "clientledger.h"

#include <QHash>
#include <QHashFunctions>
#include <QMutex>
#include <QSet>

#include <deque>

namespace hoego::clientledger {
namespace {

struct RowKey
{
    QString connection;
    QString table;
    Id id = 0;

    bool operator==(const RowKey &) const = default;
};

size_t qHash(const RowKey &key, size_t seed = 0)
{
    return qHashMulti(seed, key.connection, key.table, key.id);
}

struct Ledger
{
    quint64 heard = 0;
    // This process's own writes, oldest first; only the recent ones matter to undo, so the oldest are let go.
    std::deque<WrittenRow> ownWrites;
    QHash<RowKey, int> ownVersions;
    QHash<RowKey, quint64> lastHeardElsewhere;
    QHash<RowKey, quint64> lastHeardOwn;
};

constexpr size_t kOwnWritesKept = 20000;

QMutex g_lock;
Ledger g_ledger;

RowKey keyOf(const WrittenRow &row)
{
    return {row.connection, row.table, row.id};
}

} // namespace

quint64 heardSoFar()
{
    const QMutexLocker locker(&g_lock);
    return g_ledger.heard;
}

void heard(const QString &connection, const QString &table, Id id, int version, bool own)
{
    const QMutexLocker locker(&g_lock);
    const quint64 at = ++g_ledger.heard;
    const RowKey key{connection, table, id};
    if (!own) {
        g_ledger.lastHeardElsewhere.insert(key, at);
        return;
    }
    g_ledger.ownVersions.insert(key, version);
    g_ledger.lastHeardOwn.insert(key, at);
    g_ledger.ownWrites.push_back(WrittenRow{connection, table, id, version, at});
    if (g_ledger.ownWrites.size() > kOwnWritesKept)
        g_ledger.ownWrites.pop_front();
}

QList<WrittenRow> ownWritesSince(quint64 mark)
{
    const QMutexLocker locker(&g_lock);
    QList<WrittenRow> rows;
    QSet<RowKey> seen;
    // Newest first: the first seen of a row is its latest write.
    for (auto it = g_ledger.ownWrites.rbegin(); it != g_ledger.ownWrites.rend() && it->heardAt > mark; ++it) {
        if (!seen.contains(keyOf(*it))) {
            seen.insert(keyOf(*it));
            rows << *it;
        }
    }
    return rows;
}

bool writtenElsewhereSince(const WrittenRow &row, quint64 mark)
{
    const QMutexLocker locker(&g_lock);
    return g_ledger.lastHeardElsewhere.value(keyOf(row), 0) > mark;
}

bool lastWrittenElsewhere(const QString &connection, const QString &table, Id id)
{
    const QMutexLocker locker(&g_lock);
    const RowKey key{connection, table, id};
    return g_ledger.lastHeardElsewhere.value(key, 0) > g_ledger.lastHeardOwn.value(key, 0);
}

int ownVersion(const WrittenRow &row)
{
    const QMutexLocker locker(&g_lock);
    return g_ledger.ownVersions.value(keyOf(row), 0);
}

void forget(const QString &connection)
{
    const QMutexLocker locker(&g_lock);
    std::erase_if(g_ledger.ownWrites, [&](const WrittenRow &row) { return row.connection == connection; });
    const auto forgetIn = [&](auto &hash) {
        for (auto it = hash.begin(); it != hash.end();)
            it = it.key().connection == connection ? hash.erase(it) : std::next(it);
    };
    forgetIn(g_ledger.ownVersions);
    forgetIn(g_ledger.lastHeardElsewhere);
    forgetIn(g_ledger.lastHeardOwn);
}

} // namespace hoego::clientledger
