// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "cmarkdocument.h"

#include <QList>
#include <QString>
#include <QStringList>

// The blocks of a post's Markdown as cmark-gfm reads them, by the lines they come from, so that what the importer
// keeps is the author's own Markdown and every refusal names its line. Only blocks at the top of a text count
// (a heading inside a list item is part of the item).
namespace hoego::markdownblocks {

// One top-level block: lines first..last of the text (0-based, blank lines at its end left out). Lines cmark
// reads as no block at all (link reference definitions) come as paragraphs, so no line is lost.
struct TopBlock
{
    cmark::NodeType type = cmark::NodeType::Paragraph;
    qsizetype first = 0;
    qsizetype last = 0;
    int level = 0; // of a heading
    QString heading; // a heading's text as written, without its `#` or underline
};
QList<TopBlock> topBlocks(const QStringList &lines);
QList<TopBlock> headingsOf(const QStringList &lines);

enum class Task { None, Open, Done };

// A top-level list item with its continuation lines (dedented to its text) and their line numbers, under the
// heading it appeared after.
struct Item
{
    QString text; // the first line after the marker, a task's box included
    Task task = Task::None;
    QStringList children;
    QList<int> childLines;
    int line = 0;
    QString group;
    qsizetype first = 0; // lines of the text the item spans
    qsizetype last = 0;
};

struct Blocks
{
    QList<Item> items;
    QStringList prose; // every other line, and the headings over anything but items only
};

enum class Tables {
    Prose, // a table is kept as written
    Items, // each body row is an item: "| 3월 | 이직 |" reads as "3월 - 이직"
};

// Reads `body`, whose first line is line `firstLine` of the file.
Blocks readBlocks(const QString &body, int firstLine, Tables tables = Tables::Prose);

// The item's text and continuation lines on one line, its detail bullets as clauses after a dash.
QString itemText(const Item &item);
// Text whose unindented lines lose their list marks: the notes under an item, written as a list.
QString withoutListMarks(const QString &text);
// A task item's text without its box.
QString withoutTaskBox(const Item &item);

// Columns of leading blanks (a tab counts four), and a line without `amount` of them.
int indentOf(const QString &line);
QString dedent(const QString &line, int amount);

} // namespace hoego::markdownblocks
