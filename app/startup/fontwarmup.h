// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include <thread>

namespace hoego {

// Reads the system's font list (fontconfig's configuration and caches, about a third of a bare Qt window's start)
// on the second core while the GUI thread opens the database and builds the window. Qt's font database is shared
// by all threads and guarded by its own lock, so the GUI thread's first text measurement finds it filled, or
// waits for the rest. Construct after the QGuiApplication (the font list belongs to its platform); the
// destructor waits for the thread, so keep it no longer than the application.
class FontWarmUp final
{
public:
    FontWarmUp();
    ~FontWarmUp();
    FontWarmUp(const FontWarmUp &) = delete;
    FontWarmUp &operator=(const FontWarmUp &) = delete;

private:
    std::thread m_thread;
};

} // namespace hoego
