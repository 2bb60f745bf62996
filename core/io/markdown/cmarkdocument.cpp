// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "cmarkdocument.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <cstring>

namespace hoego::cmark {
namespace {

struct FreeParser
{
    void operator()(cmark_parser *parser) const { cmark_parser_free(parser); }
};

bool typeNamed(cmark_node *node, const char *name)
{
    const char *type = cmark_node_get_type_string(node);
    return type && std::strcmp(type, name) == 0;
}

} // namespace

NodeType Node::type() const
{
    switch (cmark_node_get_type(m_node)) {
    case CMARK_NODE_DOCUMENT:
        return NodeType::Document;
    case CMARK_NODE_HEADING:
        return NodeType::Heading;
    case CMARK_NODE_PARAGRAPH:
        return NodeType::Paragraph;
    case CMARK_NODE_LIST:
        return NodeType::List;
    case CMARK_NODE_ITEM:
        return typeNamed(m_node, "tasklist") ? NodeType::TaskItem : NodeType::Item;
    case CMARK_NODE_CODE_BLOCK:
        return NodeType::CodeBlock;
    case CMARK_NODE_HTML_BLOCK:
        return NodeType::HtmlBlock;
    case CMARK_NODE_BLOCK_QUOTE:
        return NodeType::BlockQuote;
    case CMARK_NODE_THEMATIC_BREAK:
        return NodeType::ThematicBreak;
    default:
        break;
    }
    // The extensions' node types are registered at run time; their names are stable.
    if (typeNamed(m_node, "table"))
        return NodeType::Table;
    if (typeNamed(m_node, "table_header") || typeNamed(m_node, "table_row"))
        return NodeType::TableRow;
    if (typeNamed(m_node, "table_cell"))
        return NodeType::TableCell;
    return (cmark_node_get_type(m_node) & CMARK_NODE_TYPE_MASK) == CMARK_NODE_TYPE_INLINE ? NodeType::Inline
                                                                                          : NodeType::Other;
}

Node Node::firstChild() const
{
    return Node(cmark_node_first_child(m_node));
}

Node Node::next() const
{
    return Node(cmark_node_next(m_node));
}

Node Node::parent() const
{
    return Node(cmark_node_parent(m_node));
}

int Node::startLine() const
{
    return cmark_node_get_start_line(m_node);
}

int Node::endLine() const
{
    return cmark_node_get_end_line(m_node);
}

int Node::startColumn() const
{
    return cmark_node_get_start_column(m_node);
}

int Node::endColumn() const
{
    return cmark_node_get_end_column(m_node);
}

int Node::headingLevel() const
{
    return cmark_node_get_type(m_node) == CMARK_NODE_HEADING ? cmark_node_get_heading_level(m_node) : 0;
}

bool Node::isTaskChecked() const
{
    return type() == NodeType::TaskItem && cmark_gfm_extensions_get_tasklist_item_checked(m_node);
}

bool Node::isTableHeader() const
{
    return typeNamed(m_node, "table_header");
}

bool Node::isOrderedList() const
{
    return cmark_node_get_list_type(m_node) == CMARK_ORDERED_LIST;
}

QString Node::literal() const
{
    const char *text = cmark_node_get_literal(m_node);
    return text ? QString::fromUtf8(text) : QString();
}

void Document::FreeNode::operator()(cmark_node *node) const
{
    cmark_node_free(node);
}

Document Document::parse(const QByteArray &utf8)
{
    // Registering is not thread-safe by itself and an import runs on a worker thread: once, under C++'s guard.
    static const bool registered = [] {
        cmark_gfm_core_extensions_ensure_registered();
        return true;
    }();
    Q_UNUSED(registered);
    const std::unique_ptr<cmark_parser, FreeParser> parser(cmark_parser_new(CMARK_OPT_SOURCEPOS));
    for (const char *name : {"table", "tasklist", "strikethrough", "autolink"}) {
        if (cmark_syntax_extension *extension = cmark_find_syntax_extension(name))
            cmark_parser_attach_syntax_extension(parser.get(), extension);
    }
    cmark_parser_feed(parser.get(), utf8.constData(), size_t(utf8.size()));
    Document document;
    document.m_root.reset(cmark_parser_finish(parser.get()));
    return document;
}

} // namespace hoego::cmark
