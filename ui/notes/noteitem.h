// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "model/ids.h"
#include "model/listitem.h"

#include <QList>
#include <QString>

namespace hoego {

// Something of the same year an item can point at, as offered in the link chooser.
struct LinkTarget
{
    QString label;
    Id firstLink = 0;
    Id secondLink = 0;
};

} // namespace hoego
