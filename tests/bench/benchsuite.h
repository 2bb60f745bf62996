// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "measurement.h"

#include <QList>
#include <QString>

namespace hoego::bench {

struct SuiteOptions
{
    int repeats = 15;
    QString hoegoExecutable; // empty: no start-up measurement
    QString workFolder; // for export files and the JSON round trip
};

// Every in-process measurement on one database file: open, year page, year switch, search, goal check,
// export and import. The file is changed only by checking a goal off and back on.
QList<Measurement> measureDatabase(const QString &label, const QString &path, const SuiteOptions &options);

// Runs this benchmark again as a child that opens `path` on its newest year (page loaded, one search) and
// reports its peak memory: the bench's own peak includes generating the data.
Measurement measurePeakMemory(const QString &label, const QString &path, const QString &benchExecutable);

// The child side of measurePeakMemory; prints the peak in KiB on stdout. Returns the exit code.
int runMemoryProbe(const QString &path);

} // namespace hoego::bench
