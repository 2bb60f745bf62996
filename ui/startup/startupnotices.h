#pragma once

class QMainWindow;

namespace hoego {

class Database;

// Once the main window shows: tells the user about problems the open survived (a backup before an upgrade
// that failed), without blocking, and starts the day's background backup.
void showStartupNotices(QMainWindow *window, const Database &database, int backupsToKeep);

} // namespace hoego
