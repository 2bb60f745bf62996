// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "fontsupport.h"

#include <QByteArray>
#include <QtGlobal>

namespace hoego::cli {

void preferOffscreenPlatformWithoutDisplay()
{
    const QByteArray platform = qgetenv("QT_QPA_PLATFORM");
    const bool display = qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY");
    if (platform.startsWith("minimal") || (platform.isEmpty() && !display))
        qputenv("QT_QPA_PLATFORM", "offscreen");
}

} // namespace hoego::cli
