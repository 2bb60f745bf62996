// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include <QByteArray>
#include <QLoggingCategory>
#include <QString>
#include <QStringList>

#include <optional>

// How a second launch of Hoego reaches the one that already has its database open: a local socket in the
// user's runtime folder, named after the database's real path, carrying one line of JSON each way.
namespace hoego::instance {

// "hoego.instance": what was handed over and opened (debug), and a socket that cannot be made (warning).
Q_DECLARE_LOGGING_CATEGORY(lcInstance)

// The socket's path for the Hoego that has `resolvedDatabasePath` open (databasefile::resolve() names the file, so a
// relative path or a symbolic link meets the same window).
QString serverName(const QString &resolvedDatabasePath);

// Asks the Hoego listening on `serverName` to come to the front and open `files` (absolute paths). True once
// it confirmed; false when nobody answers. A Hoego that is still starting gets until `waitMs` to listen.
bool handOver(const QString &serverName, const QStringList &files, int waitMs = 0);

// The message itself, one line: what handOver() sends and the server reads.
QByteArray encodeRequest(const QStringList &files);
std::optional<QStringList> decodeRequest(const QByteArray &line);
inline constexpr char kAcknowledgement[] = "ok\n";
inline constexpr qsizetype kMaxRequestBytes = 1024 * 1024;

} // namespace hoego::instance
