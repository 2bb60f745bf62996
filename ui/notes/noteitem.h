// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "model/ids.h"

#include <QList>
#include <QString>

namespace hoego {

// The two short lists of a year's review share one shape: ordered texts with optional links.
enum class NoteKind { Lesson, Unfinished };

// One lesson or unfinished item. For lessons the links are (event, section); for unfinished items (goal, 0).
struct NoteItem
{
    Id id = 0;
    Id yearId = 0;
    QString text;
    Id firstLink = 0;
    Id secondLink = 0;
    int position = 0;
    bool isPrivate = false; // left out of a public export (issue 14)

    friend bool operator==(const NoteItem &, const NoteItem &) = default;
};

// Something of the same year an item can point at, as offered in the link chooser.
struct LinkTarget
{
    QString label;
    Id firstLink = 0;
    Id secondLink = 0;
};

} // namespace hoego
