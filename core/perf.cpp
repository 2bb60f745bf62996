// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "perf.h"

#include <QElapsedTimer>
#include <QFile>

Q_LOGGING_CATEGORY(hoegoPerf, "hoego.perf", QtWarningMsg)

namespace hoego::perf {
namespace {

// Started while the executable's static objects are built, before main(): only the dynamic loader runs
// earlier (the benchmark also times the whole process from outside to include it).
struct ProcessClock
{
    ProcessClock() { timer.start(); }
    QElapsedTimer timer;
};

ProcessClock &processClock()
{
    static ProcessClock clock;
    return clock;
}

// Touches the clock during static initialisation so it does not start at the first milestone.
[[maybe_unused]] const bool kClockStarted = (processClock(), true);

} // namespace

double sinceProcessStart()
{
    return double(processClock().timer.nsecsElapsed()) / 1e6;
}

void milestone(const char *name)
{
    if (hoegoPerf().isDebugEnabled())
        qCDebug(hoegoPerf).noquote() << name << QString::number(sinceProcessStart(), 'f', 1) << "ms";
}

qint64 peakMemoryKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly | QIODevice::Text))
        return 0;
    // /proc files report a size of 0, so read until the end instead of testing atEnd().
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

} // namespace hoego::perf
