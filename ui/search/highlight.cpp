// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "highlight.h"

namespace hoego {

QString highlightedHtml(const QString &text, const QStringList &terms, const QColor &background)
{
    const QString open = background.isValid()
            ? QStringLiteral("<b style=\"background-color:%1\">").arg(background.name(QColor::HexRgb))
            : QStringLiteral("<b>");
    QString html;
    qsizetype plainStart = 0;
    qsizetype at = 0;
    while (at < text.size()) {
        qsizetype best = 0;
        for (const QString &term : terms) {
            if (term.size() > best && QStringView(text).mid(at).startsWith(term, Qt::CaseInsensitive))
                best = term.size();
        }
        if (best == 0) {
            ++at;
            continue;
        }
        html += text.mid(plainStart, at - plainStart).toHtmlEscaped();
        html += open + text.mid(at, best).toHtmlEscaped() + QStringLiteral("</b>");
        at += best;
        plainStart = at;
    }
    html += text.mid(plainStart).toHtmlEscaped();
    return html;
}

} // namespace hoego
