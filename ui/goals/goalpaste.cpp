// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "goalpaste.h"

#include <QRegularExpression>

namespace hoego {

QList<PastedGoal> parsePastedGoals(const QString &text)
{
    // A bullet or a number, then an optional task box: "- [x] 책 출간", "3) 발표", "• 논문".
    static const QRegularExpression marker(QStringLiteral("^(?:[-*+•·‣◦]|\\d{1,3}[.)])?\\s*(?:\\[( |x|X)\\]\\s*)?"));
    QList<PastedGoal> goals;
    const QStringList lines = text.split(QRegularExpression(QStringLiteral("\\r\\n|\\r|\\n")));
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty())
            continue;
        const QRegularExpressionMatch match = marker.match(trimmed);
        PastedGoal goal;
        goal.done = match.captured(1).compare(QLatin1String("x"), Qt::CaseInsensitive) == 0;
        goal.title = trimmed.mid(match.capturedLength()).trimmed();
        if (!goal.title.isEmpty())
            goals << goal;
    }
    return goals;
}

} // namespace hoego
