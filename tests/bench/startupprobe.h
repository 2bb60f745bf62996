// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include <QMap>
#include <QString>

namespace hoego::bench {

// One start of the real hoego executable on a database, under the offscreen platform, until its first paint
// with the year's data (HOEGO_EXIT_AFTER_FIRST_PAINT makes it quit right after).
struct StartupRun
{
    QString error; // empty when the run reached its first paint
    double wallMs = 0; // from starting the process to reading its first-paint line
    double exitMs = 0; // from starting the process to its exit (it quits right after the first paint)
    QMap<QString, double> milestones; // hoego.perf milestones, ms since the process started
    qint64 peakMemoryKiB = 0; // the "peak memory" milestone, when the app logged it
};

StartupRun runStartup(const QString &executable, const QString &databasePath);

// Runs `executable` with `arguments` to its end; the wall time in ms, or a negative number when it failed.
double runCommand(const QString &executable, const QStringList &arguments, QString *error);

} // namespace hoego::bench
