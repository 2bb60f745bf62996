// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "markdownview.h"

#include "io/html/markdownhtml.h"

#include <QTextDocument>
#include <QTextEdit>

namespace hoego {

void showMarkdown(QTextEdit *view, const QString &markdown)
{
    // Table cells need room and a rule between them; the rest is the palette's own text style.
    view->document()->setDefaultStyleSheet(QStringLiteral(
            "table { border-collapse: collapse; } th, td { padding: 3px 8px; border: 1px solid gray; }"));
    view->setHtml(markdownToHtml(markdown));
}

} // namespace hoego
