// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "outputpaste.h"

#include "io/outputlinks.h"
#include "io/pastedlist.h"

#include <QRegularExpression>
#include <QUrl>

namespace hoego::outputpaste {

QList<Output> parse(const QString &text, Id yearId, int yearNumber, const QString &defaultKind)
{
    static const QRegularExpression urlPattern(QStringLiteral("(https?://\\S+)"));
    static const QRegularExpression leadingDate(QStringLiteral("^(\\d{4}(?:-\\d{1,2}(?:-\\d{1,2})?)?)\\s+"));
    QList<Output> outputs;
    for (const pastedlist::Item &item : pastedlist::parse(text)) {
        QString line = item.text;
        Output output;
        output.yearId = yearId;
        output.kind = defaultKind;
        output.date = PartialDate::ofYear(yearNumber);
        if (const auto date = leadingDate.match(line); date.hasMatch()) {
            const QStringList parts = date.captured(1).split(QLatin1Char('-'));
            const PartialDate parsed = parts.size() == 3
                    ? PartialDate::ofDay(parts[0].toInt(), parts[1].toInt(), parts[2].toInt())
                    : parts.size() == 2 ? PartialDate::ofMonth(parts[0].toInt(), parts[1].toInt())
                                        : PartialDate::ofYear(parts[0].toInt());
            if (parsed.isValid() && parsed.year() == yearNumber) {
                output.date = parsed;
                line = line.mid(date.capturedLength()).trimmed();
            }
        }
        if (const auto url = urlPattern.match(line); url.hasMatch()) {
            // A URL wrapped in brackets or followed by punctuation keeps only the URL.
            QString address = url.captured(1);
            while (!address.isEmpty() && QStringLiteral(")>],.").contains(address.back()))
                address.chop(1);
            output.link = QUrl(address, QUrl::StrictMode);
            line.remove(url.capturedStart(1), url.capturedLength(1));
            line.remove(QRegularExpression(QStringLiteral("[\\s:|—–(<\\[-]+$")));
            line.remove(QRegularExpression(QStringLiteral("\\(\\s*\\)|<\\s*>|\\[\\s*\\]")));
            line = line.simplified();
            if (output.link.isValid())
                output.kind = outputlinks::kindOf(output.link, defaultKind);
        }
        output.title = line.isEmpty() && output.link.isValid() ? outputlinks::titleOf(output.link) : line;
        if (!output.title.isEmpty())
            outputs << output;
    }
    return outputs;
}

} // namespace hoego::outputpaste
