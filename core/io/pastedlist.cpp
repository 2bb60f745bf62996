// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "pastedlist.h"

#include <QRegularExpression>

namespace hoego::pastedlist {

QList<Item> parse(const QString &text)
{
    // Both parts are optional and each needs a space after it (or the end of the line: "- " alone is empty).
    static const QRegularExpression start(QStringLiteral(
            "^(?:(?:[-*+\\x{2022}\\x{00B7}\\x{2023}\\x{25E6}\\x{2013}\\x{25AA}]|\\d{1,3}[.)])(?:\\s+|$))?"
            "(?:\\[([ xX])\\](?:\\s+|$))?"));
    static const QRegularExpression lineBreak(QStringLiteral("\\r\\n|\\r|\\n|\\x{2028}|\\x{2029}"));
    QList<Item> items;
    for (const QString &line : text.split(lineBreak)) {
        const QString trimmed = line.trimmed();
        const QRegularExpressionMatch match = start.match(trimmed);
        Item item;
        item.text = trimmed.mid(match.capturedLength()).trimmed();
        if (match.capturedLength(1) > 0)
            item.checked = match.captured(1) != QLatin1String(" ");
        if (!item.text.isEmpty())
            items << item;
    }
    return items;
}

QStringList texts(const QString &text)
{
    QStringList lines;
    for (const Item &item : parse(text))
        lines << item.text;
    return lines;
}

} // namespace hoego::pastedlist
