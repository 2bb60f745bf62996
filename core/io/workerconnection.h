// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "result.h"

#include <QString>

namespace hoego {

// A connection for a worker thread to the same database file as `sourceConnection` (SQLite connections belong
// to the thread that opened them). Create it in the worker thread; it closes when destroyed there.
// Database::openWorkerConnection does the same for callers that hold the Database; import and export dialogs
// only get the connection's name.
class WorkerConnection
{
public:
    explicit WorkerConnection(const QString &sourceConnection);
    ~WorkerConnection();
    WorkerConnection(const WorkerConnection &) = delete;
    WorkerConnection &operator=(const WorkerConnection &) = delete;

    const Status &status() const { return m_status; }
    const QString &name() const { return m_name; }

private:
    QString m_name;
    Status m_status;
};

} // namespace hoego
