// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "goalcounts.h"
#include "model/entities.h"

#include <QList>

// A year's goals by area, for the area bars: each area's goals counted by the one rule of goalcounts.h.
namespace hoego::progress {

struct AreaProgress
{
    Id areaId = 0; // 0: goals without an area
    GoalCounts counts;
};

// One entry per area that has counted goals, in the order the areas first appear on the board.
QList<AreaProgress> byArea(const QList<Goal> &goals);

} // namespace hoego::progress
