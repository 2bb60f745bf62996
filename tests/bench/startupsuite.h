// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "measurement.h"

#include <QList>
#include <QString>

namespace hoego::bench {

// One program started on one database for the start-up runs: hoego, or the bare Qt window (hoego_floor).
struct StartupTarget
{
    QString label;
    QString executable;
    QString databasePath;
};

// Starts every target in turn, round after round (one warm-up round first), so a change in the shared machine's
// speed hits them all alike. Rows per target: each hoego.perf milestone, the first paint and the exit (wall, from
// exec), the peak memory at the first paint.
QList<Measurement> measureStartups(const QList<StartupTarget> &targets, int repeats);

// Runs `hoego goals` and `hoego search 졸업` on each database (label, path) in turn, round after round; rows: the
// wall time of each command on each database.
QList<Measurement> measureCommands(const QString &hoego, const QList<std::pair<QString, QString>> &databases,
                                   int repeats);

// The median of row (`label`, `name`) over the median of row (`baseLabel`, `baseName`), as row `ratioName` of
// `label` against `target` (a ratio, "x"). Says why when either row is missing.
Measurement ratioRow(const QList<Measurement> &rows, const QString &label, const QString &name,
                     const QString &baseLabel, const QString &baseName, const QString &ratioName, double target);

// Row names shared by the suite and main().
inline const QString kFirstPaintRow = QStringLiteral("start-up to first paint (wall, from exec)");
inline const QString kExitRow = QStringLiteral("exit after first paint (wall, from exec)");
inline const QString kGoalsRow = QStringLiteral("command: hoego goals (wall, from exec)");
inline const QString kSearchRow = QStringLiteral("command: hoego search 졸업 (wall, from exec)");

} // namespace hoego::bench
