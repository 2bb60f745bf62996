// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include <QStringList>

namespace hoego {

// Text copied out of a web page has no Markdown headings and may use other bullets. When cmark finds no heading
// from `start` on, bullets such as • and · become list items, and a short line standing on its own (after a
// blank line, before content, not ending like a sentence) becomes a `##` heading; the first line stays the
// title; under a heading that lists things, each other short line becomes an item. The page's buttons and
// counters ("공감 12", "댓글 3") are blanked and returned, to be listed as left out. Markdown with headings is
// left as written. The line count never changes.
QStringList readAsPlainText(QStringList &lines, qsizetype start);

} // namespace hoego
