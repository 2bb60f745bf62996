// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "model/entities.h"

#include <QList>

namespace hoego {

struct OutputGroup
{
    QString kind;
    QList<Output> outputs; // in the order given (by date)
};

// A year's outputs grouped by kind: built-in kinds in their fixed order (posts first), then the user's kinds in
// the order they first appear. Every listing of outputs (exports, command line, progress) groups them so.
QList<OutputGroup> outputsByKind(const QList<Output> &outputs);

} // namespace hoego
