// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "io/yearreport.h"

namespace hoego {

// A year summary as one self-contained HTML page: inline styles, the goals' progress as inline SVG (a ring
// and a bar per goal), readable on a phone. Every piece of user text is escaped.
QString exportHtml(const YearReport &report, const ReportOptions &options);
// The article of such a page: what is inside <main> without the footer, to paste into a blog editor, which
// brings its own page and styles. Empty when `page` is not one.
QString htmlArticle(const QString &page);

} // namespace hoego
