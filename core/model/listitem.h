// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "model/ids.h"

#include <QString>

namespace hoego {

// A year's short ordered lists of texts: what was learned, and what was left unfinished.
enum class ListKind { Lesson, Unfinished };

// One item of such a list, in the one shape it has from the database to the view (the storage reads and writes
// it, the list models show it). Its links name other rows of the same year: an event and a section for a
// lesson, a goal for an unfinished item (the second link is then 0).
struct ListItem
{
    Id id = 0;
    Id yearId = 0;
    QString text;
    Id firstLink = 0;
    Id secondLink = 0;
    int position = 0;
    bool isPrivate = false; // left out of a public export (issue 14)

    friend bool operator==(const ListItem &, const ListItem &) = default;
};

} // namespace hoego
