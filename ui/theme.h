// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "settings/appsettings.h"

#include <QPalette>

// Light and dark appearance. "System" leaves the platform's style and palette alone; Light and Dark use the
// Fusion style (it honours the palette everywhere) with Hoego's palettes.
namespace hoego::theme {

// Applies at once to every widget; switching back to System restores what the platform gave at start-up.
void applyTheme(AppSettings::Theme theme);
// The theme last applied (System until applyTheme is called).
AppSettings::Theme currentTheme();

QPalette lightPalette();
QPalette darkPalette();

} // namespace hoego::theme
