// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "io/yearreport.h"

namespace hoego {

// A year summary as a blog-ready Markdown post: optional front matter, title and summary, events by area or
// by month, the sections, lessons, unfinished items, the year's goals and the next year's goals as task lists
// with progress and evidence links, and the closing note. MarkdownImporter reads it back.
QString exportMarkdown(const YearReport &report, const ReportOptions &options);

// The level of the post's part headings (`##`). Headings inside user text (a section body, the closing note,
// notes) are stored relative to their part, so the exporter moves them this many levels down and the importer
// moves them back: `# Idea` in a section body is written `### Idea` and cannot be taken for a part.
constexpr int kPartHeadingLevel = 2;

// Moves every ATX heading of `markdown` (up to three spaces, a run of `#`, then a space, a tab or the line's
// end) `levels` deeper, or shallower when negative; lines in fenced code are left alone. Runs past six `#`
// (no longer headings) are moved too, so the shift is undone exactly; a run of at most -levels is kept.
QString shiftHeadings(const QString &markdown, int levels);

// A line that opens or closes fenced code (up to three spaces or tabs, then ``` or ~~~). The exporter and the
// importer toggle on the same lines, so both agree on which headings are code.
bool isFenceLine(const QString &line);

} // namespace hoego
