// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include <QString>

class QTextEdit;

namespace hoego {

// Shows a user's Markdown in a read-only text view with the renderer the HTML and PDF exports use
// (core/io/html/markdownhtml.h), so what the window shows is what an export writes.
void showMarkdown(QTextEdit *view, const QString &markdown);

} // namespace hoego
