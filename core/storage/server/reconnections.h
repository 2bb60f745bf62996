// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include <QObject>
#include <QString>

namespace hoego {

// Says when a server connection the server had dropped was opened again (serverdatabase::reopenIfLost). What other
// computers wrote while it was gone was announced to nobody here, so a window on it reads everything afresh.
class ServerReconnections final : public QObject
{
    Q_OBJECT

public:
    static ServerReconnections *instance();

signals:
    // Emitted on the thread whose statement reopened `connection`, before that statement runs: connect queued.
    void reopened(const QString &connection);

private:
    ServerReconnections() = default;
};

} // namespace hoego
