// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "model/ids.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>

#include <initializer_list>

// The one way changes come back up: every row a connection of this process writes is noted (SQLite's update
// hook, installed on every connection as it opens), and once the transaction has committed the rows are
// announced as one ChangeSet. Whatever made the change (an undo command, Close the Year, an import on a
// worker thread, a restore) is announced the same way, so a view needs no route of its own to stay current.
namespace hoego {

// The kinds of stored rows a change can touch (one per table that holds something a view shows). Views ask for
// kinds, so a table renamed in the schema is renamed here once instead of in every view.
enum class Stored {
    Year,
    YearPart, // the order of a year's parts
    Area,
    Event,
    EventTag,
    Section,
    Lesson,
    Unfinished,
    Goal,
    Milestone,
    GoalLink,
    GoalEvidence,
    Theme,
    ThemeYear,
    ThemeLink,
    Question,
    Answer,
    Output,
    ExportProfile,
    ExportHeading,
    Setting, // the database's own settings (its language, the export choices)
};

// What one committed transaction (or one statement outside a transaction) changed in one database file.
struct ChangeSet
{
    QString databasePath; // the file, as SQLite names it (the real path)
    QHash<QString, QSet<Id>> rows; // table name -> ids of the rows inserted, updated or deleted

    bool touches(Stored kind) const { return rows.contains(tableOf(kind)); }
    bool touchesAny(std::initializer_list<Stored> kinds) const;
    // The ids of the rows of `kind` inserted, updated or deleted.
    QSet<Id> ids(Stored kind) const { return rows.value(tableOf(kind)); }
    // A year's content: the year itself, its events, sections, lessons, goals, themes, questions and outputs.
    bool touchesYearContent() const;

    static QString tableOf(Stored kind);
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

    // A server database announces its writes itself (NOTIFY at commit, to every client): makes `connection`, one
    // of this thread's, listen, and announces what any client commits, this one included, filed under the
    // server's address. Nothing for a SQLite connection, whose writes are noted as above.
    static void follow(const QString &connection);
    // Announces now what `connection`'s server has already sent (deliverPending of a journal on a server).
    static void deliverPendingOf(const QString &connection);
    // Hears now, without announcing yet, what the servers of this thread's followed connections have sent: their
    // own commits' announcements are already there when a commit returns, so the client ledger
    // (server/clientledger.h) then knows which rows the commit wrote.
    static void settleFollowed();

signals:
    // Emitted in the thread that committed; connect with the default (queued across threads) connection.
    void changed(const hoego::ChangeSet &changes);

private:
    ChangeFeed() = default;
};

} // namespace hoego

Q_DECLARE_METATYPE(hoego::ChangeSet)
