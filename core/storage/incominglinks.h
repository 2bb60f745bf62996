#pragma once

#include "model/ids.h"
#include "result.h"

#include <QList>
#include <QString>

namespace hoego {

// What points at an event or a goal through a link the schema clears when it is deleted (ON DELETE SET NULL):
// lessons at an event; unfinished items and goals carried from it at a goal. Read before a delete, it lets the
// undo of that delete link them again, so an undone delete leaves everything as it was.
struct IncomingLinks
{
    QList<Id> lessons;
    QList<Id> unfinished;
    QList<Id> carriedGoals;

    bool isEmpty() const { return lessons.isEmpty() && unfinished.isEmpty() && carriedGoals.isEmpty(); }
};

namespace incominglinks {

Result<IncomingLinks> toEvent(const QString &connection, Id eventId);
Result<IncomingLinks> toGoal(const QString &connection, Id goalId);
// Links the rows again; a row deleted since, or linked to something else meanwhile, is left as it is.
Status relinkToEvent(const QString &connection, Id eventId, const IncomingLinks &links);
Status relinkToGoal(const QString &connection, Id goalId, const IncomingLinks &links);

} // namespace incominglinks
} // namespace hoego
