// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "textitems.h"
#include "i18n/particles.h"
#include "rowversion.h"

#include "ordering.h"
#include "sql.h"
#include "validation.h"

#include <QCoreApplication>

namespace hoego::textitems {
namespace {

// Names the context of this file's strings for tr() and for lupdate alike.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hoego::textitems)
};

QString itemName(const Spec &spec)
{
    return QCoreApplication::translate("hoego::textitems", spec.itemName);
}

QString secondColumn(const Spec &spec)
{
    return spec.secondLink ? QLatin1String(spec.secondLink) : QStringLiteral("NULL");
}

QString selectFrom(const Spec &spec)
{
    return QStringLiteral("SELECT id, year_id, text, %1, %2, position, private FROM %3")
            .arg(QLatin1String(spec.firstLink), secondColumn(spec), QLatin1String(spec.table));
}

Row readRow(const QSqlQuery &query)
{
    Row row;
    row.id = query.value(0).toLongLong();
    row.yearId = query.value(1).toLongLong();
    row.text = query.value(2).toString();
    row.firstLink = query.value(3).toLongLong();
    row.secondLink = query.value(4).toLongLong();
    row.position = query.value(5).toInt();
    row.isPrivate = query.value(6).toBool();
    return row;
}

Result<QString> checkedText(const Spec &spec, const QString &text)
{
    // Items are short but may hold a sentence or two; the title rule (single line, 500 characters) is too tight.
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Error::invalid(i18n::fillWords(Tr::tr("%1 cannot be empty."), itemName(spec)));
    return validation::body(trimmed, itemName(spec));
}

Result<Id> insert(const QString &connection, const Spec &spec, const Row &row, bool keepId)
{
    auto text = checkedText(spec, row.text);
    if (!text.ok())
        return text.error();
    const ordering::Scope scope{spec.table, "year_id"};
    return sql::inTransaction(connection, [&]() -> Result<Id> {
        int position = row.position;
        if (!keepId) {
            auto next = ordering::nextPosition(connection, scope, row.yearId);
            if (!next.ok())
                return next.error();
            position = *next;
        }
        QString columns = QStringLiteral("year_id, text, position, private, ") + QLatin1String(spec.firstLink);
        QVariantList values{row.yearId, *text, position, int(row.isPrivate), sql::nullableId(row.firstLink)};
        if (spec.secondLink) {
            columns += QStringLiteral(", ") + QLatin1String(spec.secondLink);
            values << sql::nullableId(row.secondLink);
        }
        return sql::insert(connection, QLatin1String(spec.table), columns, values, keepId ? row.id : 0);
    });
}

} // namespace

const Spec &specOf(ListKind kind)
{
    // QT_TRANSLATE_NOOP keeps the item names in the translation files; the messages translate them.
    static constexpr Spec lessons{"lesson", "event_id", "section_id",
                                  QT_TRANSLATE_NOOP("hoego::textitems", "The lesson")};
    static constexpr Spec unfinished{"unfinished", "goal_id", nullptr,
                                     QT_TRANSLATE_NOOP("hoego::textitems", "The unfinished item")};
    return kind == ListKind::Lesson ? lessons : unfinished;
}

Result<QList<Row>> forYear(const QString &connection, const Spec &spec, Id yearId)
{
    auto query = sql::exec(connection, selectFrom(spec) + QStringLiteral(" WHERE year_id = ? ORDER BY position, id"),
                           {yearId});
    if (!query.ok())
        return query.error();
    QList<Row> rows;
    while (query.value().next())
        rows << readRow(query.value());
    return rows;
}

Result<Row> get(const QString &connection, const Spec &spec, Id id)
{
    auto query = sql::single(connection, selectFrom(spec) + QStringLiteral(" WHERE id = ?"), {id}, itemName(spec));
    if (!query.ok())
        return query.error();
    return readRow(query.value());
}

Result<Id> create(const QString &connection, const Spec &spec, const Row &row)
{
    return insert(connection, spec, row, false);
}

Status restore(const QString &connection, const Spec &spec, const Row &row)
{
    if (row.id <= 0)
        return Error::invalid(Tr::tr("Only a stored item can be restored."));
    return insert(connection, spec, row, true);
}

Status setText(const QString &connection, const Spec &spec, Id id, const QString &text,
               const std::optional<QString> &shown)
{
    auto checked = checkedText(spec, text);
    if (!checked.ok())
        return checked.error();
    const QString table = QLatin1String(spec.table);
    return rowversion::writeIfShown(
            connection, rowversion::shownText(table, id, QStringLiteral("text"), shown), itemName(spec), [&] {
                return sql::expectOneRow(sql::exec(connection,
                                                   QStringLiteral("UPDATE %1 SET text = ? WHERE id = ?").arg(table),
                                                   {*checked, id}),
                                         itemName(spec));
            });
}

Status setLinks(const QString &connection, const Spec &spec, Id id, Id firstLink, Id secondLink)
{
    QString assignments = QLatin1String(spec.firstLink) + QStringLiteral(" = ?");
    QVariantList values{sql::nullableId(firstLink)};
    if (spec.secondLink) {
        assignments += QStringLiteral(", ") + QLatin1String(spec.secondLink) + QStringLiteral(" = ?");
        values << sql::nullableId(secondLink);
    }
    values << id;
    return sql::expectOneRow(
            sql::exec(connection,
                      QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(QLatin1String(spec.table), assignments),
                      values),
            itemName(spec));
}

Status remove(const QString &connection, const Spec &spec, Id id)
{
    return sql::expectOneRow(
            sql::exec(connection, QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(QLatin1String(spec.table)), {id}),
            itemName(spec));
}

Status move(const QString &connection, const Spec &spec, Id id, int newIndex)
{
    return ordering::move(connection, {spec.table, "year_id"}, id, newIndex);
}

} // namespace hoego::textitems
