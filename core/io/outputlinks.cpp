// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "outputlinks.h"

#include <QRegularExpression>
#include <QStringList>

namespace hoego::outputlinks {

QString kindOf(const QUrl &url, const QString &fallback)
{
    const QString host = url.host().toLower();
    const QString path = url.path().toLower();
    if (host.contains(QLatin1String("speakerdeck")) || host.contains(QLatin1String("slideshare"))
        || host.contains(QLatin1String("youtube")) || host == QLatin1String("youtu.be"))
        return QStringLiteral("talk");
    if (host.contains(QLatin1String("arxiv.org")) || host.contains(QLatin1String("aclanthology")))
        return QStringLiteral("paper");
    if (path.contains(QLatin1String("/releases/")))
        return QStringLiteral("release");
    return fallback;
}

QString titleOf(const QUrl &url)
{
    static const QRegularExpression extension(QStringLiteral("\\.(html?|pdf|md)$"),
                                              QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression numbersOnly(QStringLiteral("^[0-9 ]+$"));
    QStringList parts = url.path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    while (!parts.isEmpty()) {
        QString last = QUrl::fromPercentEncoding(parts.takeLast().toUtf8());
        last.remove(extension);
        last.replace(QLatin1Char('-'), QLatin1Char(' ')).replace(QLatin1Char('_'), QLatin1Char(' '));
        last = last.simplified();
        // Numbers alone (a post id) say nothing: look one part up.
        if (!last.isEmpty() && !numbersOnly.match(last).hasMatch())
            return last;
    }
    return url.host();
}

} // namespace hoego::outputlinks
