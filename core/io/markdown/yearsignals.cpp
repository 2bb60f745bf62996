// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "yearsignals.h"

#include "postshapes.h"
#include "vocabulary.h"

#include <QRegularExpression>

namespace hoego::yearsignals {
namespace {

int reviewNamedIn(const QString &line)
{
    static const QRegularExpression review(
            QStringLiteral(
                    "(?<!\\d)((?:19|2[0-2])\\d\\d)\\s*년?\\s*(?:회고|돌아보기|결산)|(?<!\\d)((?:19|2[0-2])\\d\\d)\\s+"
                    "(?:year\\s+)?in\\s+review"),
            QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = review.match(line);
    if (!match.hasMatch())
        return 0;
    return (match.captured(1).isEmpty() ? match.captured(2) : match.captured(1)).toInt();
}

// A line that only dates the post, after an optional label: "2025. 1. 3.", "작성일: 2025-01-03", "2025년 1월 3일".
int datedLineYear(const QString &line)
{
    static const QRegularExpression dated(
            QStringLiteral("^[^\\d]{0,20}?((?:19|2[0-2])\\d\\d)\\s*(?:[-./]|년)\\s*(\\d{1,2})\\s*(?:[-./"
                           "]|월)\\s*(\\d{1,2})\\s*(?:일|\\.)?"
                           "(?:\\s.{0,20})?$"));
    static const QRegularExpression edited(QStringLiteral("last edited|updated|수정|편집"),
                                           QRegularExpression::CaseInsensitiveOption);
    const QString text = line.trimmed();
    if (text.size() > 60 || edited.match(text).hasMatch())
        return 0;
    const QRegularExpressionMatch match = dated.match(text);
    if (!match.hasMatch())
        return 0;
    const int year = match.captured(1).toInt();
    const int month = match.captured(2).toInt();
    return month >= 1 && month <= 2 ? year - 1 : year;
}

} // namespace

bool isDateLine(const QString &line)
{
    return datedLineYear(line) > 0;
}

int namedYear(const QString &text)
{
    static const QRegularExpression year(QStringLiteral("(?<!\\d)(19\\d\\d|2[0-2]\\d\\d)(?!\\d)"));
    const QRegularExpressionMatch match = year.match(text);
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

int yearOfPost(const PostClues &clues)
{
    for (const QString &title : {clues.title, clues.frontTitle}) {
        if (const int year = namedYear(title))
            return year;
    }
    if (const int year = postshapes::reviewedYearOfDate(clues.frontDate))
        return year;
    for (const QString &line : clues.firstLines) {
        if (const int year = reviewNamedIn(line))
            return year;
        if (const int year = datedLineYear(line))
            return year;
    }
    return postshapes::yearMostNamedIn(clues.headings, Vocabulary::builtIn().headingWords(QStringLiteral("goals")));
}

} // namespace hoego::yearsignals
