// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "model/ids.h"

#include <QString>

#include <memory>

namespace hoego {
class Database;
}

namespace hoego::bench {

// The real main window on a database, driven the way a user drives it, so "open a year", "switch years" and
// "check a goal off" time what the user waits for: models, widgets and the repaint of the visible page.
class WindowDriver
{
public:
    explicit WindowDriver(Database &database);
    ~WindowDriver();
    WindowDriver(const WindowDriver &) = delete;
    WindowDriver &operator=(const WindowDriver &) = delete;

    // Builds and paints a new main window (it opens the newest or last year). Returns an error, empty if fine.
    QString openWindow();
    // Goes to the previous year, or back to the next one when `back`; repaints. Returns an error, empty if fine.
    // Tabs read their year when shown: the measurements look at the tab a user would be on.
    QString showTab(int number);
    QString switchYear(bool back);
    // Ticks (or unticks) an open "check" goal of the current year on the Goals tab, as a click does:
    // command, durable write, models and counts refreshed. Returns an error, empty if fine.
    QString toggleGoal();
    // Rows the current year's events view shows (a check that the page holds the year).
    int eventRows() const;
    // The year page tab on screen ("Overview"...).
    QString currentTab() const;

private:
    struct Parts;
    Database &m_database;
    std::unique_ptr<Parts> m_parts;
};

} // namespace hoego::bench
