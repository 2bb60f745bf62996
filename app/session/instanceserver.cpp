// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "instanceserver.h"

#include "instancechannel.h"

#include <QLocalServer>
#include <QLocalSocket>

namespace hoego {

using instance::lcInstance;

InstanceServer::InstanceServer(QObject *parent)
    : QObject(parent)
    , m_server(new QLocalServer(this))
{
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, &InstanceServer::accept);
}

InstanceServer::~InstanceServer() = default;

bool InstanceServer::listen(const QString &resolvedDatabasePath)
{
    const QString name = instance::serverName(resolvedDatabasePath);
    if (m_server->isListening() && m_server->serverName() == name)
        return true;
    m_server->close();
    // A socket file a crashed Hoego left behind: this process holds the database's lock, so it is stale.
    if (!m_server->listen(name) && m_server->serverError() == QAbstractSocket::AddressInUseError) {
        QLocalServer::removeServer(name);
        m_server->listen(name);
    }
    if (!m_server->isListening())
        qCWarning(lcInstance) << "cannot listen for other launches on" << name << m_server->errorString();
    return m_server->isListening();
}

QString InstanceServer::serverName() const
{
    return m_server->fullServerName();
}

void InstanceServer::accept()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { read(socket); });
        read(socket); // the request may have arrived with the connection
    }
}

void InstanceServer::read(QLocalSocket *socket)
{
    if (!socket->canReadLine()) {
        if (socket->bytesAvailable() > instance::kMaxRequestBytes)
            socket->abort();
        return;
    }
    const std::optional<QStringList> files = instance::decodeRequest(socket->readLine(instance::kMaxRequestBytes));
    if (!files) {
        socket->abort();
        return;
    }
    qCDebug(lcInstance).noquote() << "handed over by another launch:" << files->size() << "file(s)";
    emit filesReceived(*files);
    socket->write(instance::kAcknowledgement);
    socket->disconnectFromServer();
}

} // namespace hoego
