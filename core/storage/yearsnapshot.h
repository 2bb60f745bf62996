// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "incominglinks.h"
#include "model/entities.h"
#include "model/yearpart.h"
#include "result.h"

#include <QHash>
#include <QList>

namespace hoego {

struct Repositories;

// Everything a year holds, with its ids, and what in other years points at it: read before the year is
// deleted, it puts the year back exactly, so deleting a year can be undone.
struct YearSnapshot
{
    Year year;
    QList<Event> events;
    QList<Section> sections;
    QList<Lesson> lessons;
    QList<UnfinishedItem> unfinished;
    QList<Goal> goals;
    QList<ThemeYear> themes;
    QList<Answer> answers;
    QList<ThemeLink> themeLinks;
    QList<Output> outputs;
    // Evidence links whose goal, output or event is the year's, from other years too; restored with their ids.
    QList<GoalEvidence> evidence;
    QHash<Id, IncomingLinks> toEvents; // lessons of other years, by event
    QHash<Id, IncomingLinks> toGoals; // unfinished items and goals of other years carried from it, by goal
    QList<YearPart> partOrder; // the year's own order of its exported parts (empty: the default)
};

Result<YearSnapshot> snapshotYear(const Repositories &repos, Id yearId);
// Writes the snapshot back in one transaction: the year, its items with their ids, and the links into it.
Status restoreYear(const QString &connection, const YearSnapshot &snapshot);

} // namespace hoego
