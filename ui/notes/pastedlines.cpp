// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "pastedlines.h"

#include <QRegularExpression>

namespace hoego {

QStringList pastedLines(const QString &text)
{
    // A marker is only stripped when followed by a space, so "-5 kg" or "3.5%" stay as written.
    static const QRegularExpression marker(QStringLiteral(
            "^(?:[-*+\\x{2022}\\x{00B7}\\x{2013}\\x{25E6}\\x{25AA}]|\\d{1,3}[.)])\\s+(?:\\[[ xX]\\]\\s+)?"));
    static const QRegularExpression lineBreak(QStringLiteral("\\r\\n|\\r|\\n|\\x{2028}|\\x{2029}"));
    QStringList items;
    for (const QString &line : text.split(lineBreak)) {
        QString item = line.trimmed();
        item.remove(marker);
        item = item.trimmed();
        if (!item.isEmpty())
            items << item;
    }
    return items;
}

} // namespace hoego
