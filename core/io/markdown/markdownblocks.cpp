// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "markdownblocks.h"

#include <QRegularExpression>

#include <algorithm>
#include <vector>

namespace hoego::markdownblocks {
namespace {

using cmark::Node;
using cmark::NodeType;

bool isBlank(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t');
}

bool isBlankLine(const QString &line)
{
    return line.trimmed().isEmpty();
}

// cmark also ends a line at a lone carriage return; QString::split does not. Blanking it keeps both counts equal.
cmark::Document parseLines(const QStringList &lines)
{
    QString text = lines.join(QLatin1Char('\n'));
    text.replace(QLatin1Char('\r'), QLatin1Char(' '));
    return cmark::Document::parse(text);
}

// The text of an ATX heading line: after the `#` run and its blanks, without an optional closing `#` run.
QString atxText(const QString &line)
{
    qsizetype begin = 0;
    while (begin < line.size() && line[begin] == QLatin1Char(' '))
        ++begin;
    while (begin < line.size() && line[begin] == QLatin1Char('#'))
        ++begin;
    while (begin < line.size() && isBlank(line[begin]))
        ++begin;
    qsizetype end = line.size();
    while (end > begin && isBlank(line[end - 1]))
        --end;
    qsizetype closing = end;
    while (closing > begin && line[closing - 1] == QLatin1Char('#'))
        --closing;
    if (closing == begin || (closing < end && isBlank(line[closing - 1]))) {
        end = closing;
        while (end > begin && isBlank(line[end - 1]))
            --end;
    }
    return line.mid(begin, end - begin);
}

bool isSetextUnderline(const QString &line)
{
    const QString text = line.trimmed();
    if (text.isEmpty() || indentOf(line) > 3)
        return false;
    const QChar mark = text.front();
    if (mark != QLatin1Char('=') && mark != QLatin1Char('-'))
        return false;
    return std::all_of(text.cbegin(), text.cend(), [mark](QChar c) { return c == mark; });
}

// Fills `block` with a heading's level, text and last line (cmark may place a setext heading's end too far).
void readHeading(const Node &node, const QStringList &lines, qsizetype limit, TopBlock *block)
{
    block->level = node.headingLevel();
    const QString &first = lines[block->first];
    if (first.trimmed().startsWith(QLatin1Char('#'))) {
        block->last = block->first;
        block->heading = atxText(first);
        return;
    }
    qsizetype underline = block->first + 1;
    while (underline < limit && !isSetextUnderline(lines[underline]))
        ++underline;
    underline = std::min(underline, limit - 1);
    QStringList text;
    for (qsizetype i = block->first; i < underline; ++i)
        text << lines[i].trimmed();
    block->last = underline;
    block->heading = text.join(QLatin1Char(' '));
}

struct Span
{
    Node node;
    TopBlock block;
};

// The top-level blocks with their lines, and paragraphs for non-blank lines no block claims.
std::vector<Span> spansOf(const cmark::Document &document, const QStringList &lines)
{
    std::vector<Node> nodes;
    for (Node node = document.root().firstChild(); node; node = node.next())
        nodes.push_back(node);
    std::vector<Span> spans;
    const auto addUnclaimed = [&](qsizetype from, qsizetype until) {
        for (qsizetype i = from; i < until; ++i) {
            if (isBlankLine(lines[i]))
                continue;
            qsizetype last = i;
            while (last + 1 < until && !isBlankLine(lines[last + 1]))
                ++last;
            spans.push_back({Node(), TopBlock{NodeType::Paragraph, i, last, 0, {}}});
            i = last;
        }
    };
    qsizetype claimed = 0; // the first line no block has taken yet
    const qsizetype count = lines.size();
    for (size_t n = 0; n < nodes.size(); ++n) {
        const qsizetype nextStart = n + 1 < nodes.size() ? qsizetype(nodes[n + 1].startLine()) - 1 : count;
        const qsizetype limit = std::clamp(nextStart, claimed, count);
        TopBlock block;
        block.type = nodes[n].type();
        block.first = std::clamp(qsizetype(nodes[n].startLine()) - 1, claimed, count);
        if (block.first >= limit)
            continue; // nothing of its own (cannot happen with cmark's positions, kept safe anyway)
        addUnclaimed(claimed, block.first);
        block.last = std::clamp(qsizetype(nodes[n].endLine()) - 1, block.first, limit - 1);
        if (block.type == NodeType::Heading)
            readHeading(nodes[n], lines, limit, &block);
        while (block.last > block.first && isBlankLine(lines[block.last]))
            --block.last;
        spans.push_back({nodes[n], block});
        claimed = block.last + 1;
    }
    addUnclaimed(claimed, count);
    return spans;
}

// Where an item's text starts on its first line: after the indent, the marker and the blanks after it (one
// blank when more follow, as they then start indented code, or when the line holds only the marker).
int contentStart(const QString &line)
{
    qsizetype i = 0;
    while (i < line.size() && isBlank(line[i]))
        ++i;
    if (i < line.size() && QStringLiteral("-*+").contains(line[i])) {
        ++i;
    } else {
        while (i < line.size() && line[i].isDigit())
            ++i;
        if (i < line.size() && (line[i] == QLatin1Char('.') || line[i] == QLatin1Char(')')))
            ++i;
    }
    qsizetype text = i;
    while (text < line.size() && isBlank(line[text]))
        ++text;
    if (text == line.size() || text - i > 4)
        return int(i) + 1;
    return int(text);
}

Task taskOf(const Node &item)
{
    if (item.type() != NodeType::TaskItem)
        return Task::None;
    return item.isTaskChecked() ? Task::Done : Task::Open;
}

void addItem(const Node &node, qsizetype first, qsizetype last, const QStringList &lines, int firstLine,
             const QString &group, Blocks *blocks)
{
    while (last > first && isBlankLine(lines[last]))
        --last;
    const int start = contentStart(lines[first]);
    Item item;
    item.text = lines[first].mid(start).trimmed();
    item.task = taskOf(node);
    item.line = firstLine + int(first);
    item.group = group;
    item.first = first;
    item.last = last;
    for (qsizetype i = first + 1; i <= last; ++i) {
        item.children << (isBlankLine(lines[i]) ? QString() : dedent(lines[i], std::min(indentOf(lines[i]), start)));
        item.childLines << firstLine + int(i);
    }
    blocks->items << item;
}

// "| 3월 | 이직 | 새 팀 |" → "3월 - 이직, 새 팀", cut out of the row's line by the cells' positions.
void addTableRows(const Node &table, const QStringList &lines, int firstLine, const QString &group, Blocks *blocks)
{
    for (Node row = table.firstChild(); row; row = row.next()) {
        if (row.type() != NodeType::TableRow || row.isTableHeader())
            continue;
        const qsizetype index = row.startLine() - 1;
        if (index < 0 || index >= lines.size())
            continue;
        const QByteArray line = lines[index].toUtf8();
        QStringList cells;
        for (Node cell = row.firstChild(); cell; cell = cell.next()) {
            const qsizetype from = std::clamp(qsizetype(cell.startColumn()) - 1, qsizetype(0), line.size());
            const qsizetype to = std::clamp(qsizetype(cell.endColumn()), from, line.size());
            const QString text = QString::fromUtf8(line.mid(from, to - from)).trimmed();
            if (!text.isEmpty() && text != QLatin1String("|"))
                cells << (text.endsWith(QLatin1Char('|')) ? text.chopped(1).trimmed() : text);
        }
        cells.removeAll(QString());
        if (cells.isEmpty())
            continue;
        Item item;
        item.text = cells.takeFirst();
        if (!cells.isEmpty())
            item.text += QStringLiteral(" - ") + cells.join(QStringLiteral(", "));
        item.line = firstLine + int(index);
        item.group = group;
        item.first = item.last = index;
        blocks->items << item;
    }
}

} // namespace

int indentOf(const QString &line)
{
    int n = 0;
    for (const QChar c : line) {
        if (c == QLatin1Char(' '))
            ++n;
        else if (c == QLatin1Char('\t'))
            n += 4;
        else
            break;
    }
    return n;
}

QString dedent(const QString &line, int amount)
{
    int removed = 0;
    int i = 0;
    while (i < line.size() && removed < amount && isBlank(line[i])) {
        removed += line[i] == QLatin1Char('\t') ? 4 : 1;
        ++i;
    }
    return line.mid(i);
}

QList<TopBlock> topBlocks(const QStringList &lines)
{
    const cmark::Document document = parseLines(lines);
    QList<TopBlock> blocks;
    for (const Span &span : spansOf(document, lines))
        blocks << span.block;
    return blocks;
}

QList<TopBlock> headingsOf(const QStringList &lines)
{
    QList<TopBlock> headings = topBlocks(lines);
    headings.removeIf([](const TopBlock &block) { return block.type != NodeType::Heading; });
    return headings;
}

Blocks readBlocks(const QString &body, int firstLine, Tables tables)
{
    const QStringList lines = body.split(QLatin1Char('\n'));
    const cmark::Document document = parseLines(lines);
    Blocks blocks;
    QString group;
    // A heading is kept with the prose, unless only items follow it: then it groups them (their area) and
    // leaves the prose again. So a heading over text, or over nothing, is never lost.
    qsizetype headingInProse = -1;
    bool headingHasItems = false;
    const auto settleHeading = [&] {
        if (headingInProse >= 0 && headingHasItems)
            blocks.prose.resize(headingInProse);
        headingInProse = -1;
    };
    for (const Span &span : spansOf(document, lines)) {
        const TopBlock &block = span.block;
        if (block.type == NodeType::Heading) {
            settleHeading();
            group = block.heading.simplified();
            headingInProse = blocks.prose.size();
            headingHasItems = false;
            if (!blocks.prose.isEmpty())
                blocks.prose << QString();
            blocks.prose << lines.mid(block.first, block.last - block.first + 1);
            continue;
        }
        const bool listed = block.type == NodeType::List || (block.type == NodeType::Table && tables == Tables::Items);
        if (listed)
            headingHasItems = true;
        else
            headingInProse = -1; // its text follows it: the heading stays
        if (block.type == NodeType::List) {
            std::vector<Node> items;
            for (Node item = span.node.firstChild(); item; item = item.next())
                items.push_back(item);
            for (size_t i = 0; i < items.size(); ++i) {
                const qsizetype first = std::clamp(qsizetype(items[i].startLine()) - 1, block.first, block.last);
                const qsizetype next = i + 1 < items.size() ? qsizetype(items[i + 1].startLine()) - 1 : block.last + 1;
                addItem(items[i], first, std::clamp(next - 1, first, block.last), lines, firstLine, group, &blocks);
            }
            continue;
        }
        if (block.type == NodeType::Table && tables == Tables::Items) {
            addTableRows(span.node, lines, firstLine, group, &blocks);
            continue;
        }
        if (!blocks.prose.isEmpty() && block.first > 0 && isBlankLine(lines[block.first - 1]))
            blocks.prose << QString();
        blocks.prose << lines.mid(block.first, block.last - block.first + 1);
    }
    settleHeading();
    return blocks;
}

QString itemText(const Item &item)
{
    // Detail bullets under the item ("- 문서를 먼저 쓴다" under a lesson) are clauses of it, joined without
    // their marks: "Weekly notes — they kept me honest; they take ten minutes".
    static const QRegularExpression mark(QStringLiteral("^\\s*(?:[-*+]|\\d{1,3}[.)])\\s+"));
    QStringList lines{item.text};
    QStringList details;
    for (const QString &child : item.children) {
        if (const auto m = mark.match(child); m.hasMatch())
            details << child.mid(m.capturedLength(0));
        else if (details.isEmpty())
            lines << child;
        else
            details.last() += QLatin1Char(' ') + child;
    }
    QString text = lines.join(QLatin1Char(' ')).simplified();
    for (QString &detail : details)
        detail = detail.simplified();
    details.removeAll(QString());
    if (!details.isEmpty())
        text += QStringLiteral(" — ") + details.join(QStringLiteral("; "));
    return text;
}

QString withoutListMarks(const QString &text)
{
    static const QRegularExpression mark(QStringLiteral("^(?:[-*+]|\\d{1,3}[.)])\\s+"));
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString &line : lines)
        line.remove(mark);
    return lines.join(QLatin1Char('\n'));
}

QString withoutTaskBox(const Item &item)
{
    if (item.task == Task::None)
        return item.text;
    const qsizetype close = item.text.indexOf(QLatin1Char(']'));
    return close < 0 ? item.text : item.text.mid(close + 1).trimmed();
}

} // namespace hoego::markdownblocks
