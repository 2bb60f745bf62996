// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include <QLoggingCategory>

// Start-up and hot-path milestones for measuring Hoego from outside. Off by default; enabled with
// QT_LOGGING_RULES="hoego.perf.debug=true". Each line reads "hoego.perf: <milestone> <ms> ms", the time since
// the process started.
Q_DECLARE_LOGGING_CATEGORY(hoegoPerf)

namespace hoego::perf {

// Milliseconds since the process started (exec), with sub-millisecond resolution.
double sinceProcessStart();

// Logs `milestone` with the time since process start, when the category is enabled.
void milestone(const char *name);

// The process's peak resident memory (VmHWM in /proc/self/status) in KiB; 0 where it cannot be read.
qint64 peakMemoryKiB();

} // namespace hoego::perf
