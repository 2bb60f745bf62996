// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "eventrepository.h"
#include "i18n/particles.h"

#include "ordering.h"
#include "rowversion.h"
#include "sql.h"
#include "validation.h"

#include <QCoreApplication>
#include <QHash>

namespace hoego {
namespace {

// Names the context of this file's strings for tr() and for lupdate alike.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hoego::EventRepository)
};

constexpr ordering::Scope kScope{"event", "year_id"};
constexpr int kMaxTagLength = 100;

const QString kSelect
        = QStringLiteral("SELECT e.id, e.year_id, e.title, e.month, e.day, e.area_id, e.notes, e.position, y.number,"
                         " e.private, e.version FROM event e JOIN year y ON y.id = e.year_id");
const QString kOrder
        = QStringLiteral(" ORDER BY e.month IS NOT NULL, e.month, e.day IS NOT NULL, e.day, e.position, e.id");

Event readEvent(const QSqlQuery &query)
{
    Event event;
    event.id = query.value(0).toLongLong();
    event.yearId = query.value(1).toLongLong();
    event.title = query.value(2).toString();
    const int year = query.value(8).toInt();
    const int month = query.value(3).toInt();
    const int day = query.value(4).toInt();
    event.date = day > 0 ? PartialDate::ofDay(year, month, day)
                         : (month > 0 ? PartialDate::ofMonth(year, month) : PartialDate::ofYear(year));
    event.areaId = query.value(5).toLongLong();
    event.notes = query.value(6).toString();
    event.position = query.value(7).toInt();
    event.isPrivate = query.value(9).toBool();
    event.version = query.value(10).toInt();
    return event;
}

// Gives `events` their tags, read by one query for the events `where` picks (a filter on event_id, from this
// file) and grouped here: SQLite and PostgreSQL share no string aggregate. Within an event the tags come in the order
// of event_tag's primary key, as they always did; the IN form lets SQLite walk that key without sorting.
Status loadTags(const QString &connection, const QString &where, const QVariant &key, QList<Event> &events)
{
    if (events.isEmpty())
        return {};
    QHash<Id, qsizetype> indexById;
    for (qsizetype i = 0; i < events.size(); ++i)
        indexById.insert(events[i].id, i);
    auto query = sql::exec(
            connection,
            QStringLiteral("SELECT event_id, tag FROM event_tag WHERE %1 ORDER BY event_id, tag").arg(where), {key});
    if (!query.ok())
        return query.error();
    while (query.value().next()) {
        if (const auto found = indexById.constFind(query.value().value(0).toLongLong()); found != indexById.cend())
            events[*found].tags << query.value().value(1).toString();
    }
    return {};
}

QVariant nullableNumber(int value)
{
    return value > 0 ? QVariant(value) : QVariant(QMetaType::fromType<int>());
}

} // namespace

Result<QStringList> EventRepository::normalizedTags(const QStringList &tags)
{
    QStringList result;
    for (QString tag : tags) {
        tag = tag.trimmed();
        while (tag.startsWith(QLatin1Char('#')))
            tag.remove(0, 1);
        if (tag.isEmpty())
            continue;
        auto checked = validation::title(tag, Tr::tr("A tag"));
        if (!checked.ok())
            return checked.error();
        if (tag.size() > kMaxTagLength)
            return Error::invalid(i18n::fillWords(Tr::tr("The tag \"%1...\" is too long."), tag.left(20)));
        if (!result.contains(tag))
            result << tag;
    }
    return result;
}

Result<QList<Event>> EventRepository::forYear(Id yearId) const
{
    auto query = sql::exec(m_connection, kSelect + QStringLiteral(" WHERE e.year_id = ?") + kOrder, {yearId});
    if (!query.ok())
        return query.error();
    QList<Event> events;
    while (query.value().next())
        events << readEvent(query.value());
    const QString ofYear = QStringLiteral("event_id IN (SELECT id FROM event WHERE year_id = ?)");
    if (Status tagged = loadTags(m_connection, ofYear, yearId, events); !tagged.ok())
        return tagged.error();
    return events;
}

Result<QList<std::pair<Id, QString>>> EventRepository::titlesForYear(Id yearId) const
{
    auto query = sql::exec(m_connection,
                           QStringLiteral("SELECT e.id, e.title FROM event e WHERE e.year_id = ?") + kOrder, {yearId});
    if (!query.ok())
        return query.error();
    QList<std::pair<Id, QString>> titles;
    while (query.value().next())
        titles.append({query.value().value(0).toLongLong(), query.value().value(1).toString()});
    return titles;
}

Result<Event> EventRepository::get(Id id) const
{
    auto query = sql::single(m_connection, kSelect + QStringLiteral(" WHERE e.id = ?"), {id}, Tr::tr("The event"));
    if (!query.ok())
        return query.error();
    QList<Event> events{readEvent(query.value())};
    query.value().finish();
    if (Status tagged = loadTags(m_connection, QStringLiteral("event_id = ?"), id, events); !tagged.ok())
        return tagged.error();
    return events.first();
}

Result<QStringList> EventRepository::tagsOfYear(Id yearId) const
{
    auto query = sql::exec(m_connection,
                           QStringLiteral("SELECT DISTINCT t.tag FROM event_tag t JOIN event e ON e.id = t.event_id "
                                          "WHERE e.year_id = ? ORDER BY t.tag"),
                           {yearId});
    if (!query.ok())
        return query.error();
    QStringList tags;
    while (query.value().next())
        tags << query.value().value(0).toString();
    return tags;
}

Result<Event> EventRepository::validated(const Event &event) const
{
    Event clean = event;
    auto title = validation::title(event.title, Tr::tr("The event's title"));
    if (!title.ok())
        return title.error();
    clean.title = *title;
    auto notes = validation::body(event.notes, Tr::tr("The event's notes"));
    if (!notes.ok())
        return notes.error();
    clean.notes = *notes;
    if (Status date = validation::date(event.date); !date.ok())
        return date.error();
    auto tags = normalizedTags(event.tags);
    if (!tags.ok())
        return tags.error();
    clean.tags = *tags;
    auto year = sql::single(m_connection, QStringLiteral("SELECT number FROM year WHERE id = ?"), {event.yearId},
                            Tr::tr("The event's year"));
    if (!year.ok())
        return year.error();
    const int yearNumber = year.value().value(0).toInt();
    if (event.date.year() != yearNumber)
        return Error::invalid(
                i18n::fillWords(Tr::tr("The date %1 is not in %2."), event.date.toIsoString(), yearNumber));
    return clean;
}

Status EventRepository::writeTags(Id eventId, const QStringList &tags, bool replacing)
{
    // A new or restored event has no tags yet (a delete removes them with it): only an update clears first.
    if (replacing) {
        if (auto cleared
            = sql::exec(m_connection, QStringLiteral("DELETE FROM event_tag WHERE event_id = ?"), {eventId});
            !cleared.ok())
            return cleared;
    }
    for (const QString &tag : tags) {
        if (auto added = sql::exec(m_connection, QStringLiteral("INSERT INTO event_tag (event_id, tag) VALUES (?, ?)"),
                                   {eventId, tag});
            !added.ok())
            return added;
    }
    return {};
}

Result<Id> EventRepository::insert(const Event &event, bool keepId, const IncomingLinks &links)
{
    auto clean = validated(event);
    if (!clean.ok())
        return clean.error();
    const Event &e = clean.value();
    return sql::inTransaction(m_connection, [&]() -> Result<Id> {
        int position = e.position;
        if (!keepId) {
            auto next = ordering::nextPosition(m_connection, kScope, e.yearId);
            if (!next.ok())
                return next.error();
            position = *next;
        }
        auto inserted = sql::insert(
                m_connection, QStringLiteral("event"),
                QStringLiteral("year_id, title, precision, month, day, area_id, notes, position, private"),
                {e.yearId, e.title, PartialDate::precisionKey(e.date.precision()), nullableNumber(e.date.month()),
                 nullableNumber(e.date.day()), sql::nullableId(e.areaId), e.notes, position, int(e.isPrivate)},
                keepId ? e.id : 0);
        if (!inserted.ok())
            return inserted.error();
        const Id id = *inserted;
        if (Status tags = writeTags(id, e.tags, false); !tags.ok())
            return tags.error();
        if (Status relinked = incominglinks::relinkToEvent(m_connection, id, links); !relinked.ok())
            return relinked.error();
        return id;
    });
}

Result<Id> EventRepository::create(const Event &event)
{
    return insert(event, false);
}

Status EventRepository::restore(const Event &event, const IncomingLinks &links)
{
    if (event.id <= 0)
        return Error::invalid(Tr::tr("Only a stored event can be restored."));
    return insert(event, true, links);
}

Result<IncomingLinks> EventRepository::incomingLinks(Id id) const
{
    return incominglinks::toEvent(m_connection, id);
}

Status EventRepository::update(const Event &event)
{
    auto clean = validated(event);
    if (!clean.ok())
        return clean.error();
    const Event &e = clean.value();
    return sql::inTransaction(m_connection, [&]() -> Status {
        if (Status current
            = rowversion::expectUnchanged(m_connection, QStringLiteral("event"), e.id, e.version, Tr::tr("The event"));
            !current.ok())
            return current;
        auto updated
                = sql::exec(m_connection,
                            QStringLiteral("UPDATE event SET title = ?, precision = ?, month = ?, day = ?, "
                                           "area_id = ?, notes = ? WHERE id = ? AND year_id = ?"),
                            {e.title, PartialDate::precisionKey(e.date.precision()), nullableNumber(e.date.month()),
                             nullableNumber(e.date.day()), sql::nullableId(e.areaId), e.notes, e.id, e.yearId});
        if (Status one = sql::expectOneRow(updated, Tr::tr("The event")); !one.ok())
            return one;
        return writeTags(e.id, e.tags, true);
    });
}

Status EventRepository::remove(Id id)
{
    return sql::expectOneRow(sql::exec(m_connection, QStringLiteral("DELETE FROM event WHERE id = ?"), {id}),
                             Tr::tr("The event"));
}

Status EventRepository::move(Id id, int newIndex)
{
    return ordering::move(m_connection, kScope, id, newIndex);
}

} // namespace hoego
