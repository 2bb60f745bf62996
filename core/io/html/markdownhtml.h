// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include <QString>

namespace hoego {

// Renders the Markdown a user writes in notes and sections (paragraphs, headings, lists, task lists, quotes,
// code, emphasis, links) as an HTML fragment. Every piece of text is escaped first and raw HTML is shown as
// text, so nothing the user typed can run in the exported page. Links only for http(s) and mailto.
QString markdownToHtml(const QString &markdown);

// Escapes text for HTML element content and quoted attribute values.
QString escapeHtml(const QString &text);

} // namespace hoego
