// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "postshapes.h"

#include "vocabulary.h"

#include <QMap>
#include <QRegularExpression>

#include <algorithm>

namespace hoego::postshapes {
std::optional<Rewording> readRewording(const QString &text)
{
    static const QRegularExpression reworded(QStringLiteral("^~~(.+?)~~\\s*(?:→|->|=>|⇒)\\s*(.+)$"));
    const QRegularExpressionMatch match = reworded.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    return Rewording{match.captured(2).trimmed(), match.captured(1).trimmed()};
}

std::optional<int> countedTarget(const QString &title)
{
    // A number with a counter word right after it; the period words before it make it a rate.
    static const QRegularExpression counted(
            QStringLiteral("(?<![\\d.,/])(\\d{1,4})\\s*(편|권|개|번|회|건|곳|명|강|posts?|articles?|books?|talks?|"
                           "courses?|papers?|times)(?![\\w])"),
            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression rateAfter(QStringLiteral("^\\s*(a|per|every)\\s+(day|week|month)"),
                                              QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = counted.match(title);
    if (!match.hasMatch())
        return std::nullopt;
    static const QStringList periods
            = {QStringLiteral("주"),   QStringLiteral("월"),    QStringLiteral("달에"),    QStringLiteral("주에"),
               QStringLiteral("일에"), QStringLiteral("매일"),  QStringLiteral("매주"),    QStringLiteral("매달"),
               QStringLiteral("매월"), QStringLiteral("하루"),  QStringLiteral("하루에"),  QStringLiteral("per"),
               QStringLiteral("a"),    QStringLiteral("every"), QStringLiteral("일주일에")};
    const QStringList wordsBefore = title.left(match.capturedStart()).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (!wordsBefore.isEmpty() && periods.contains(wordsBefore.last(), Qt::CaseInsensitive))
        return std::nullopt;
    if (rateAfter.match(title.mid(match.capturedEnd())).hasMatch())
        return std::nullopt;
    const int target = match.captured(1).toInt();
    return target >= 2 ? std::optional<int>(target) : std::nullopt;
}

QStringList takeNotionProperties(QStringList &lines, qsizetype from, qsizetype until)
{
    static const QRegularExpression property(QStringLiteral(
            "^(Created|Created by|Created time|Last edited|Last edited time|Last edited by|Tags|Date|"
            "Status|Type|생성 일시|생성자|최종 편집 일시|최종 편집자|태그|날짜|상태|유형)\\s*:\\s*\\S.*$"));
    QStringList taken;
    qsizetype i = from;
    while (i < until && lines[i].trimmed().isEmpty())
        ++i;
    for (; i < until; ++i) {
        const QString line = lines[i].trimmed();
        if (!property.match(line).hasMatch())
            break;
        taken << line;
        lines[i].clear();
    }
    return taken;
}

QString takeOpeningCallout(QStringList &lines, qsizetype from, qsizetype until)
{
    qsizetype i = from;
    while (i < until && lines[i].trimmed().isEmpty())
        ++i;
    if (i >= until || lines[i].trimmed() != QLatin1String("<aside>"))
        return {};
    qsizetype end = i + 1;
    while (end < until && lines[end].trimmed() != QLatin1String("</aside>"))
        ++end;
    if (end >= until)
        return {};
    QStringList text;
    for (qsizetype k = i + 1; k < end; ++k)
        text << lines[k].trimmed();
    QString callout = text.join(QLatin1Char(' ')).simplified();
    // Notion puts the callout's icon first: drop a leading symbol that is not a letter or digit.
    while (!callout.isEmpty() && !callout.front().isLetterOrNumber() && !callout.front().isSpace()
           && callout.front() != QLatin1Char('*'))
        callout.remove(0, 1);
    callout = callout.trimmed();
    if (callout.isEmpty())
        return {};
    for (qsizetype k = i; k <= end; ++k)
        lines[k].clear();
    return callout;
}

QString plainGoalMarker()
{
    return QStringLiteral("<!-- check -->");
}

int reviewedYearOfDate(const QString &date)
{
    static const QRegularExpression dated(QStringLiteral("^\\s*[\"']?(\\d{4})[-./](\\d{1,2})"));
    const QRegularExpressionMatch match = dated.match(date);
    if (!match.hasMatch())
        return 0;
    const int year = match.captured(1).toInt();
    const int month = match.captured(2).toInt();
    return month >= 1 && month <= 2 ? year - 1 : year;
}

int yearMostNamedIn(const QStringList &headings, const QStringList &goalWords)
{
    static const QRegularExpression yearPattern(QStringLiteral("(?<!\\d)((?:19|20)\\d\\d)(?!\\d)"));
    QMap<int, int> named;
    for (const QString &heading : headings) {
        const QString lower = heading.toLower();
        if (std::any_of(goalWords.cbegin(), goalWords.cend(),
                        [&lower](const QString &word) { return lower.contains(word); }))
            continue;
        auto it = yearPattern.globalMatch(heading);
        while (it.hasNext())
            ++named[it.next().captured(1).toInt()];
    }
    int best = 0;
    int most = 0;
    for (auto it = named.cbegin(); it != named.cend(); ++it) {
        if (it.value() > most) {
            most = it.value();
            best = it.key();
        }
    }
    return best;
}

QStringList doneWords()
{
    return Vocabulary::builtIn().goalStateWords(QStringLiteral("done"));
}

QStringList droppedWords()
{
    return Vocabulary::builtIn().goalStateWords(QStringLiteral("dropped"));
}

QStringList carriedWords()
{
    return Vocabulary::builtIn().goalStateWords(QStringLiteral("carried"));
}

} // namespace hoego::postshapes
