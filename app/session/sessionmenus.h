// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

namespace hoego {

class DatabaseSession;
class MainWindow;

// Adds what belongs to the session rather than to one database's window: File > Open Database, New
// Database and Open Recent; Edit > Preferences; and points Help > About at the About dialog. The menus are
// found by object name (fileMenu, editMenu, helpMenu), else by position (first, second, last).
void addSessionMenus(MainWindow *window, DatabaseSession *session);

} // namespace hoego
