// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "model/ids.h"
#include "result.h"

#include <QString>

// Items and areas marked private stay out of a public export (issue 14). The mark is one column on each table;
// this sets and reads it for any kind, so the window, the command line and the importers mark items one way.
namespace hoego {

enum class PrivateKind { Event, Section, Lesson, Unfinished, Goal, Theme, Answer, Output, Area };

namespace privacy {

// The table that holds the mark (a theme is private per year, on its theme_year row).
QString tableOf(PrivateKind kind);

// Marks or unmarks one row; NotFound when there is no such row.
Status setPrivate(const QString &connection, PrivateKind kind, Id id, bool isPrivate);
Result<bool> isPrivate(const QString &connection, PrivateKind kind, Id id);

} // namespace privacy
} // namespace hoego
