// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "themerepository.h"

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
    Q_DECLARE_TR_FUNCTIONS(hoego::ThemeRepository)
};

constexpr ordering::Scope kEntryScope{"theme_year", "year_id"};
const QString kSelectTheme = QStringLiteral("SELECT id, name, area_id, notes FROM theme");
const QString kSelectEntry
        = QStringLiteral("SELECT id, theme_id, year_id, state, note, position, private FROM theme_year");
const QString kSelectLink = QStringLiteral("SELECT id, theme_id, goal_id, event_id, section_id FROM theme_link");

// The link's target column; the table holds one column per kind so each gets a real foreign key.
QString targetColumn(ThemeLinkTarget target)
{
    switch (target) {
    case ThemeLinkTarget::Goal:
        return QStringLiteral("goal_id");
    case ThemeLinkTarget::Event:
        return QStringLiteral("event_id");
    case ThemeLinkTarget::Section:
        return QStringLiteral("section_id");
    }
    return QStringLiteral("goal_id");
}

Theme readTheme(const QSqlQuery &query, int first = 0)
{
    return {query.value(first).toLongLong(), query.value(first + 1).toString(), query.value(first + 2).toLongLong(),
            query.value(first + 3).toString()};
}

ThemeYear readEntry(const QSqlQuery &query)
{
    ThemeYear entry;
    entry.id = query.value(0).toLongLong();
    entry.themeId = query.value(1).toLongLong();
    entry.yearId = query.value(2).toLongLong();
    themeStateFromKey(query.value(3).toString(), &entry.state);
    entry.note = query.value(4).toString();
    entry.position = query.value(5).toInt();
    entry.isPrivate = query.value(6).toBool();
    return entry;
}

ThemeLink readLink(const QSqlQuery &query)
{
    ThemeLink link;
    link.id = query.value(0).toLongLong();
    link.themeId = query.value(1).toLongLong();
    if (!query.value(2).isNull()) {
        link.target = ThemeLinkTarget::Goal;
        link.targetId = query.value(2).toLongLong();
    } else if (!query.value(3).isNull()) {
        link.target = ThemeLinkTarget::Event;
        link.targetId = query.value(3).toLongLong();
    } else {
        link.target = ThemeLinkTarget::Section;
        link.targetId = query.value(4).toLongLong();
    }
    return link;
}

Error nameConflictOr(const Error &error, const QString &name)
{
    if (error.code == Error::Code::Conflict)
        return Error{Error::Code::Conflict, Tr::tr("A theme named \"%1\" already exists.").arg(name)};
    return error;
}

Result<QString> checkedNote(const QString &note)
{
    return validation::body(note, Tr::tr("The theme's note"));
}

} // namespace

Result<QList<Theme>> ThemeRepository::all() const
{
    return sql::readAll<Theme>(sql::exec(m_connection, kSelectTheme + QStringLiteral(" ORDER BY name, id")),
                               [](const QSqlQuery &q) { return readTheme(q); });
}

Result<Theme> ThemeRepository::get(Id id) const
{
    auto query = sql::single(m_connection, kSelectTheme + QStringLiteral(" WHERE id = ?"), {id}, Tr::tr("The theme"));
    if (!query.ok())
        return query.error();
    return readTheme(query.value());
}

Result<Theme> ThemeRepository::findByName(const QString &name) const
{
    auto query = sql::exec(m_connection, kSelectTheme + QStringLiteral(" WHERE lower(name) = lower(?)"),
                           {name.simplified()});
    if (!query.ok())
        return query.error();
    if (!query.value().next())
        return Theme{};
    return readTheme(query.value());
}

Result<Id> ThemeRepository::insertTheme(const Theme &theme, bool keepId)
{
    // Names are matched across years and imports, so inner runs of spaces are folded like other titles.
    auto name = validation::title(theme.name.simplified(), Tr::tr("The theme's name"));
    if (!name.ok())
        return name.error();
    auto notes = validation::body(theme.notes, Tr::tr("The theme's notes"));
    if (!notes.ok())
        return notes.error();
    auto inserted = sql::insert(m_connection, QStringLiteral("theme"), QStringLiteral("name, area_id, notes"),
                                {*name, sql::nullableId(theme.areaId), *notes}, keepId ? theme.id : 0);
    if (!inserted.ok())
        return nameConflictOr(inserted.error(), *name);
    return inserted;
}

Result<Id> ThemeRepository::create(const Theme &theme)
{
    return sql::inTransaction(m_connection, [&] { return insertTheme(theme, false); });
}

Status ThemeRepository::rename(Id id, const QString &name, const std::optional<QString> &shown)
{
    auto checked = validation::title(name.simplified(), Tr::tr("The theme's name"));
    if (!checked.ok())
        return checked.error();
    const auto shownName = rowversion::shownText(QStringLiteral("theme"), id, QStringLiteral("name"), shown);
    return rowversion::writeIfShown(m_connection, shownName, Tr::tr("The theme"), [&]() -> Status {
        auto updated
                = sql::exec(m_connection, QStringLiteral("UPDATE theme SET name = ? WHERE id = ?"), {*checked, id});
        if (!updated.ok())
            return nameConflictOr(updated.error(), *checked);
        return sql::expectOneRow(updated, Tr::tr("The theme"));
    });
}

Status ThemeRepository::setArea(Id id, Id areaId)
{
    return sql::expectOneRow(sql::exec(m_connection, QStringLiteral("UPDATE theme SET area_id = ? WHERE id = ?"),
                                       {sql::nullableId(areaId), id}),
                             Tr::tr("The theme"));
}

Status ThemeRepository::setNotes(Id id, const QString &notes, const std::optional<QString> &shown)
{
    auto checked = validation::body(notes, Tr::tr("The theme's notes"));
    if (!checked.ok())
        return checked.error();
    const auto shownNotes = rowversion::shownText(QStringLiteral("theme"), id, QStringLiteral("notes"), shown);
    return rowversion::writeIfShown(m_connection, shownNotes, Tr::tr("The theme"), [&] {
        return sql::expectOneRow(
                sql::exec(m_connection, QStringLiteral("UPDATE theme SET notes = ? WHERE id = ?"), {*checked, id}),
                Tr::tr("The theme"));
    });
}

Result<ThemeSnapshot> ThemeRepository::snapshot(Id id) const
{
    auto theme = get(id);
    if (!theme.ok())
        return theme.error();
    auto years = sql::readAll<ThemeYear>(
            sql::exec(m_connection, kSelectEntry + QStringLiteral(" WHERE theme_id = ? ORDER BY id"), {id}), readEntry);
    if (!years.ok())
        return years.error();
    auto links = linksOf(id);
    if (!links.ok())
        return links.error();
    return ThemeSnapshot{*theme, *years, *links};
}

Status ThemeRepository::remove(Id id)
{
    return sql::inTransaction(m_connection, [&] {
        return sql::expectOneRow(sql::exec(m_connection, QStringLiteral("DELETE FROM theme WHERE id = ?"), {id}),
                                 Tr::tr("The theme"));
    });
}

Status ThemeRepository::restore(const ThemeSnapshot &snapshot)
{
    if (snapshot.theme.id <= 0)
        return Error::invalid(Tr::tr("Only a stored theme can be restored."));
    return sql::inTransaction(m_connection, [&]() -> Status {
        if (auto theme = insertTheme(snapshot.theme, true); !theme.ok())
            return theme.error();
        for (const ThemeYear &entry : snapshot.years) {
            if (auto inserted = insertEntry(entry, true); !inserted.ok())
                return inserted.error();
        }
        for (const ThemeLink &link : snapshot.links) {
            if (auto inserted = insertLink(link, true); !inserted.ok())
                return inserted.error();
        }
        return {};
    });
}

Result<QList<YearTheme>> ThemeRepository::forYear(Id yearId) const
{
    auto query = sql::exec(m_connection,
                           QStringLiteral("SELECT e.id, e.theme_id, e.year_id, e.state, e.note, e.position, e.private, "
                                          "t.id, t.name, t.area_id, t.notes FROM theme_year AS e "
                                          "JOIN theme AS t ON t.id = e.theme_id WHERE e.year_id = ? "
                                          "ORDER BY e.position, e.id"),
                           {yearId});
    return sql::readAll<YearTheme>(std::move(query), [](const QSqlQuery &q) {
        return YearTheme{readEntry(q), readTheme(q, 7)};
    });
}

Result<QList<ThemeYear>> ThemeRepository::allYears() const
{
    return sql::readAll<ThemeYear>(
            sql::exec(m_connection,
                      QStringLiteral("SELECT e.id, e.theme_id, e.year_id, e.state, e.note, "
                                     "e.position, e.private FROM theme_year AS e JOIN year AS y ON "
                                     "y.id = e.year_id ORDER BY e.theme_id, y.number")),
            readEntry);
}

Result<ThemeYear> ThemeRepository::entry(Id entryId) const
{
    auto query = sql::single(m_connection, kSelectEntry + QStringLiteral(" WHERE id = ?"), {entryId},
                             Tr::tr("The theme's year"));
    if (!query.ok())
        return query.error();
    return readEntry(query.value());
}

Result<Id> ThemeRepository::insertEntry(const ThemeYear &entry, bool keepId)
{
    auto note = checkedNote(entry.note);
    if (!note.ok())
        return note.error();
    int position = entry.position;
    if (!keepId) {
        auto next = ordering::nextPosition(m_connection, kEntryScope, entry.yearId);
        if (!next.ok())
            return next.error();
        position = *next;
    }
    auto inserted = sql::insert(
            m_connection, QStringLiteral("theme_year"),
            QStringLiteral("theme_id, year_id, state, note, position, private"),
            {entry.themeId, entry.yearId, themeStateKey(entry.state), *note, position, int(entry.isPrivate)},
            keepId ? entry.id : 0);
    if (!inserted.ok() && inserted.error().code == Error::Code::Conflict)
        return Error{Error::Code::Conflict, Tr::tr("The theme is already in that year.")};
    return inserted;
}

Result<Id> ThemeRepository::addToYear(const ThemeYear &entry)
{
    return sql::inTransaction(m_connection, [&] { return insertEntry(entry, false); });
}

Result<ThemeAdded> ThemeRepository::addToYearByName(const QString &name, Id areaId, Id yearId, ThemeState state,
                                                    const QString &note)
{
    return sql::inTransaction(m_connection, [&]() -> Result<ThemeAdded> {
        auto existing = findByName(name);
        if (!existing.ok())
            return existing.error();
        ThemeAdded added;
        added.themeId = existing->id;
        if (added.themeId == 0) {
            auto created = insertTheme(Theme{0, name, areaId, {}}, false);
            if (!created.ok())
                return created.error();
            added.themeId = *created;
            added.createdTheme = true;
        }
        auto entryId = insertEntry(ThemeYear{0, added.themeId, yearId, state, note, 0}, false);
        if (!entryId.ok())
            return entryId.error();
        added.entryId = *entryId;
        return added;
    });
}

Status ThemeRepository::restoreEntry(const ThemeYear &entry)
{
    if (entry.id <= 0)
        return Error::invalid(Tr::tr("Only a stored theme's year can be restored."));
    return sql::inTransaction(m_connection, [&]() -> Status { return insertEntry(entry, true); });
}

Status ThemeRepository::setState(Id entryId, ThemeState state)
{
    return sql::expectOneRow(sql::exec(m_connection, QStringLiteral("UPDATE theme_year SET state = ? WHERE id = ?"),
                                       {themeStateKey(state), entryId}),
                             Tr::tr("The theme's year"));
}

Status ThemeRepository::setNote(Id entryId, const QString &note, const std::optional<QString> &shown)
{
    auto checked = checkedNote(note);
    if (!checked.ok())
        return checked.error();
    const auto shownNote = rowversion::shownText(QStringLiteral("theme_year"), entryId, QStringLiteral("note"), shown);
    return rowversion::writeIfShown(m_connection, shownNote, Tr::tr("The theme's year"), [&] {
        return sql::expectOneRow(sql::exec(m_connection, QStringLiteral("UPDATE theme_year SET note = ? WHERE id = ?"),
                                           {*checked, entryId}),
                                 Tr::tr("The theme's year"));
    });
}

Status ThemeRepository::removeFromYear(Id entryId)
{
    return sql::inTransaction(m_connection, [&] {
        return sql::expectOneRow(
                sql::exec(m_connection, QStringLiteral("DELETE FROM theme_year WHERE id = ?"), {entryId}),
                Tr::tr("The theme's year"));
    });
}

Status ThemeRepository::move(Id entryId, int newIndex)
{
    return ordering::move(m_connection, kEntryScope, entryId, newIndex);
}

Result<QList<Id>> ThemeRepository::carry(Id fromYearId, Id toYearId)
{
    return sql::inTransaction(m_connection, [&]() -> Result<QList<Id>> {
        auto from = forYear(fromYearId);
        if (!from.ok())
            return from.error();
        auto present = forYear(toYearId);
        if (!present.ok())
            return present.error();
        QList<Id> presentThemes;
        for (const YearTheme &theme : *present)
            presentThemes << theme.theme.id;
        QList<Id> added;
        for (const YearTheme &theme : *from) {
            if (presentThemes.contains(theme.theme.id))
                continue;
            // A theme kept private keeps its mark in the next year too.
            auto id = insertEntry(
                    ThemeYear{0, theme.theme.id, toYearId, theme.entry.state, {}, 0, theme.entry.isPrivate}, false);
            if (!id.ok())
                return id.error();
            added << *id;
        }
        return added;
    });
}

Result<QList<ThemeLink>> ThemeRepository::linksOf(Id themeId) const
{
    return sql::readAll<ThemeLink>(
            sql::exec(m_connection, kSelectLink + QStringLiteral(" WHERE theme_id = ? ORDER BY id"), {themeId}),
            readLink);
}

Result<QList<ThemeLink>> ThemeRepository::linksTo(ThemeLinkTarget target, Id targetId) const
{
    return sql::readAll<ThemeLink>(
            sql::exec(m_connection, kSelectLink + QStringLiteral(" WHERE %1 = ? ORDER BY id").arg(targetColumn(target)),
                      {targetId}),
            readLink);
}

Result<QList<std::pair<ThemeLink, QString>>> ThemeRepository::linksInYear(Id yearId) const
{
    auto query = sql::exec(m_connection,
                           QStringLiteral("SELECT l.id, l.theme_id, l.goal_id, l.event_id, l.section_id, t.name "
                                          "FROM theme_link AS l JOIN theme AS t ON t.id = l.theme_id "
                                          "WHERE l.goal_id IN (SELECT id FROM goal WHERE year_id = ?) "
                                          "OR l.event_id IN (SELECT id FROM event WHERE year_id = ?) "
                                          "OR l.section_id IN (SELECT id FROM section WHERE year_id = ?) "
                                          "ORDER BY l.id"),
                           {yearId, yearId, yearId});
    return sql::readAll<std::pair<ThemeLink, QString>>(std::move(query), [](const QSqlQuery &q) {
        return std::pair{readLink(q), q.value(5).toString()};
    });
}

Result<Id> ThemeRepository::insertLink(const ThemeLink &link, bool keepId)
{
    auto inserted = sql::insert(m_connection, QStringLiteral("theme_link"),
                                QStringLiteral("theme_id, %1").arg(targetColumn(link.target)),
                                {link.themeId, link.targetId}, keepId ? link.id : 0);
    if (!inserted.ok() && inserted.error().code == Error::Code::Conflict)
        return Error{Error::Code::Conflict, Tr::tr("The theme is already linked to it.")};
    return inserted;
}

Result<Id> ThemeRepository::link(const ThemeLink &link)
{
    return sql::inTransaction(m_connection, [&] { return insertLink(link, false); });
}

Status ThemeRepository::restoreLink(const ThemeLink &link)
{
    if (link.id <= 0)
        return Error::invalid(Tr::tr("Only a stored link can be restored."));
    return sql::inTransaction(m_connection, [&]() -> Status { return insertLink(link, true); });
}

Status ThemeRepository::unlink(Id linkId)
{
    return sql::expectOneRow(sql::exec(m_connection, QStringLiteral("DELETE FROM theme_link WHERE id = ?"), {linkId}),
                             Tr::tr("The link"));
}

} // namespace hoego
