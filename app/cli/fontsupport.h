// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

namespace hoego::cli {

// Commands that lay out text (the PDF export) need fonts, and fonts need a QGuiApplication. Before one is
// created without a display (or on the font-less "minimal" platform), this picks the offscreen platform so
// the command works on a server or in CI.
void preferOffscreenPlatformWithoutDisplay();

} // namespace hoego::cli
