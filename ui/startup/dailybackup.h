#pragma once

class QMainWindow;

namespace hoego {

class Database;

// At start-up, in the background: takes the day's backup of `database` (at most one per calendar day, keeping
// `keep`) without blocking the window. A failure is shown as a non-blocking warning on `window`; the user
// goes on working either way. Nothing happens for a read-only database.
void startDailyBackup(QMainWindow *window, const Database &database, int keep);

} // namespace hoego
