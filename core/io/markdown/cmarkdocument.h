// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

struct cmark_node;

// A thin owner of a cmark-gfm parse (GitHub Flavored Markdown: tables, task lists, strikethrough, autolinks)
// with source positions, so that readers can name the line of anything they refuse. Shared by the importer and
// anything else that reads or renders Markdown; nothing outside this file includes cmark's headers.
namespace hoego::cmark {

enum class NodeType {
    Document,
    Heading,
    Paragraph,
    List,
    Item,
    TaskItem, // a list item opened by "[ ]" or "[x]"
    CodeBlock,
    HtmlBlock,
    BlockQuote,
    ThematicBreak,
    Table,
    TableRow, // header rows included: see Node::isTableHeader
    TableCell,
    Inline, // text, emphasis, links, strikethrough...: read their source instead
    Other,
};

// A view of one node of a Document; valid while the Document lives. A null Node is false.
class Node
{
public:
    Node() = default;
    explicit Node(cmark_node *node)
        : m_node(node)
    { }
    explicit operator bool() const { return m_node != nullptr; }

    NodeType type() const;
    Node firstChild() const;
    Node next() const;
    Node parent() const;

    int startLine() const; // 1-based, as the source (0 for inline nodes cmark gives no position)
    int endLine() const;
    int startColumn() const; // 1-based, in UTF-8 bytes
    int endColumn() const;
    int headingLevel() const; // 1..6 for a heading, else 0
    bool isTaskChecked() const; // for a TaskItem
    bool isTableHeader() const; // for a TableRow
    bool isOrderedList() const; // for a List
    QString literal() const; // the text of a text or code node

private:
    cmark_node *m_node = nullptr;
};

class Document
{
public:
    // Parses UTF-8 Markdown; never fails (every input is some Markdown).
    static Document parse(const QByteArray &utf8);
    static Document parse(const QString &text) { return parse(text.toUtf8()); }

    Node root() const { return Node(m_root.get()); }

private:
    struct FreeNode
    {
        void operator()(cmark_node *node) const;
    };
    std::unique_ptr<cmark_node, FreeNode> m_root;
};

} // namespace hoego::cmark
