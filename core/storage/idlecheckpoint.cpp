// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "idlecheckpoint.h"

#include "database.h"

#include <QFileInfo>

namespace hoego {

IdleCheckpoint::IdleCheckpoint(Database &database, int intervalMs, QObject *parent)
    : QObject(parent)
    , m_database(database)
{
    if (m_database.isReadOnly())
        return;
    m_timer.setInterval(intervalMs);
    m_timer.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &IdleCheckpoint::tick);
    m_timer.start();
}

void IdleCheckpoint::tick()
{
    const qint64 size = QFileInfo(m_database.path() + QStringLiteral("-wal")).size();
    if (size > 0 && size == m_lastLogSize) {
        // A failure (a reader holding old pages) only means the log waits for the next pause.
        (void)m_database.checkpoint();
        m_lastLogSize = 0;
        return;
    }
    m_lastLogSize = size;
}

} // namespace hoego
