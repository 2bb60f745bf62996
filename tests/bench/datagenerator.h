// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "result.h"

#include <QString>

namespace hoego::bench {

// What the generated journal looks like. The same seed always gives the same database.
struct GeneratorOptions
{
    int firstYear = 1996;
    int years = 30;
    quint32 seed = 20241231;
    int sectionsPerYear = 12;
    int lessonsPerYear = 20;
    int goalsPerYear = 40;
};

struct GeneratedCounts
{
    int years = 0;
    int events = 0;
    int sections = 0;
    int lessons = 0;
    int goals = 0;
    qint64 characters = 0; // text written, in UTF-16 code units
};

// Fills an open, empty Hoego database through the core repositories, one transaction per year: a
// day-precision event for every day (300-800 characters of mixed Korean and English with tags), sections of
// 2-5 KB, lessons, and goals of which a third have milestones.
Result<GeneratedCounts> generateJournal(const QString &connection, const GeneratorOptions &options);

} // namespace hoego::bench
