// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "reconnections.h"

namespace hoego {

ServerReconnections *ServerReconnections::instance()
{
    static ServerReconnections reconnections;
    return &reconnections;
}

} // namespace hoego
