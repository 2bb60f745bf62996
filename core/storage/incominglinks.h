// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "model/ids.h"
#include "result.h"

#include <QList>
#include <QString>

namespace hoego {

// What points at an event, a goal or an area through a link the schema clears when it is deleted (ON DELETE SET
// NULL): lessons at an event; unfinished items and goals carried from it at a goal; events and goals at an
// area; themes at an event or a goal (their links go with it) or at an area. Read before a delete, it lets the undo of
// that delete link them again, so an undone delete leaves everything as it was.
struct IncomingLinks
{
    QList<Id> lessons;
    QList<Id> unfinished;
    QList<Id> carriedGoals;
    QList<Id> events; // of an area
    QList<Id> goals; // of an area
    QList<Id> themesOfArea;
    // Themes linked to the event or goal (those links are deleted with it, not cleared).
    QList<Id> linkedThemes;
    // Evidence links deleted with the row: the goals an event was evidence for; the outputs and events that
    // were a goal's evidence.
    QList<Id> evidenceGoals;
    QList<Id> evidenceOutputs;
    QList<Id> evidenceEvents;
    QList<Id> outputsOfArea;
};

namespace incominglinks {

Result<IncomingLinks> toEvent(const QString &connection, Id eventId);
Result<IncomingLinks> toGoal(const QString &connection, Id goalId);
Result<IncomingLinks> toArea(const QString &connection, Id areaId);
// Links the rows again; a row deleted since, or linked to something else meanwhile, is left as it is.
Status relinkToEvent(const QString &connection, Id eventId, const IncomingLinks &links);
Status relinkToGoal(const QString &connection, Id goalId, const IncomingLinks &links);
Status relinkToArea(const QString &connection, Id areaId, const IncomingLinks &links);

} // namespace incominglinks
} // namespace hoego
