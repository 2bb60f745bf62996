// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "arearepository.h"

#include "ordering.h"
#include "rowversion.h"
#include "sql.h"
#include "validation.h"

#include <QCoreApplication>

namespace hoego {
namespace {

// Names the context of this file's strings for tr() and for lupdate alike.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hoego::AreaRepository)
};

Result<QString> checkedColor(const QColor &color)
{
    if (!color.isValid())
        return Error::invalid(Tr::tr("The area's colour is not valid."));
    return color.name(QColor::HexRgb);
}

Error conflictOr(const Error &error, const QString &name)
{
    if (error.code == Error::Code::Conflict)
        return Error{Error::Code::Conflict, Tr::tr("An area named \"%1\" already exists.").arg(name)};
    return error;
}

} // namespace

Result<QList<Area>> AreaRepository::all() const
{
    auto query = sql::exec(m_connection,
                           QStringLiteral("SELECT id, name, color, position, private FROM area ORDER BY position, id"));
    if (!query.ok())
        return query.error();
    QList<Area> areas;
    while (query.value().next()) {
        Area area;
        area.id = query.value().value(0).toLongLong();
        area.name = query.value().value(1).toString();
        area.color = QColor::fromString(query.value().value(2).toString());
        area.position = query.value().value(3).toInt();
        area.isPrivate = query.value().value(4).toBool();
        areas << area;
    }
    return areas;
}

Result<Id> AreaRepository::create(const QString &name, const QColor &color)
{
    auto checkedName = validation::title(name, Tr::tr("The area's name"));
    if (!checkedName.ok())
        return checkedName.error();
    auto colorName = checkedColor(color);
    if (!colorName.ok())
        return colorName.error();
    return sql::inTransaction(m_connection, [&]() -> Result<Id> {
        auto position = sql::single(m_connection, QStringLiteral("SELECT coalesce(max(position) + 1, 0) FROM area"), {},
                                    Tr::tr("The areas"));
        if (!position.ok())
            return position.error();
        auto inserted = sql::insert(m_connection, QStringLiteral("area"), QStringLiteral("name, color, position"),
                                    {*checkedName, *colorName, position.value().value(0)});
        if (!inserted.ok())
            return conflictOr(inserted.error(), *checkedName);
        return inserted;
    });
}

Status AreaRepository::rename(Id id, const QString &name, const std::optional<QString> &shown)
{
    auto checkedName = validation::title(name, Tr::tr("The area's name"));
    if (!checkedName.ok())
        return checkedName.error();
    const auto shownName = rowversion::shownText(QStringLiteral("area"), id, QStringLiteral("name"), shown);
    return rowversion::writeIfShown(m_connection, shownName, Tr::tr("The area"), [&]() -> Status {
        auto updated
                = sql::exec(m_connection, QStringLiteral("UPDATE area SET name = ? WHERE id = ?"), {*checkedName, id});
        if (!updated.ok())
            return conflictOr(updated.error(), *checkedName);
        return sql::expectOneRow(updated, Tr::tr("The area"));
    });
}

Status AreaRepository::setColor(Id id, const QColor &color)
{
    auto colorName = checkedColor(color);
    if (!colorName.ok())
        return colorName.error();
    return sql::expectOneRow(
            sql::exec(m_connection, QStringLiteral("UPDATE area SET color = ? WHERE id = ?"), {*colorName, id}),
            Tr::tr("The area"));
}

Status AreaRepository::move(Id id, int newIndex)
{
    return ordering::move(m_connection, {"area", nullptr}, id, newIndex);
}

Status AreaRepository::remove(Id id)
{
    return sql::expectOneRow(sql::exec(m_connection, QStringLiteral("DELETE FROM area WHERE id = ?"), {id}),
                             Tr::tr("The area"));
}

Result<IncomingLinks> AreaRepository::incomingLinks(Id id) const
{
    return incominglinks::toArea(m_connection, id);
}

Status AreaRepository::restore(const Area &area, const IncomingLinks &links)
{
    if (area.id <= 0)
        return Error::invalid(Tr::tr("Only a stored area can be restored."));
    auto checkedName = validation::title(area.name, Tr::tr("The area's name"));
    if (!checkedName.ok())
        return checkedName.error();
    auto colorName = checkedColor(area.color);
    if (!colorName.ok())
        return colorName.error();
    return sql::inTransaction(m_connection, [&]() -> Status {
        auto inserted = sql::exec(m_connection,
                                  QStringLiteral("INSERT INTO area (id, name, color, position, private) "
                                                 "VALUES (?, ?, ?, ?, ?)"),
                                  {area.id, *checkedName, *colorName, area.position, int(area.isPrivate)});
        if (!inserted.ok())
            return conflictOr(inserted.error(), *checkedName);
        if (Status placed = move(area.id, area.position); !placed.ok())
            return placed;
        return incominglinks::relinkToArea(m_connection, area.id, links);
    });
}

QStringList AreaRepository::startingNames()
{
    // As inserted by schema version 1.
    return {QStringLiteral("Life"), QStringLiteral("Work"),   QStringLiteral("Study"),
            QStringLiteral("Tech"), QStringLiteral("Health"), QStringLiteral("People")};
}

Status AreaRepository::renameStartingAreas(const QHash<QString, QString> &translatedNames)
{
    auto areas = all();
    if (!areas.ok())
        return areas.error();
    return sql::inTransaction(m_connection, [&]() -> Status {
        for (const Area &area : areas.value()) {
            const QString translated = translatedNames.value(area.name);
            if (translated.isEmpty() || translated == area.name || !startingNames().contains(area.name))
                continue;
            if (Status renamed = rename(area.id, translated);
                !renamed.ok() && renamed.error().code != Error::Code::Conflict)
                return renamed;
        }
        return {};
    });
}

} // namespace hoego
