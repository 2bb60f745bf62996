// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "sectionrepository.h"

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
    Q_DECLARE_TR_FUNCTIONS(hoego::SectionRepository)
};

constexpr ordering::Scope kScope{"section", "year_id"};
const QString kSelect = QStringLiteral("SELECT id, year_id, heading, body, position, private FROM section");

Section readSection(const QSqlQuery &query)
{
    Section section;
    section.id = query.value(0).toLongLong();
    section.yearId = query.value(1).toLongLong();
    section.heading = query.value(2).toString();
    section.body = query.value(3).toString();
    section.position = query.value(4).toInt();
    section.isPrivate = query.value(5).toBool();
    return section;
}

} // namespace

Result<QList<Section>> SectionRepository::forYear(Id yearId) const
{
    auto query
            = sql::exec(m_connection, kSelect + QStringLiteral(" WHERE year_id = ? ORDER BY position, id"), {yearId});
    if (!query.ok())
        return query.error();
    QList<Section> sections;
    while (query.value().next())
        sections << readSection(query.value());
    return sections;
}

Result<Section> SectionRepository::get(Id id) const
{
    auto query = sql::single(m_connection, kSelect + QStringLiteral(" WHERE id = ?"), {id}, Tr::tr("The section"));
    if (!query.ok())
        return query.error();
    return readSection(query.value());
}

Result<Id> SectionRepository::create(Id yearId, const QString &heading, const QString &body)
{
    auto checkedHeading = validation::title(heading, Tr::tr("The section's heading"));
    if (!checkedHeading.ok())
        return checkedHeading.error();
    auto checkedBody = validation::body(body, Tr::tr("The section's text"));
    if (!checkedBody.ok())
        return checkedBody.error();
    return sql::inTransaction(m_connection, [&]() -> Result<Id> {
        auto position = ordering::nextPosition(m_connection, kScope, yearId);
        if (!position.ok())
            return position.error();
        return sql::insert(m_connection, QStringLiteral("section"), QStringLiteral("year_id, heading, body, position"),
                           {yearId, *checkedHeading, *checkedBody, *position});
    });
}

Status SectionRepository::restore(const Section &section)
{
    auto checkedHeading = validation::title(section.heading, Tr::tr("The section's heading"));
    if (!checkedHeading.ok())
        return checkedHeading.error();
    auto checkedBody = validation::body(section.body, Tr::tr("The section's text"));
    if (!checkedBody.ok())
        return checkedBody.error();
    return sql::exec(
            m_connection,
            QStringLiteral("INSERT INTO section (id, year_id, heading, body, position, private) "
                           "VALUES (?, ?, ?, ?, ?, ?)"),
            {section.id, section.yearId, *checkedHeading, *checkedBody, section.position, int(section.isPrivate)});
}

Status SectionRepository::setHeading(Id id, const QString &heading, const std::optional<QString> &shown)
{
    auto checked = validation::title(heading, Tr::tr("The section's heading"));
    if (!checked.ok())
        return checked.error();
    const auto shownHeading = rowversion::shownText(QStringLiteral("section"), id, QStringLiteral("heading"), shown);
    return rowversion::writeIfShown(m_connection, shownHeading, Tr::tr("The section"), [&] {
        return sql::expectOneRow(
                sql::exec(m_connection, QStringLiteral("UPDATE section SET heading = ? WHERE id = ?"), {*checked, id}),
                Tr::tr("The section"));
    });
}

Status SectionRepository::setBody(Id id, const QString &body)
{
    auto checked = validation::body(body, Tr::tr("The section's text"));
    if (!checked.ok())
        return checked.error();
    return sql::expectOneRow(
            sql::exec(m_connection, QStringLiteral("UPDATE section SET body = ? WHERE id = ?"), {*checked, id}),
            Tr::tr("The section"));
}

Status SectionRepository::remove(Id id)
{
    return sql::expectOneRow(sql::exec(m_connection, QStringLiteral("DELETE FROM section WHERE id = ?"), {id}),
                             Tr::tr("The section"));
}

Status SectionRepository::move(Id id, int newIndex)
{
    return ordering::move(m_connection, kScope, id, newIndex);
}

} // namespace hoego
