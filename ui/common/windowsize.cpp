// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "windowsize.h"

namespace hoego {

QSize fittedWindowSize(const QSize &preferred, const QRect &available)
{
    if (!available.isValid())
        return preferred;
    // The window manager adds a title bar and borders outside the client area: leave room for them.
    constexpr int kFrameAllowance = 40;
    const QSize room(available.width(), available.height() - kFrameAllowance);
    return preferred.boundedTo(room.expandedTo(QSize(320, 240)));
}

} // namespace hoego
