// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "model/ids.h"
#include "result.h"

#include <QString>

// Items of a year (events, sections, goals...) keep a user-chosen order in an integer `position` column,
// scoped by a parent column. These helpers are shared by the repositories; table and column names come from
// code, never from user text.
namespace hoego::ordering {

struct Scope
{
    const char *table;
    const char *parentColumn; // null when every row is a sibling (areas)
};

// The position after the last item of the parent.
Result<int> nextPosition(const QString &connection, Scope scope, Id parentId);
// Moves the item to `newIndex` among its siblings (clamped) and renumbers them 0..n-1.
Status move(const QString &connection, Scope scope, Id itemId, int newIndex);

} // namespace hoego::ordering
