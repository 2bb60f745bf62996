// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "plaintextpost.h"

#include "markdownblocks.h"
#include "markdownimport.h"

#include <QRegularExpression>

namespace hoego {

namespace {

// The buttons and counters a blog page shows under a post ("공감 12", "공유하기", "댓글 3", "Share"), copied
// with its text: never the author's words.
bool isPageClutter(const QString &line)
{
    static const QRegularExpression clutter(
            QStringLiteral("^(?:공감|좋아요|댓글|공유하기|공유|구독하기|구독|신고|신고하기|게시글 관리|like|likes|"
                           "share|comments?|reply|subscribe|report)(?:\\s*[:·]?\\s*\\d+)?$"),
            QRegularExpression::CaseInsensitiveOption);
    const QString text = line.trimmed();
    return text.size() <= 20 && clutter.match(text).hasMatch();
}

// Whether a part of this kind lists things one per line, so that its bare lines are items.
bool listsItems(MarkdownPart::Kind kind)
{
    switch (kind) {
    case MarkdownPart::Kind::Events:
    case MarkdownPart::Kind::TechEvents:
    case MarkdownPart::Kind::Themes:
    case MarkdownPart::Kind::Questions:
    case MarkdownPart::Kind::Lessons:
    case MarkdownPart::Kind::Unfinished:
    case MarkdownPart::Kind::Goals:
        return true;
    default:
        return false;
    }
}

} // namespace

QStringList readAsPlainText(QStringList &lines, qsizetype start)
{
    if (!markdownblocks::headingsOf(lines.mid(start)).isEmpty())
        return {}; // Markdown with headings: read as written
    QStringList leftOut;
    for (qsizetype i = start; i < lines.size(); ++i) {
        if (isPageClutter(lines[i])) {
            leftOut << lines[i].trimmed();
            lines[i].clear();
        }
    }
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
    // Under a heading that lists things (있었던 일, 배운 점, 아쉬운 점...), text copied without its bullets has
    // one item a line: "2월 - 팀 리드 내려놓기" is an event as much as "- 2월 - ..." is. Only the lines right
    // under the heading, up to a blank line, are so read; a sentence standing on its own and long lines stay prose.
    bool listing = false;
    for (qsizetype i = first + 1; i < lines.size(); ++i) {
        const QString text = lines[i].trimmed();
        if (lines[i].startsWith(QLatin1String("## "))) {
            listing = listsItems(detectPartKind(lines[i].mid(3)));
            continue;
        }
        if (text.isEmpty())
            listing = false;
        if (!listing || text.isEmpty() || text.size() > 80 || listItem.match(lines[i]).hasMatch()
            || text.startsWith(QLatin1Char('>')) || text.startsWith(QLatin1Char('|')))
            continue;
        lines[i] = QStringLiteral("- ") + text;
    }
    return leftOut;
}

} // namespace hoego
