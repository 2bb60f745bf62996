// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "eventshapes.h"

#include "markdownblocks.h"

#include <QRegularExpression>

namespace hoego::eventshapes {
namespace {

int monthFromEnglish(const QString &name)
{
    static const QStringList months{QStringLiteral("jan"), QStringLiteral("feb"), QStringLiteral("mar"),
                                    QStringLiteral("apr"), QStringLiteral("may"), QStringLiteral("jun"),
                                    QStringLiteral("jul"), QStringLiteral("aug"), QStringLiteral("sep"),
                                    QStringLiteral("oct"), QStringLiteral("nov"), QStringLiteral("dec")};
    return int(months.indexOf(name.left(3).toLower())) + 1;
}

} // namespace

QString takeDate(const QString &text, int year, PartialDate *date)
{
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})[-./](\\d{1,2})(?:[-./](\\d{1,2}))?\\.?"));
    static const QRegularExpression korean(QStringLiteral("^(\\d{1,2})\\s*월(?:\\s*(\\d{1,2})\\s*일)?"));
    static const QRegularExpression english(
            QStringLiteral("^(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:"
                           "ember)?)?|"
                           "Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?(?:\\s+(\\d{1,2})(?:st|nd|rd|th)?(?!\\d))?(?:,"
                           "?\\s+(\\d{4})("
                           "?!\\d))?(?![a-z])"),
            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression separator(QStringLiteral("^\\s*[:·\\-–—|]?\\s*"));

    QString rest = text.trimmed();
    QString candidate = rest;
    bool bold = false;
    if (rest.startsWith(QLatin1String("**"))) {
        const qsizetype end = rest.indexOf(QLatin1String("**"), 2);
        if (end > 2) {
            candidate = rest.mid(2, end - 2).trimmed();
            bold = true;
            rest = rest.mid(end + 2);
        }
    }
    PartialDate found;
    qsizetype used = 0;
    if (const auto m = iso.match(candidate); m.hasMatch() && m.captured(1).toInt() == year) {
        const int month = m.captured(2).toInt();
        found = m.captured(3).isEmpty() ? PartialDate::ofMonth(year, month)
                                        : PartialDate::ofDay(year, month, m.captured(3).toInt());
        used = m.capturedLength(0);
    } else if (const auto k = korean.match(candidate); k.hasMatch()) {
        const int month = k.captured(1).toInt();
        found = k.captured(2).isEmpty() ? PartialDate::ofMonth(year, month)
                                        : PartialDate::ofDay(year, month, k.captured(2).toInt());
        used = k.capturedLength(0);
    } else if (const auto e = english.match(candidate);
               e.hasMatch() && (e.captured(3).isEmpty() || e.captured(3).toInt() == year)) {
        // "Feb 2022" is February of that year, not February 20.
        const int month = monthFromEnglish(e.captured(1));
        found = e.captured(2).isEmpty() ? PartialDate::ofMonth(year, month)
                                        : PartialDate::ofDay(year, month, e.captured(2).toInt());
        used = e.capturedLength(0);
    }
    if (!found.isValid() || (bold && used < candidate.size())) {
        *date = PartialDate::ofYear(year);
        return text.trimmed();
    }
    *date = found;
    if (!bold)
        rest = candidate.mid(used);
    return rest.remove(separator).trimmed();
}

QStringList takeTrailingTags(QString *text)
{
    QStringList tags;
    qsizetype end = text->size();
    while (true) {
        qsizetype start = end;
        while (start > 0 && !text->at(start - 1).isSpace())
            --start;
        const QStringView word = QStringView(*text).mid(start, end - start);
        if (start == 0 || word.size() < 2 || word[0] != QLatin1Char('#') || word.mid(1).contains(QLatin1Char('#')))
            break;
        tags.prepend(word.toString());
        end = start;
        while (end > 0 && text->at(end - 1).isSpace())
            --end;
    }
    text->truncate(end);
    return tags;
}

QString datedHeadingsToItems(const QString &body, int year)
{
    using markdownblocks::TopBlock;
    QStringList lines = body.split(QLatin1Char('\n'));
    const QList<TopBlock> blocks = markdownblocks::topBlocks(lines);
    const QList<markdownblocks::Item> items = markdownblocks::readBlocks(body, 0).items;
    const auto isList = [](const TopBlock &block) {
        return block.type == cmark::NodeType::List || block.type == cmark::NodeType::Table;
    };
    for (qsizetype b = 0; b < blocks.size(); ++b) {
        const TopBlock &heading = blocks[b];
        if (heading.type != cmark::NodeType::Heading)
            continue;
        qsizetype next = b + 1;
        while (next < blocks.size() && blocks[next].type != cmark::NodeType::Heading)
            ++next;
        const qsizetype end = next < blocks.size() ? blocks[next].first : lines.size();
        if (next == b + 1) {
            // Nothing under it: a group of the deeper headings that follow stays a heading; one that groups
            // nothing ("### 상반기" before "### 1월") keeps its words as a line of text, not to be lost.
            if (next < blocks.size() && blocks[next].level > heading.level)
                continue;
            lines[heading.first] = heading.heading.simplified();
            for (qsizetype i = heading.first + 1; i <= heading.last; ++i)
                lines[i].clear();
            continue;
        }
        // Text right under the heading makes it one event ("### 3월 - 이직", "### 이사") with the text as its
        // notes, up to a list or table, whose items are events of their own.
        qsizetype prose = b + 1;
        while (prose < next && !isList(blocks[prose]))
            ++prose;
        PartialDate date;
        const QString rest = takeDate(heading.heading, year, &date);
        if (prose == b + 1) {
            // "### 1월" over a list: the month is the date of each item that gives none of its own. Any other
            // heading over a list groups it (an area).
            if (date.precision() == PartialDate::Precision::Year || !rest.isEmpty())
                continue;
            for (qsizetype i = heading.first; i <= heading.last; ++i)
                lines[i].clear();
            for (const markdownblocks::Item &item : items) {
                PartialDate own;
                takeDate(item.text, year, &own);
                if (item.first <= heading.last || item.first >= end || item.task != markdownblocks::Task::None
                    || own.precision() != PartialDate::Precision::Year)
                    continue;
                const qsizetype at
                        = lines[item.first].indexOf(item.text, markdownblocks::indentOf(lines[item.first]) + 1);
                if (at > 0)
                    lines[item.first].insert(at, heading.heading.simplified() + QStringLiteral(" - "));
            }
            continue;
        }
        const qsizetype notesEnd = prose < next ? blocks[prose].first : end;
        // A setext heading's underline goes; its text lines join on the item's line.
        lines[heading.first] = QStringLiteral("- ") + heading.heading.simplified();
        for (qsizetype i = heading.first + 1; i <= heading.last; ++i)
            lines[i].clear();
        for (qsizetype i = heading.last + 1; i < notesEnd; ++i) {
            if (!lines[i].trimmed().isEmpty())
                lines[i] = QStringLiteral("  ") + lines[i];
        }
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace hoego::eventshapes
