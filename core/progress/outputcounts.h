// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "model/yearhistory.h"

#include <QList>
#include <QString>

// What was made, counted (issue 13): a year's outputs by kind and by month, and year against year by kind
// ("posts per year, talks per year"). Kinds come in one order everywhere: the built-in ones first (posts,
// talks, courses...), then the user's own by name.
namespace hoego::progress {

struct KindCounts
{
    QString kind;
    QList<int> counts; // one per column of the table it belongs to
    int total = 0;
};

struct OutputsByMonth
{
    int yearNumber = 0;
    // counts[0]: outputs dated to the year only; counts[1..12]: January to December.
    QList<KindCounts> kinds;
    int total = 0;

    int inMonth(int month) const; // every kind, 0 for the year-only ones
};

struct OutputsAcrossYears
{
    QList<int> years; // oldest first: from the first year with an output to the last year given
    QList<KindCounts> kinds; // counts aligned with `years`
};

OutputsByMonth outputsByMonth(const QList<OutputTally> &tallies, int yearNumber);
// `years`: the years to show (every year of the database, say); those before the first output are left out.
OutputsAcrossYears outputsAcrossYears(const QList<OutputTally> &tallies, QList<int> years);

} // namespace hoego::progress
