// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "result.h"

#include <functional>

class QMainWindow;

namespace hoego {

class Database;

// Called on the GUI thread when the integrity check that Database::open deferred finds the file damaged.
using DamagedHandler = std::function<void(const Error &error)>;

// At start-up, in the background: first the integrity check open() deferred (if it did), then the day's
// backup of `database` (at most one per calendar day, keeping `keep`; none for a read-only or new database). The
// window is not blocked. A damaged file is never backed up (it would push a good backup out): `onDamaged` is
// told instead (without one, a warning is shown). A failed backup is a non-blocking warning on `window`.
void startDailyBackup(QMainWindow *window, const Database &database, int keep, DamagedHandler onDamaged = {});

} // namespace hoego
