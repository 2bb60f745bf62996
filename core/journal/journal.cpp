// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "journal.h"

#include "storage/repositories.h"

#include <QCoreApplication>
#include <QEvent>

namespace hoego {

Journal::Journal(const QString &connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_databasePath(ChangeFeed::databasePathOf(connection))
    , m_repositories(std::make_unique<Repositories>(connection))
{
    // Queued: a write is announced inside the edit that made it, and no view may re-read under that edit.
    connect(ChangeFeed::instance(), &ChangeFeed::changed, this, &Journal::receive, Qt::QueuedConnection);
    ChangeFeed::follow(connection);
}

Journal::~Journal() = default;

void Journal::deliverPending()
{
    ChangeFeed::deliverPendingOf(m_connection);
    QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
}

void Journal::receive(const ChangeSet &changes)
{
    if (!m_databasePath.isEmpty() && changes.databasePath == m_databasePath)
        emit changed(changes);
}

} // namespace hoego
