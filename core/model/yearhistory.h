// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "entities.h"

namespace hoego {

// A goal of any year as the across-years views read it: where it stands and which earlier goal it continues,
// without its milestones and links (HistoryRepository reads every year's in one query).
struct GoalTrace
{
    Id id = 0;
    Id carriedFromId = 0;
    Id areaId = 0;
    int yearNumber = 0;
    GoalStatus status = GoalStatus::Open;
};

// How many outputs of one kind a year holds in one month (0: dated to the year only).
struct OutputTally
{
    int yearNumber = 0;
    QString kind;
    int month = 0;
    int count = 0;
};

} // namespace hoego
