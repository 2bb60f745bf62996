// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "markdownhtml.h"

#include <QByteArray>
#include <QList>

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>

#include <cstdlib>
#include <memory>
#include <mutex>

namespace hoego {
namespace {

// Hard breaks: notes are typed in a plain text box, where a new line is meant as one.
constexpr int kOptions = CMARK_OPT_VALIDATE_UTF8 | CMARK_OPT_HARDBREAKS;
constexpr int kHeadingShift = 2; // the exports' own headings are h1 and h2

struct ParserDeleter
{
    void operator()(cmark_parser *parser) const { cmark_parser_free(parser); }
};
struct NodeDeleter
{
    void operator()(cmark_node *node) const { cmark_node_free(node); }
};

bool isSafeUrl(const char *url)
{
    const QByteArray scheme = QByteArray(url ? url : "").trimmed().toLower();
    return scheme.startsWith("https://") || scheme.startsWith("http://") || scheme.startsWith("mailto:");
}

cmark_node *textNode(const char *text)
{
    cmark_node *node = cmark_node_new(CMARK_NODE_TEXT);
    cmark_node_set_literal(node, text);
    return node;
}

// Moves a node's children in front of it and removes it: the text of a refused link stays, the link goes.
void unwrap(cmark_node *node)
{
    while (cmark_node *child = cmark_node_first_child(node))
        cmark_node_insert_before(node, child);
    cmark_node_free(node);
}

bool insideLink(cmark_node *node)
{
    for (cmark_node *up = cmark_node_parent(node); up; up = cmark_node_parent(up)) {
        if (cmark_node_get_type(up) == CMARK_NODE_LINK)
            return true;
    }
    return false;
}

// Raw HTML becomes text: an inline tag is a text node, a block a paragraph of its lines.
void showAsText(cmark_node *html)
{
    const QByteArray literal = QByteArray(cmark_node_get_literal(html));
    if (cmark_node_get_type(html) == CMARK_NODE_HTML_INLINE) {
        cmark_node_insert_before(html, textNode(literal.constData()));
    } else {
        cmark_node *paragraph = cmark_node_new(CMARK_NODE_PARAGRAPH);
        const QList<QByteArray> lines = literal.trimmed().split('\n');
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (i > 0)
                cmark_node_append_child(paragraph, cmark_node_new(CMARK_NODE_LINEBREAK));
            cmark_node_append_child(paragraph, textNode(lines[i].constData()));
        }
        cmark_node_insert_before(html, paragraph);
    }
    cmark_node_free(html);
}

// An image as a link to the picture, labelled with its description (or its address when it has none).
void imageAsLink(cmark_node *image)
{
    const char *url = cmark_node_get_url(image);
    if (!isSafeUrl(url) || insideLink(image)) {
        unwrap(image);
        return;
    }
    cmark_node *link = cmark_node_new(CMARK_NODE_LINK);
    cmark_node_set_url(link, url);
    cmark_node_set_title(link, cmark_node_get_title(image));
    if (!cmark_node_first_child(image))
        cmark_node_append_child(link, textNode(url));
    while (cmark_node *child = cmark_node_first_child(image))
        cmark_node_append_child(link, child);
    cmark_node_insert_before(image, link);
    cmark_node_free(image);
}

// A task's box as a character at the start of its text: a form control would be dropped by a PDF and the
// preview, and in a loose list cmark puts it on a line of its own.
void taskAsText(cmark_node *item)
{
    const bool checked = cmark_gfm_extensions_get_tasklist_item_checked(item);
    cmark_node_set_syntax_extension(item, nullptr);
    cmark_node *first = cmark_node_first_child(item);
    if (!first || cmark_node_get_type(first) != CMARK_NODE_PARAGRAPH) {
        cmark_node *paragraph = cmark_node_new(CMARK_NODE_PARAGRAPH);
        if (first)
            cmark_node_insert_before(first, paragraph);
        else
            cmark_node_append_child(item, paragraph);
        first = paragraph;
    }
    cmark_node *box = textNode(checked ? "\u2611 " : "\u2610 ");
    if (cmark_node *text = cmark_node_first_child(first))
        cmark_node_insert_before(text, box);
    else
        cmark_node_append_child(first, box);
}

// Rewrites the tree so its HTML is safe and fits the exports. Nodes are collected first: the iterator must
// not see the tree change under it.
void makeSafe(cmark_node *document)
{
    QList<cmark_node *> changed;
    cmark_iter *iter = cmark_iter_new(document);
    while (cmark_iter_next(iter) != CMARK_EVENT_DONE) {
        if (cmark_iter_get_event_type(iter) != CMARK_EVENT_ENTER)
            continue;
        cmark_node *node = cmark_iter_get_node(iter);
        switch (cmark_node_get_type(node)) {
        case CMARK_NODE_HEADING:
            cmark_node_set_heading_level(node, qMin(6, cmark_node_get_heading_level(node) + kHeadingShift));
            break;
        case CMARK_NODE_ITEM:
            if (cmark_node_get_syntax_extension(node))
                changed << node;
            break;
        case CMARK_NODE_HTML_BLOCK:
        case CMARK_NODE_HTML_INLINE:
        case CMARK_NODE_IMAGE:
            changed << node;
            break;
        case CMARK_NODE_LINK:
            if (!isSafeUrl(cmark_node_get_url(node)))
                changed << node;
            break;
        default:
            break;
        }
    }
    cmark_iter_free(iter);
    // Inner nodes first: an image inside a refused link is handled before the link is unwrapped.
    for (auto it = changed.crbegin(); it != changed.crend(); ++it) {
        switch (cmark_node_get_type(*it)) {
        case CMARK_NODE_IMAGE:
            imageAsLink(*it);
            break;
        case CMARK_NODE_LINK:
            unwrap(*it);
            break;
        case CMARK_NODE_ITEM:
            taskAsText(*it);
            break;
        default:
            showAsText(*it);
            break;
        }
    }
}

void registerExtensions()
{
    static std::once_flag once;
    std::call_once(once, [] { cmark_gfm_core_extensions_ensure_registered(); });
}

} // namespace

QString escapeHtml(const QString &text)
{
    return text.toHtmlEscaped();
}

QString markdownToHtml(const QString &markdown)
{
    registerExtensions();
    const std::unique_ptr<cmark_parser, ParserDeleter> parser(cmark_parser_new(kOptions));
    for (const char *name : {"table", "strikethrough", "autolink", "tasklist"}) {
        if (cmark_syntax_extension *extension = cmark_find_syntax_extension(name))
            cmark_parser_attach_syntax_extension(parser.get(), extension);
    }
    const QByteArray utf8 = markdown.toUtf8();
    cmark_parser_feed(parser.get(), utf8.constData(), size_t(utf8.size()));
    const std::unique_ptr<cmark_node, NodeDeleter> document(cmark_parser_finish(parser.get()));
    makeSafe(document.get());
    char *rendered = cmark_render_html(document.get(), kOptions, cmark_parser_get_syntax_extensions(parser.get()));
    QString html = QString::fromUtf8(rendered).trimmed();
    std::free(rendered);
    // <s> rather than <del>: Qt's rich text (the preview, the PDF) knows only the former. User text cannot
    // hold a literal tag here, it was escaped.
    html.replace(QLatin1String("<del>"), QLatin1String("<s>")).replace(QLatin1String("</del>"), QLatin1String("</s>"));
    return html;
}

} // namespace hoego
