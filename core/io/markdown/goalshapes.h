// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "markdownblocks.h"
#include "model/entities.h"

// How a post writes a goal: a task item with its state, count, suffixes, milestones, evidence and notes.
namespace hoego::goalshapes {

// A goal read from its list item, with the line the writer should name if it refuses the goal.
struct GoalItem
{
    Goal goal;
    int faultLine = 0;
};

// "- [x] 책 12권 읽기 (9/12) (완료 2025-10-01)": a task's box gives its state (done on the last day of `year`
// unless a date is written), "(3/12)" or "— 3/12" its count, "24편" a counted target, "~~old~~ → new" the new
// wording with the old one in the notes. Directly under the goal, task items are milestones and link-only items
// evidence; every other line goes to the notes in order, lines nested under a milestone or link below a
// "- <its title>" line that names it. `partLevel` is the level of the post's part headings.
GoalItem goalFromItem(const markdownblocks::Item &item, int year, int partLevel);

// Where a "(...)" that ends the line starts, spaces before it included, with what is inside; -1 if none.
qsizetype trailingParens(const QString &text, QString *inside);

} // namespace hoego::goalshapes
