// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QString>

#include <functional>

namespace hoego::bench {

// One line of the benchmark's table: repeated timings of one operation on one database, with its target.
struct Measurement
{
    QString database; // "small" or "30 years"
    QString name; // what was timed
    QString unit = QStringLiteral("ms");
    QList<double> samples;
    // CPU time of this process for the same runs: on a busy shared machine the wall time also counts waiting
    // for a core, the CPU time does not (but it leaves out fsync and other waits).
    QList<double> cpuSamples;
    double target = 0; // 0: no target
    QString note; // e.g. the number of hits, or why a row was skipped

    double min() const;
    double median() const;
    double max() const;
    double cpuMedian() const;
    // Median against target; true when there is no target.
    bool meetsTarget() const;
};

// An untimed row, to be filled in (or to carry a note saying why it was not timed).
Measurement namedRow(const QString &database, const QString &name, const QString &note = {});

// Runs `body` once to warm caches (unless `warmUp` is false: for runs of many seconds), then `repeats` times, timing
// each run in milliseconds. A body that returns a non-empty string failed: the message is kept as the note and timing
// stops.
Measurement timeRepeated(const QString &database, const QString &name, int repeats, double target,
                         const std::function<QString()> &body, bool warmUp = true);

// Only measurements whose name contains one of the comma-separated `part`s run (case-insensitive); empty: all.
void setMeasurementFilter(const QString &part);

// The table for people and the JSON for machines.
QString formatTable(const QList<Measurement> &rows);
QByteArray formatJson(const QList<Measurement> &rows);

} // namespace hoego::bench
