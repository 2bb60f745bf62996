// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "ordering.h"
#include "i18n/particles.h"

#include "server/serverdatabase.h"
#include "sql.h"

#include <QCoreApplication>

namespace hoego::ordering {

namespace {

// On a server, two clients ordering the same list at once would each renumber it from what they read, and one
// move would silently undo the other. A lock per list, held until the transaction ends, puts them one after the
// other; each then reads the order the other left. SQLite files have one writer at a time already.
Status lockList(const QString &connection, Scope scope, const QVariant &parentId)
{
    if (!serverdatabase::isServerConnection(connection))
        return {};
    auto locked = sql::exec(connection, QStringLiteral("SELECT pg_advisory_xact_lock(hashtext(?), CAST(? AS integer))"),
                            {QString::fromLatin1(scope.table), parentId.isNull() ? QVariant(0) : parentId});
    if (!locked.ok())
        return locked.error();
    return {};
}

} // namespace

Result<int> nextPosition(const QString &connection, Scope scope, Id parentId)
{
    if (Status locked = lockList(connection, scope, parentId); !locked.ok())
        return locked.error();
    auto query = sql::single(connection,
                             QStringLiteral("SELECT coalesce(max(position) + 1, 0) FROM %1 WHERE %2 = ?")
                                     .arg(QLatin1String(scope.table), QLatin1String(scope.parentColumn)),
                             {parentId}, QLatin1String(scope.table));
    if (!query.ok())
        return query.error();
    return query.value().value(0).toInt();
}

Status move(const QString &connection, Scope scope, Id itemId, int newIndex)
{
    const QString table = QLatin1String(scope.table);
    const QString missing = QCoreApplication::translate("hoego::ordering", "The item");
    return sql::inTransaction(connection, [&]() -> Status {
        QString siblingsQuery = QStringLiteral("SELECT id FROM %1 ORDER BY position, id").arg(table);
        QVariantList values;
        if (scope.parentColumn) {
            const QString parent = QLatin1String(scope.parentColumn);
            auto owner = sql::single(connection, QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(parent, table),
                                     {itemId}, missing);
            if (!owner.ok())
                return owner;
            siblingsQuery = QStringLiteral("SELECT id FROM %1 WHERE %2 = ? ORDER BY position, id").arg(table, parent);
            values << owner.value().value(0);
        }
        if (Status locked = lockList(connection, scope, values.value(0)); !locked.ok())
            return locked;
        auto siblings = sql::exec(connection, siblingsQuery, values);
        if (!siblings.ok())
            return siblings;
        QList<Id> ids;
        while (siblings.value().next())
            ids << siblings.value().value(0).toLongLong();
        if (!ids.removeOne(itemId))
            return Error::notFound(
                    i18n::fillWords(QCoreApplication::translate("hoego::ordering", "%1 was not found."), missing));
        ids.insert(qBound(0, newIndex, int(ids.size())), itemId);
        for (int index = 0; index < ids.size(); ++index) {
            auto updated = sql::exec(
                    connection, QStringLiteral("UPDATE %1 SET position = ? WHERE id = ? AND position <> ?").arg(table),
                    {index, ids[index], index});
            if (!updated.ok())
                return updated;
        }
        return {};
    });
}

} // namespace hoego::ordering
