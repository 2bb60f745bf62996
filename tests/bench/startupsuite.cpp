// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "startupsuite.h"

#include "startupprobe.h"

#include <QMap>

#include <algorithm>

namespace hoego::bench {
namespace {

constexpr double kStartupMemoryTargetMiB = 50;

struct Samples
{
    QMap<QString, QList<double>> milestones;
    QList<double> firstPaint;
    QList<double> exit;
    QList<double> memoryMiB;
    QString error;
};

QList<Measurement> rowsOf(const QString &label, const Samples &samples)
{
    if (!samples.error.isEmpty())
        return {namedRow(label, kFirstPaintRow, samples.error)};
    QList<Measurement> rows;
    for (auto it = samples.milestones.cbegin(); it != samples.milestones.cend(); ++it) {
        Measurement row = namedRow(label, QStringLiteral("start-up milestone: %1").arg(it.key()));
        row.samples = it.value();
        rows << row;
    }
    std::sort(rows.begin(), rows.end(),
              [](const Measurement &a, const Measurement &b) { return a.median() < b.median(); });
    Measurement paint = namedRow(label, kFirstPaintRow);
    paint.samples = samples.firstPaint;
    Measurement exit = namedRow(label, kExitRow);
    exit.samples = samples.exit;
    Measurement memory = namedRow(label, QStringLiteral("peak memory at the first paint"));
    memory.unit = QStringLiteral("MiB");
    memory.target = kStartupMemoryTargetMiB;
    memory.samples = samples.memoryMiB;
    return rows << paint << exit << memory;
}

} // namespace

QList<Measurement> measureStartups(const QList<StartupTarget> &targets, int repeats)
{
    QList<Samples> samples(targets.size());
    for (int round = 0; round <= repeats; ++round) {
        for (qsizetype i = 0; i < targets.size(); ++i) {
            if (!samples[i].error.isEmpty())
                continue;
            const StartupRun run = runStartup(targets[i].executable, targets[i].databasePath);
            if (!run.error.isEmpty()) {
                samples[i].error = run.error;
                continue;
            }
            if (round == 0)
                continue; // warm-up: page cache, font cache
            samples[i].firstPaint << run.wallMs;
            samples[i].exit << run.exitMs;
            if (run.peakMemoryKiB > 0)
                samples[i].memoryMiB << double(run.peakMemoryKiB) / 1024.0;
            for (auto it = run.milestones.cbegin(); it != run.milestones.cend(); ++it)
                samples[i].milestones[it.key()] << it.value();
        }
    }
    QList<Measurement> rows;
    for (qsizetype i = 0; i < targets.size(); ++i)
        rows << rowsOf(targets[i].label, samples[i]);
    return rows;
}

QList<Measurement> measureCommands(const QString &hoego, const QList<std::pair<QString, QString>> &databases,
                                   int repeats)
{
    const QList<std::pair<QString, QStringList>> commands{
            {kGoalsRow, {QStringLiteral("goals")}},
            {kSearchRow, {QStringLiteral("search"), QStringLiteral("졸업")}},
    };
    QMap<std::pair<QString, QString>, Measurement> rows;
    for (const auto &[label, path] : databases) {
        for (const auto &[name, arguments] : commands)
            rows.insert({label, name}, namedRow(label, name));
    }
    for (int round = 0; round <= repeats; ++round) {
        for (const auto &[label, path] : databases) {
            for (const auto &[name, arguments] : commands) {
                Measurement &row = rows[{label, name}];
                if (!row.note.isEmpty())
                    continue;
                QString error;
                const double ms = runCommand(hoego, QStringList{QStringLiteral("--db"), path} + arguments, &error);
                if (ms < 0)
                    row.note = error;
                else if (round > 0) // the first round records the file's clean check, as a first use does
                    row.samples << ms;
            }
        }
    }
    QList<Measurement> ordered;
    for (const auto &[label, path] : databases) {
        for (const auto &[name, arguments] : commands)
            ordered << rows.value({label, name});
    }
    return ordered;
}

Measurement ratioRow(const QList<Measurement> &rows, const QString &label, const QString &name,
                     const QString &baseLabel, const QString &baseName, const QString &ratioName, double target)
{
    Measurement ratio = namedRow(label, ratioName);
    ratio.unit = QStringLiteral("x");
    ratio.target = target;
    double value = 0;
    double base = 0;
    for (const Measurement &row : rows) {
        if (row.samples.isEmpty())
            continue;
        if (row.database == label && row.name == name)
            value = row.median();
        if (row.database == baseLabel && row.name == baseName)
            base = row.median();
    }
    if (value > 0 && base > 0)
        ratio.samples << value / base;
    else
        ratio.note = QStringLiteral("not measured");
    return ratio;
}

} // namespace hoego::bench
