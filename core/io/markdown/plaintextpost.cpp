// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "plaintextpost.h"

#include "markdownblocks.h"

#include <QRegularExpression>

namespace hoego {

void readAsPlainText(QStringList &lines, qsizetype start)
{
    if (!markdownblocks::headingsOf(lines.mid(start)).isEmpty())
        return; // Markdown with headings: read as written
    static const QRegularExpression bullet(QStringLiteral("^(\\s*)[•·▪◦●‣∙]\\s*"));
    for (QString &line : lines)
        line.replace(bullet, QStringLiteral("\\1- "));
    qsizetype first = start;
    while (first < lines.size() && lines[first].trimmed().isEmpty())
        ++first;
    // Anchored with one way to match: a copied line may be megabytes long.
    static const QRegularExpression listItem(QStringLiteral("^ {0,3}([-*+]|\\d{1,3}[.)])\\s"));
    static const QRegularExpression sentenceEnd(QStringLiteral("[.,;!。…]$"));
    for (qsizetype i = first + 1; i < lines.size(); ++i) {
        const QString text = lines[i].trimmed();
        if (text.isEmpty() || text.size() > 40 || !lines[i - 1].trimmed().isEmpty()
            || listItem.match(lines[i]).hasMatch() || text.startsWith(QLatin1Char('>'))
            || text.startsWith(QLatin1Char('|')) || sentenceEnd.match(text).hasMatch())
            continue;
        qsizetype next = i + 1;
        if (next < lines.size() && lines[next].trimmed().isEmpty())
            ++next;
        if (next >= lines.size() || lines[next].trimmed().isEmpty())
            continue;
        lines[i] = QStringLiteral("## ") + text;
    }
}

} // namespace hoego
