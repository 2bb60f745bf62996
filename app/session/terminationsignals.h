// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include <QObject>

class QSocketNotifier;

namespace hoego {

// Turns SIGTERM, SIGHUP and SIGINT (a logout, a shutdown, a closed terminal) into a Qt signal delivered by the
// event loop, so the window can save typing that is still waiting for its pause and close the database cleanly.
// A signal handler may only do async-signal-safe work: it writes one byte to a socket the event loop watches.
class TerminationSignals final : public QObject
{
    Q_OBJECT

public:
    // Installs the handlers; only one instance may exist at a time.
    explicit TerminationSignals(QObject *parent = nullptr);
    ~TerminationSignals() override;

signals:
    void terminationRequested(int signalNumber);

private:
    void readSignal();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace hoego
