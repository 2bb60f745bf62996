// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "model/entities.h"

#include <QList>

// One row per year for the across-years charts: how many goals were done and how much happened.
namespace hoego::progress {

struct YearComparison
{
    int yearNumber = 0;
    int goalsDone = 0;
    int goalsCounted = 0; // the total of goalcounts.h: dropped and carried goals left out
    double rate = 0.0; // goalsDone / goalsCounted, 0 when the year has no counted goals
    int events = 0;
};

// Oldest year first, whatever the input order.
QList<YearComparison> acrossYears(const QList<YearOverview> &years);

} // namespace hoego::progress
