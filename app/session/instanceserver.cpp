// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "instanceserver.h"

#include "instancechannel.h"

#include <QSocketNotifier>

#include <cerrno>
#include <functional>
#include <utility>

#include <sys/socket.h>

namespace hoego {

using instance::lcInstance;

namespace {

// One launch's request, read as it arrives; answered and closed once its line is complete.
class PendingRequest final : public QObject
{
public:
    PendingRequest(localsocket::Connection connection, QObject *parent,
                   std::function<void(const QStringList &)> received)
        : QObject(parent)
        , m_connection(std::move(connection))
        , m_notifier(new QSocketNotifier(m_connection.descriptor(), QSocketNotifier::Read, this))
        , m_received(std::move(received))
    {
        connect(m_notifier, &QSocketNotifier::activated, this, &PendingRequest::read);
        read(); // the request may have arrived with the connection
    }

private:
    void read()
    {
        char chunk[4096];
        for (;;) {
            const ssize_t got = ::recv(m_connection.descriptor(), chunk, sizeof chunk, MSG_DONTWAIT);
            if (got > 0) {
                m_line.append(chunk, got);
                if (m_line.contains('\n') || m_line.size() > instance::kMaxRequestBytes)
                    break;
                continue;
            }
            if (got < 0 && errno == EINTR)
                continue;
            if (got < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
                return; // more to come
            finish(); // closed before a whole line
            return;
        }
        const qsizetype end = m_line.indexOf('\n');
        const std::optional<QStringList> files = end < 0 ? std::nullopt : instance::decodeRequest(m_line.left(end + 1));
        if (files) {
            qCDebug(lcInstance).noquote() << "handed over by another launch:" << files->size() << "file(s)";
            m_received(*files);
            (void)m_connection.writeAll(instance::kAcknowledgement, QDeadlineTimer(1000));
        }
        finish();
    }

    void finish()
    {
        m_notifier->setEnabled(false);
        deleteLater();
    }

    localsocket::Connection m_connection;
    QSocketNotifier *m_notifier;
    std::function<void(const QStringList &)> m_received;
    QByteArray m_line;
};

} // namespace

InstanceServer::InstanceServer(QObject *parent)
    : QObject(parent)
{ }

InstanceServer::~InstanceServer()
{
    delete std::exchange(m_waiting, nullptr); // before the listener closes its socket
}

bool InstanceServer::listen(const QString &resolvedDatabasePath)
{
    const QString name = instance::serverName(resolvedDatabasePath);
    if (m_listener.isListening() && m_listener.path() == name)
        return true;
    delete std::exchange(m_waiting, nullptr);
    QString error;
    if (!m_listener.listen(name, &error)) {
        qCWarning(lcInstance) << "cannot listen for other launches on" << name << error;
        return false;
    }
    m_waiting = new QSocketNotifier(m_listener.descriptor(), QSocketNotifier::Read, this);
    connect(m_waiting, &QSocketNotifier::activated, this, &InstanceServer::accept);
    return true;
}

QString InstanceServer::serverName() const
{
    return m_listener.path();
}

void InstanceServer::accept()
{
    while (auto connection = m_listener.accept())
        new PendingRequest(std::move(*connection), this,
                           [this](const QStringList &files) { emit filesReceived(files); });
}

} // namespace hoego
