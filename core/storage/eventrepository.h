// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "incominglinks.h"
#include "model/entities.h"
#include "result.h"

#include <QList>

#include <utility>

namespace hoego {

// Events of a year: what happened, dated as precisely as known, with an area, notes and tags.
class EventRepository
{
public:
    explicit EventRepository(QString connection)
        : m_connection(std::move(connection))
    { }

    // Ordered by date (year-only first, then month-only before the days of that month) and position.
    Result<QList<Event>> forYear(Id yearId) const;
    // The year's event ids and titles in the same order, without notes or tags: for pickers that only name them.
    Result<QList<std::pair<Id, QString>>> titlesForYear(Id yearId) const;
    Result<Event> get(Id id) const;
    Result<QStringList> tagsOfYear(Id yearId) const;

    // Validates and stores a new event; the date's year must be the event's year. Returns the new id.
    Result<Id> create(const Event &event);
    // Puts back a deleted event under its old id (undo of a delete), with the lessons that pointed at it.
    Status restore(const Event &event, const IncomingLinks &links = {});
    // The lessons pointing at the event, which a delete unlinks: read them first to undo it.
    Result<IncomingLinks> incomingLinks(Id id) const;
    // Rewrites title, date, area, notes and tags of an existing event.
    Status update(const Event &event);
    Status remove(Id id);
    Status move(Id id, int newIndex);

    // Trims tags, drops a leading '#', removes duplicates and empties.
    static Result<QStringList> normalizedTags(const QStringList &tags);

private:
    Result<Event> validated(const Event &event) const;
    Status writeTags(Id eventId, const QStringList &tags, bool replacing);
    Result<Id> insert(const Event &event, bool keepId, const IncomingLinks &links = {});

    QString m_connection;
};

} // namespace hoego
