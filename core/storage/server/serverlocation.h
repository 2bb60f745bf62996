// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "result.h"

#include <QList>
#include <QPair>
#include <QString>

namespace hoego {

// Where a server database is: parsed from `postgresql://user@host:port/dbname?sslmode=require`, the form libpq and
// psql accept. A password in the address is used for the connection but never shown, remembered or written back:
// ~/.pgpass (or PGPASSFILE) is where passwords belong, and libpq reads it itself.
struct ServerLocation
{
    QString user;
    QString password;
    QString host; // empty: libpq's default (PGHOST or the local socket)
    int port = 0; // 0: libpq's default
    QString database;
    QList<QPair<QString, QString>> parameters; // libpq keywords from the query string, in order

    // Whether `text` names a server (postgresql:// or postgres://) rather than a file.
    static bool isServerAddress(const QString &text);
    // Reads an address; an unknown parameter, a missing database name or a bad port is an InvalidInput error.
    static Result<ServerLocation> parse(const QString &text);

    // The address without the password: what the window shows, Open Recent remembers and changes are filed under.
    QString address() const;
    // The address with `secret` as its password, for one connection made now (a password asked for in the window):
    // never shown, remembered or written anywhere.
    QString addressWithPassword(const QString &secret) const;
    // The parameters as Qt's QPSQL driver passes them to libpq ("sslmode=require;connect_timeout=10").
    QString connectOptions() const;
};

} // namespace hoego
