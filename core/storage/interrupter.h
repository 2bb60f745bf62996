// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include <QMutex>
#include <QString>

#include <atomic>

struct sqlite3;

namespace hoego {

// Lets another thread stop the SQLite statements a worker runs on a connection of its own, so quitting never waits
// for a background check or backup: what was stopped runs again at the next start.
class Interrupter final
{
public:
    // On the worker's thread, after opening `connection` / before closing it.
    void attach(const QString &connection);
    void detach();
    // From any thread: stops the running statement (sqlite3_interrupt) and every later one on the attached
    // connection (a progress handler), so a statement that was just starting cannot slip through.
    void interrupt();
    bool interrupted() const { return m_interrupted.load(); }

private:
    static int progress(void *self);

    QMutex m_mutex; // the handle is not closed while it is being interrupted
    sqlite3 *m_handle = nullptr;
    std::atomic<bool> m_interrupted{false};
};

} // namespace hoego
