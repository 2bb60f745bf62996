// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include <QObject>
#include <QTimer>

namespace hoego {

class Database;

// Folds the write-ahead log into the database once writing has paused, so the file on disk is complete on its
// own most of the time: a sync service or a plain copy then sees the whole database, and a kill leaves no
// large log behind. It looks at the log's size only (one stat per tick) and checkpoints when the log has
// content and did not grow since the last tick.
class IdleCheckpoint final : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultIntervalMs = 5000;
    IdleCheckpoint(Database &database, int intervalMs = kDefaultIntervalMs, QObject *parent = nullptr);

    // One tick, for tests and for callers that know writing has stopped.
    void tick();

private:
    Database &m_database;
    QTimer m_timer;
    qint64 m_lastLogSize = -1;
};

} // namespace hoego
