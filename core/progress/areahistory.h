// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "goalcounts.h"
#include "model/entities.h"
#include "model/yearhistory.h"

#include <QList>

// Completion rate by area over the years (issue 13): is Health done more often than Study, and is it changing?
namespace hoego::progress {

struct AreaYears
{
    Id areaId = 0; // 0: goals without an area
    // One entry per year of CompletionByArea::years, counted by the one rule of goalcounts.h (a carried goal
    // counts in the year it went to, a dropped one not at all). Open and in-progress goals are both in `open`.
    QList<GoalCounts> years;
};

struct CompletionByArea
{
    QList<int> years; // oldest first: from the first year with a counted goal to the last
    QList<AreaYears> areas; // in the order of the areas given, goals without an area last
};

// `areas` gives the order; an area that never had a counted goal is left out.
CompletionByArea completionByArea(const QList<GoalTrace> &traces, const QList<Area> &areas);

} // namespace hoego::progress
