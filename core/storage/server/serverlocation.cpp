// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "serverlocation.h"

#include <QCoreApplication>
#include <QUrl>
#include <QUrlQuery>

namespace hoego {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hoego::ServerLocation)
};

// The libpq keywords an address may carry: security and connection tuning. host, port, dbname, user and password
// have their own places in the address, so they are not accepted twice.
bool isAcceptedParameter(const QString &name)
{
    static const QStringList accepted = {
            QStringLiteral("sslmode"),          QStringLiteral("sslrootcert"),
            QStringLiteral("sslcert"),          QStringLiteral("sslkey"),
            QStringLiteral("sslcrl"),           QStringLiteral("sslpassword"),
            QStringLiteral("gssencmode"),       QStringLiteral("connect_timeout"),
            QStringLiteral("application_name"), QStringLiteral("options"),
            QStringLiteral("passfile"),         QStringLiteral("target_session_attrs"),
            QStringLiteral("keepalives"),       QStringLiteral("keepalives_idle"),
            QStringLiteral("service"),          QStringLiteral("channel_binding"),
    };
    return accepted.contains(name);
}

// libpq reads `key='value'`, with \ and ' escaped by a backslash.
QString quotedForLibpq(const QString &value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

} // namespace

bool ServerLocation::isServerAddress(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
            || text.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

Result<ServerLocation> ServerLocation::parse(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    const auto invalid = [&text](const QString &why) {
        return Error::invalid(Tr::tr("\"%1\" is not a server address: %2 (expected "
                                     "postgresql://user@host:port/database)")
                                      .arg(QUrl(text).toDisplayString(QUrl::RemovePassword), why));
    };
    if (!url.isValid() || !isServerAddress(text.trimmed()))
        return invalid(Tr::tr("it does not start with postgresql://"));
    ServerLocation location;
    location.user = url.userName(QUrl::FullyDecoded);
    location.password = url.password(QUrl::FullyDecoded);
    location.host = url.host(QUrl::FullyDecoded);
    location.port = url.port(0);
    if (location.port < 0 || location.port > 65535)
        return invalid(Tr::tr("the port is not a number from 1 to 65535"));
    location.database = url.path(QUrl::FullyDecoded).mid(1);
    if (location.database.isEmpty() || location.database.contains(QLatin1Char('/')))
        return invalid(Tr::tr("it names no database"));
    const QUrlQuery query(url);
    for (const auto &[name, value] : query.queryItems(QUrl::FullyDecoded)) {
        // libpq's way to name a socket folder, which a URL's host cannot hold: postgresql:///db?host=/run/postgresql
        if (name == QLatin1String("host") && location.host.isEmpty()) {
            location.host = value;
            continue;
        }
        if (name == QLatin1String("port") && location.port == 0) {
            bool number = false;
            location.port = value.toInt(&number);
            if (!number || location.port <= 0 || location.port > 65535)
                return invalid(Tr::tr("the port is not a number from 1 to 65535"));
            continue;
        }
        if (!isAcceptedParameter(name))
            return invalid(Tr::tr("Hoego does not pass \"%1\" to the server").arg(name));
        if (value.contains(QLatin1Char(';')))
            return invalid(Tr::tr("the value of \"%1\" contains a semicolon").arg(name));
        location.parameters.append({name, value});
    }
    return location;
}

QString ServerLocation::address() const
{
    return addressWithPassword(QString());
}

QString ServerLocation::addressWithPassword(const QString &secret) const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(user);
    if (!secret.isEmpty())
        url.setPassword(secret);
    QUrlQuery query;
    // A socket folder goes in the query, as libpq writes it; a host name in its usual place.
    if (host.startsWith(QLatin1Char('/')))
        query.addQueryItem(QStringLiteral("host"), host);
    else
        url.setHost(host);
    if (port > 0)
        url.setPort(port);
    url.setPath(QLatin1Char('/') + database);
    for (const auto &[name, value] : parameters)
        query.addQueryItem(name, value);
    if (!query.isEmpty())
        url.setQuery(query);
    // A password may hold anything: encoded whole, so parse() reads back what was typed.
    return secret.isEmpty() ? url.toString() : url.toString(QUrl::FullyEncoded);
}

QString ServerLocation::connectOptions() const
{
    QStringList options;
    for (const auto &[name, value] : parameters)
        options << name + QLatin1Char('=') + quotedForLibpq(value);
    return options.join(QLatin1Char(';'));
}

} // namespace hoego
