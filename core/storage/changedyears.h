// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "changefeed.h"

#include <QSet>
#include <QString>

#include <optional>

namespace hoego {

// The years whose counts (events, sections, lessons, unfinished items, goals and their states) `changes` may have
// moved, read from the rows as they are now. Rows never move to another year (no write changes a year_id), so a
// row that still exists names its year. nullopt when that cannot be told: a row was deleted (its year is gone
// with it), or a read failed. Empty when nothing counted changed.
std::optional<QSet<Id>> yearsWhoseCountsChanged(const QString &connection, const ChangeSet &changes);

} // namespace hoego
