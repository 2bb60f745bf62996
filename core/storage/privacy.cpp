// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "privacy.h"

#include "sql.h"

#include <QCoreApplication>

namespace hoego::privacy {
namespace {

QString itemName(PrivateKind kind)
{
    switch (kind) {
    case PrivateKind::Event:
        return QCoreApplication::translate("hoego::privacy", "The event");
    case PrivateKind::Section:
        return QCoreApplication::translate("hoego::privacy", "The section");
    case PrivateKind::Lesson:
        return QCoreApplication::translate("hoego::privacy", "The lesson");
    case PrivateKind::Unfinished:
        return QCoreApplication::translate("hoego::privacy", "The unfinished item");
    case PrivateKind::Goal:
        return QCoreApplication::translate("hoego::privacy", "The goal");
    case PrivateKind::Theme:
        return QCoreApplication::translate("hoego::privacy", "The theme's year");
    case PrivateKind::Answer:
        return QCoreApplication::translate("hoego::privacy", "The answer");
    case PrivateKind::Output:
        return QCoreApplication::translate("hoego::privacy", "The output");
    case PrivateKind::Area:
        return QCoreApplication::translate("hoego::privacy", "The area");
    }
    return {};
}

} // namespace

QString tableOf(PrivateKind kind)
{
    switch (kind) {
    case PrivateKind::Event:
        return QStringLiteral("event");
    case PrivateKind::Section:
        return QStringLiteral("section");
    case PrivateKind::Lesson:
        return QStringLiteral("lesson");
    case PrivateKind::Unfinished:
        return QStringLiteral("unfinished");
    case PrivateKind::Goal:
        return QStringLiteral("goal");
    case PrivateKind::Theme:
        return QStringLiteral("theme_year");
    case PrivateKind::Answer:
        return QStringLiteral("answer");
    case PrivateKind::Output:
        return QStringLiteral("output");
    case PrivateKind::Area:
        return QStringLiteral("area");
    }
    return {};
}

Status setPrivate(const QString &connection, PrivateKind kind, Id id, bool isPrivate)
{
    // The table name comes from the enum above, never from user text.
    return sql::expectOneRow(sql::exec(connection,
                                       QStringLiteral("UPDATE %1 SET private = ? WHERE id = ?").arg(tableOf(kind)),
                                       {int(isPrivate), id}),
                             itemName(kind));
}

Result<bool> isPrivate(const QString &connection, PrivateKind kind, Id id)
{
    auto query = sql::single(connection, QStringLiteral("SELECT private FROM %1 WHERE id = ?").arg(tableOf(kind)), {id},
                             itemName(kind));
    if (!query.ok())
        return query.error();
    return query.value().value(0).toBool();
}

} // namespace hoego::privacy
