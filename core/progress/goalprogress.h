// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "model/entities.h"

// Progress of one goal, as plain functions so the board, the charts and the command line agree. How a year's
// goals are counted is in goalcounts.h.
namespace hoego::progress {

// A done goal is 1. Otherwise: check 0; count min(current/target, 1); milestones done/total (0 when none).
// A goal carried to the next year is not done in its own year, but keeps the share it reached.
double fraction(const Goal &goal);
bool isDone(const Goal &goal);
// "7/12", "2/5", "100%" or "0%": the short form the board and `hoego goals` print.
QString label(const Goal &goal);

} // namespace hoego::progress
