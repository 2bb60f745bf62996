// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include <QString>

namespace hoego {

// Renders the Markdown a user writes in notes and sections as an HTML fragment, with cmark-gfm: CommonMark
// plus GitHub's tables, task lists, strikethrough and autolinks. This is the one renderer of user Markdown:
// the window's previews, the HTML export and the PDF export all show its output.
// - Raw HTML is shown as text, never passed through, so nothing the user typed can run in the exported page.
// - Links are kept only for http, https and mailto; any other link (javascript:, file:, relative) keeps its
//   text without the link. Images become links to the picture labelled with their description, because a
//   PDF and the preview cannot fetch them and an exported page should not reach out to the web when opened.
// - Headings start at level 3, below the exports' own headings; a line break in the text is kept.
// - Task list boxes are the characters ☑ and ☐, so they survive in every renderer and in copied text.
QString markdownToHtml(const QString &markdown);

// Escapes text for HTML element content and quoted attribute values.
QString escapeHtml(const QString &text);

} // namespace hoego
