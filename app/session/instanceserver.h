// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "localsocket.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

class QSocketNotifier;

namespace hoego {

// Listens as the Hoego of one database (see instance::serverName), so a later launch on the same file hands its
// files over instead of starting a second window. Only the process that holds the database's writer lock
// listens, so a socket left by a crash can be replaced safely.
class InstanceServer final : public QObject
{
    Q_OBJECT

public:
    explicit InstanceServer(QObject *parent = nullptr);
    ~InstanceServer() override;

    // Stops listening under the previous database's name and listens under this one's; false (with a warning
    // in the log) when the socket cannot be made, which leaves Hoego working, only without the hand-over.
    bool listen(const QString &resolvedDatabasePath);
    QString serverName() const;

signals:
    // Another launch asked to come to the front and open these files (possibly none). Answered once emitted.
    void filesReceived(const QStringList &files);

private:
    void accept();

    localsocket::Listener m_listener;
    QSocketNotifier *m_waiting = nullptr; // connections to accept
};

} // namespace hoego
