// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "dailybackup.h"

class QMainWindow;

namespace hoego {

class Database;

// Once the main window shows: tells the user about problems the open survived (a backup before an upgrade
// that failed), without blocking, and starts the background integrity check and the day's backup.
void showStartupNotices(QMainWindow *window, const Database &database, int backupsToKeep,
                        DamagedHandler onDamaged = {});

} // namespace hoego
