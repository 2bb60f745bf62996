// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "model/entities.h"

#include <QList>

// Completions over the months of a year, against the pace that would finish every goal by December.
namespace hoego::progress {

struct MonthPoint
{
    int month = 0; // 1..12
    int cumulativeDone = 0; // goals done by the end of this month
    double evenPace = 0.0; // total * month / 12
};

// Twelve points. A goal done before the year counts from January, one done after it in December.
QList<MonthPoint> completionsByMonth(const QList<Goal> &goals, int yearNumber);

} // namespace hoego::progress
