// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "model/ids.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>

// The one way changes come back up: every row a connection of this process writes is noted (SQLite's update
// hook, installed on every connection as it opens), and once the transaction has committed the rows are
// announced as one ChangeSet. Whatever made the change (an undo command, Close the Year, an import on a
// worker thread, a restore) is announced the same way, so a view needs no route of its own to stay current.
namespace hoego {

// What one committed transaction (or one statement outside a transaction) changed in one database file.
struct ChangeSet
{
    QString databasePath; // the file, as SQLite names it (the real path)
    QHash<QString, QSet<Id>> rows; // table name -> ids of the rows inserted, updated or deleted

    bool touches(const QString &table) const { return rows.contains(table); }
    QSet<Id> ids(const QString &table) const { return rows.value(table); }
    // A table that holds a year's content: the year itself, its events, sections, lessons, goals and their parts.
    bool touchesYearContent() const;
};

class ChangeFeed final : public QObject
{
    Q_OBJECT

public:
    // The process's feed; create it first in the GUI thread so it lives there.
    static ChangeFeed *instance();
    // Notes writes on every SQLite connection opened from now on. Idempotent.
    static void install();

    // The file `connection` writes to, as ChangeSet::databasePath names it; empty when it is not open. A view
    // compares the two to follow only its own database.
    static QString databasePathOf(const QString &connection);

    // Called by the storage layer once a write on `connection` is durable: announces what it changed.
    static void committed(const QString &connection);
    // Called when a write on `connection` was rolled back: forgets what it noted.
    static void rolledBack(const QString &connection);

signals:
    // Emitted in the thread that committed; connect with the default (queued across threads) connection.
    void changed(const hoego::ChangeSet &changes);

private:
    ChangeFeed() = default;
};

} // namespace hoego

Q_DECLARE_METATYPE(hoego::ChangeSet)
