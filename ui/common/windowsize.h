// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include <QRect>
#include <QSize>

namespace hoego {

// The size a window opens at when none was saved: `preferred`, made smaller where the screen's free area is
// smaller, so that on a 1024×700 screen no part of the window starts off screen.
QSize fittedWindowSize(const QSize &preferred, const QRect &available);

} // namespace hoego
