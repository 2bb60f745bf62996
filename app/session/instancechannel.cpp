// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "instancechannel.h"

#include "localsocket.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QThread>

#include <unistd.h>

namespace hoego::instance {

Q_LOGGING_CATEGORY(lcInstance, "hoego.instance", QtWarningMsg)

namespace {

// A Unix socket's path must fit in sockaddr_un (108 bytes with its terminating zero).
constexpr qsizetype kMaxSocketPath = 100;

// Sends the request on a connected socket and waits for the answer: the window may be busy for a moment (a
// dialog opening, a year loading).
bool answered(const localsocket::Connection &connection, const QStringList &files)
{
    if (!connection.writeAll(encodeRequest(files), QDeadlineTimer(2000)))
        return false;
    return connection.readLine(QDeadlineTimer(10000), 64) == kAcknowledgement;
}

} // namespace

QString serverName(const QString &resolvedDatabasePath)
{
    const QByteArray hash
            = QCryptographicHash::hash(resolvedDatabasePath.toUtf8(), QCryptographicHash::Sha256).toHex().left(32);
    const QString name = QStringLiteral("hoego-%1").arg(QString::fromLatin1(hash));
    // The runtime folder is the user's alone; elsewhere QLocalServer uses the shared temporary folder, so the
    // name carries the user id and the server allows only its user.
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    const QString inRuntime = QDir(runtime).filePath(name);
    if (!runtime.isEmpty() && inRuntime.toUtf8().size() <= kMaxSocketPath)
        return inRuntime;
    return QDir(QDir::tempPath())
            .filePath(QStringLiteral("hoego-%1-%2").arg(::getuid()).arg(QString::fromLatin1(hash)));
}

bool handOver(const QString &serverName, const QStringList &files, int waitMs)
{
    const QDeadlineTimer deadline(waitMs);
    for (;;) {
        if (const auto connection = localsocket::Connection::to(serverName))
            return answered(*connection, files);
        if (deadline.hasExpired())
            return false;
        QThread::msleep(100);
    }
}

QByteArray encodeRequest(const QStringList &files)
{
    QJsonObject request;
    request.insert(QStringLiteral("files"), QJsonArray::fromStringList(files));
    return QJsonDocument(request).toJson(QJsonDocument::Compact) + '\n';
}

std::optional<QStringList> decodeRequest(const QByteArray &line)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(line.trimmed(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonValue files = document.object().value(QStringLiteral("files"));
    if (!files.isArray())
        return std::nullopt;
    QStringList paths;
    for (const QJsonValue &file : files.toArray()) {
        // Only absolute paths: the sender resolved them against its own working folder.
        if (!file.isString() || !QDir::isAbsolutePath(file.toString()))
            return std::nullopt;
        paths << file.toString();
    }
    return paths;
}

} // namespace hoego::instance
