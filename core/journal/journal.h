// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "storage/changefeed.h"

#include <QObject>
#include <QString>

#include <memory>

namespace hoego {

struct Repositories;

// One open database as the window sees it: the repositories every edit goes through (each enforces its rules
// and writes in one transaction), and the one channel that tells every view what was committed to this file,
// whoever committed it (an undo command, Close the Year, an import on a worker thread, a restore).
class Journal final : public QObject
{
    Q_OBJECT

public:
    explicit Journal(const QString &connection, QObject *parent = nullptr);
    ~Journal() override;

    const QString &connection() const { return m_connection; }
    // The file as SQLite names it; empty when the connection is not open.
    const QString &databasePath() const { return m_databasePath; }

    Repositories &repositories() { return *m_repositories; }
    const Repositories &repositories() const { return *m_repositories; }

    // Announces now what was committed and not yet announced. An edit that must show its own result before
    // the next click reads it (a second +1 on a count) calls this after pushing its command.
    void deliverPending();

signals:
    // Emitted from the event loop (never inside the write that caused it), in the journal's thread, once per
    // committed transaction on this database.
    void changed(const hoego::ChangeSet &changes);

private:
    void receive(const ChangeSet &changes);

    QString m_connection;
    QString m_databasePath;
    std::unique_ptr<Repositories> m_repositories;
};

} // namespace hoego
