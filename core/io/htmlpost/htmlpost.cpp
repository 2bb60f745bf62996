// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "htmlpost.h"

#include "io/importresult.h"
#include "io/markdown/yearsignals.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <gumbo.h>

#include <memory>

namespace hoego {
namespace {

// Names the context of this file's strings for tr() and for lupdate alike.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hoego::HtmlPost)
};

// Deeper than any real page; the parser and this reader recurse per level.
constexpr int kMaxDepth = 400;

using Output = std::unique_ptr<GumboOutput, void (*)(GumboOutput *)>;

void destroy(GumboOutput *output)
{
    gumbo_destroy_output(&kGumboDefaultOptions, output);
}

// A cheap count of how deep the tags nest, before the recursive parser sees them: opening tags deepen, closing
// tags and the void elements do not.
int roughDepth(const QByteArray &html)
{
    static const QRegularExpression tag(QStringLiteral("<(/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*?(/?)>"));
    static const QStringList voids{QStringLiteral("br"),    QStringLiteral("img"),    QStringLiteral("input"),
                                   QStringLiteral("meta"),  QStringLiteral("link"),   QStringLiteral("hr"),
                                   QStringLiteral("wbr"),   QStringLiteral("source"), QStringLiteral("area"),
                                   QStringLiteral("col"),   QStringLiteral("embed"),  QStringLiteral("param"),
                                   QStringLiteral("track"), QStringLiteral("p"),      QStringLiteral("li")};
    int depth = 0;
    int deepest = 0;
    auto it = tag.globalMatch(QString::fromUtf8(html));
    while (it.hasNext()) {
        const auto m = it.next();
        if (!m.captured(1).isEmpty())
            depth = std::max(0, depth - 1);
        else if (m.captured(3).isEmpty() && !voids.contains(m.captured(2).toLower()))
            deepest = std::max(deepest, ++depth);
    }
    return deepest;
}

QString attribute(const GumboNode *node, const char *name)
{
    if (node->type != GUMBO_NODE_ELEMENT)
        return {};
    const GumboAttribute *found = gumbo_get_attribute(&node->v.element.attributes, name);
    return found ? QString::fromUtf8(found->value) : QString();
}

GumboTag tagOf(const GumboNode *node)
{
    return node->type == GUMBO_NODE_ELEMENT ? node->v.element.tag : GUMBO_TAG_UNKNOWN;
}

const GumboVector &childrenOf(const GumboNode *node)
{
    static const GumboVector none{nullptr, 0, 0};
    return node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE ? node->v.element.children : none;
}

QString classAndId(const GumboNode *node)
{
    return (attribute(node, "class") + QLatin1Char(' ') + attribute(node, "id")).toLower();
}

bool isNeverContent(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEXTAREA:
        return true;
    default:
        return false;
    }
}

// Page furniture inside or around an article: dropped, and listed as left out when it held text.
bool isClutter(const GumboNode *node)
{
    const GumboTag tag = tagOf(node);
    if (tag == GUMBO_TAG_NAV || tag == GUMBO_TAG_FORM || tag == GUMBO_TAG_FOOTER)
        return true;
    static const QRegularExpression words(QStringLiteral(
            "(^|[\\s_-])(comments?|reply|share|sharing|sns|social|related|recommend|advert|ads?|sponsor|subscribe|"
            "newsletter|breadcrumbs?|pagination|toc|table-of-contents|author-bio|tags?-list|like-?button|postbtn|"
            "another[_-]category|popular)([\\s_-]|$)"));
    return words.match(classAndId(node)).hasMatch();
}

// The text of a subtree with runs of white space folded, for scoring and for what was left out.
void collectText(const GumboNode *node, QString &out, int depth = 0)
{
    if (depth > kMaxDepth)
        return;
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA || node->type == GUMBO_NODE_WHITESPACE) {
        out += QString::fromUtf8(node->v.text.text);
        return;
    }
    if (node->type != GUMBO_NODE_ELEMENT || isNeverContent(tagOf(node)))
        return;
    const GumboVector &children = childrenOf(node);
    for (unsigned i = 0; i < children.length; ++i)
        collectText(static_cast<const GumboNode *>(children.data[i]), out, depth + 1);
}

QString textOf(const GumboNode *node)
{
    QString text;
    collectText(node, text);
    return text.simplified();
}

struct Candidate
{
    const GumboNode *node = nullptr;
    qsizetype score = 0;
};

// Named post bodies of common blog engines and exports, best first.
int namedBodyRank(const GumboNode *node)
{
    static const QStringList names{
            QStringLiteral("entry-content"), QStringLiteral("post-content"), QStringLiteral("article-body"),
            QStringLiteral("article_body"),  QStringLiteral("post-body"),    QStringLiteral("markdown-body"),
            QStringLiteral("tt_article"),    QStringLiteral("article-view"), QStringLiteral("contents_style"),
            QStringLiteral("page-body"),     QStringLiteral("post_content"), QStringLiteral("entry_content")};
    const QString both = classAndId(node);
    for (int i = 0; i < names.size(); ++i) {
        if (both.contains(names[i]))
            return i;
    }
    return -1;
}

// Walks the page once: the best named body, the first <article>, and the element whose own paragraphs,
// items and headings hold the most text.
void findArticle(const GumboNode *node, Candidate &named, int &namedRank, const GumboNode *&article, Candidate &densest,
                 int depth)
{
    if (depth > kMaxDepth || node->type != GUMBO_NODE_ELEMENT || isNeverContent(tagOf(node)) || isClutter(node))
        return;
    if (const int rank = namedBodyRank(node); rank >= 0 && (namedRank < 0 || rank < namedRank)) {
        namedRank = rank;
        named.node = node;
    }
    if (!article && (tagOf(node) == GUMBO_TAG_ARTICLE || tagOf(node) == GUMBO_TAG_MAIN))
        article = node;
    qsizetype own = 0;
    const GumboVector &children = childrenOf(node);
    for (unsigned i = 0; i < children.length; ++i) {
        const auto *child = static_cast<const GumboNode *>(children.data[i]);
        switch (tagOf(child)) {
        case GUMBO_TAG_P:
        case GUMBO_TAG_UL:
        case GUMBO_TAG_OL:
        case GUMBO_TAG_H2:
        case GUMBO_TAG_H3:
        case GUMBO_TAG_BLOCKQUOTE:
        case GUMBO_TAG_TABLE:
            own += textOf(child).size();
            break;
        default:
            break;
        }
        findArticle(child, named, namedRank, article, densest, depth + 1);
    }
    if (own > densest.score)
        densest = {node, own};
}

// Writes an article's DOM as Markdown.
class MarkdownWriter
{
public:
    QString write(const GumboNode *root)
    {
        block(root, 0, 0);
        QString text = m_out.join(QStringLiteral("\n\n"));
        static const QRegularExpression manyBlankLines(QStringLiteral("\n{3,}"));
        return text.replace(manyBlankLines, QStringLiteral("\n\n")).trimmed() + QLatin1Char('\n');
    }

    QStringList leftOut() const { return m_leftOut; }
    bool wroteTitle() const { return m_wroteTitle; }

private:
    void flushParagraph()
    {
        const QString text = m_paragraph.trimmed();
        if (!text.isEmpty())
            m_out << m_prefix + text;
        m_paragraph.clear();
    }

    void inlineText(const GumboNode *node, QString &out, int depth)
    {
        if (depth > kMaxDepth)
            return;
        if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA || node->type == GUMBO_NODE_WHITESPACE) {
            static const QRegularExpression space(QStringLiteral("\\s+"));
            out += QString::fromUtf8(node->v.text.text).replace(space, QStringLiteral(" "));
            return;
        }
        if (node->type != GUMBO_NODE_ELEMENT || isNeverContent(tagOf(node)))
            return;
        if (isClutter(node)) {
            noteLeftOut(node);
            return;
        }
        QString inner;
        const GumboVector &children = childrenOf(node);
        for (unsigned i = 0; i < children.length; ++i)
            inlineText(static_cast<const GumboNode *>(children.data[i]), inner, depth + 1);
        const QString trimmed = inner.trimmed();
        switch (tagOf(node)) {
        case GUMBO_TAG_BR:
            out += QLatin1Char('\n');
            return;
        case GUMBO_TAG_STRONG:
        case GUMBO_TAG_B:
            out += trimmed.isEmpty() ? inner : QStringLiteral("**%1**").arg(trimmed);
            return;
        case GUMBO_TAG_EM:
        case GUMBO_TAG_I:
            out += trimmed.isEmpty() ? inner : QStringLiteral("*%1*").arg(trimmed);
            return;
        case GUMBO_TAG_DEL:
        case GUMBO_TAG_S:
        case GUMBO_TAG_STRIKE:
            out += trimmed.isEmpty() ? inner : QStringLiteral("~~%1~~").arg(trimmed);
            return;
        case GUMBO_TAG_CODE:
            out += trimmed.isEmpty() ? inner : QStringLiteral("`%1`").arg(trimmed);
            return;
        case GUMBO_TAG_A: {
            const QString href = attribute(node, "href");
            const bool web = href.startsWith(QLatin1String("http://")) || href.startsWith(QLatin1String("https://"));
            out += web && !trimmed.isEmpty() && trimmed != href ? QStringLiteral("[%1](%2)").arg(trimmed, href) : inner;
            return;
        }
        case GUMBO_TAG_IMG: {
            const QString alt = attribute(node, "alt").simplified();
            if (!alt.isEmpty())
                out += QStringLiteral("(%1)").arg(alt);
            return;
        }
        case GUMBO_TAG_INPUT:
            if (attribute(node, "type").compare(QLatin1String("checkbox"), Qt::CaseInsensitive) == 0)
                out += gumbo_get_attribute(&node->v.element.attributes, "checked") ? QStringLiteral("[x] ")
                                                                                   : QStringLiteral("[ ] ");
            return;
        default:
            out += inner;
        }
    }

    void noteLeftOut(const GumboNode *node)
    {
        const QString text = textOf(node);
        if (!text.isEmpty())
            m_leftOut << (text.size() > 80 ? text.left(79) + QChar(0x2026) : text);
    }

    static bool isBlock(GumboTag tag)
    {
        switch (tag) {
        case GUMBO_TAG_P:
        case GUMBO_TAG_DIV:
        case GUMBO_TAG_SECTION:
        case GUMBO_TAG_ARTICLE:
        case GUMBO_TAG_MAIN:
        case GUMBO_TAG_HEADER:
        case GUMBO_TAG_ASIDE:
        case GUMBO_TAG_H1:
        case GUMBO_TAG_H2:
        case GUMBO_TAG_H3:
        case GUMBO_TAG_H4:
        case GUMBO_TAG_H5:
        case GUMBO_TAG_H6:
        case GUMBO_TAG_UL:
        case GUMBO_TAG_OL:
        case GUMBO_TAG_LI:
        case GUMBO_TAG_BLOCKQUOTE:
        case GUMBO_TAG_PRE:
        case GUMBO_TAG_TABLE:
        case GUMBO_TAG_HR:
        case GUMBO_TAG_DETAILS:
        case GUMBO_TAG_SUMMARY:
        case GUMBO_TAG_FIGURE:
        case GUMBO_TAG_FIGCAPTION:
        case GUMBO_TAG_DL:
        case GUMBO_TAG_DT:
        case GUMBO_TAG_DD:
            return true;
        default:
            return false;
        }
    }

    // Block content of `node`; `listDepth` nests list items, the prefix carries quotes.
    void block(const GumboNode *node, int listDepth, int depth)
    {
        if (depth > kMaxDepth)
            return;
        const GumboVector &children = childrenOf(node);
        for (unsigned i = 0; i < children.length; ++i) {
            const auto *child = static_cast<const GumboNode *>(children.data[i]);
            if (child->type != GUMBO_NODE_ELEMENT) {
                inlineText(child, m_paragraph, depth + 1);
                continue;
            }
            const GumboTag tag = tagOf(child);
            if (isNeverContent(tag))
                continue;
            if (isClutter(child)) {
                noteLeftOut(child);
                continue;
            }
            if (!isBlock(tag)) {
                inlineText(child, m_paragraph, depth + 1);
                continue;
            }
            flushParagraph();
            element(child, tag, listDepth, depth + 1);
            flushParagraph();
        }
    }

    void element(const GumboNode *node, GumboTag tag, int listDepth, int depth)
    {
        switch (tag) {
        case GUMBO_TAG_H1:
        case GUMBO_TAG_H2:
        case GUMBO_TAG_H3:
        case GUMBO_TAG_H4:
        case GUMBO_TAG_H5:
        case GUMBO_TAG_H6: {
            const int level = 1 + int(tag - GUMBO_TAG_H1);
            QString text;
            inlineText(node, text, depth);
            const QString heading = QString(text).remove(QStringLiteral("**")).simplified();
            if (!heading.isEmpty())
                m_out << m_prefix + QString(level, QLatin1Char('#')) + QLatin1Char(' ') + heading;
            m_wroteTitle = m_wroteTitle || level == 1;
            return;
        }
        case GUMBO_TAG_UL:
        case GUMBO_TAG_OL: {
            int number = 0;
            QStringList items;
            const GumboVector &children = childrenOf(node);
            for (unsigned i = 0; i < children.length; ++i) {
                const auto *child = static_cast<const GumboNode *>(children.data[i]);
                if (tagOf(child) != GUMBO_TAG_LI)
                    continue;
                const QString marker = tag == GUMBO_TAG_OL ? QStringLiteral("%1.").arg(++number) : QStringLiteral("-");
                items << listItem(child, marker, listDepth, depth);
            }
            if (!items.isEmpty())
                m_out << items.join(QLatin1Char('\n'));
            return;
        }
        case GUMBO_TAG_LI:
            m_out << listItem(node, QStringLiteral("-"), listDepth, depth);
            return;
        case GUMBO_TAG_BLOCKQUOTE: {
            const QString saved = m_prefix;
            m_prefix += QStringLiteral("> ");
            block(node, listDepth, depth);
            flushParagraph();
            m_prefix = saved;
            return;
        }
        case GUMBO_TAG_PRE:
            m_out << QStringLiteral("```\n%1\n```").arg(textWithLines(node).trimmed());
            return;
        case GUMBO_TAG_HR:
            return;
        case GUMBO_TAG_TABLE:
            table(node, depth);
            return;
        default:
            block(node, listDepth, depth);
        }
    }

    // A list item: its own text on the marker line, nested lists and paragraphs indented under it.
    QString listItem(const GumboNode *item, const QString &marker, int listDepth, int depth)
    {
        MarkdownWriter inner;
        inner.block(item, listDepth + 1, depth + 1);
        inner.flushParagraph();
        m_leftOut << inner.m_leftOut;
        const QString pad(2 * listDepth, QLatin1Char(' '));
        QStringList lines;
        for (const QString &piece : std::as_const(inner.m_out))
            lines << piece.split(QLatin1Char('\n'));
        if (lines.isEmpty())
            return pad + marker;
        // Nested list lines already carry their own marker; paragraphs under the item are indented to it.
        QString out = pad + marker + QLatin1Char(' ') + lines.first();
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QString line = lines[i];
            out += QLatin1Char('\n')
                    + (line.startsWith(pad + QStringLiteral("  ")) ? line : pad + QStringLiteral("  ") + line);
        }
        return out;
    }

    QString textWithLines(const GumboNode *node)
    {
        QString text;
        collectText(node, text);
        return text;
    }

    void table(const GumboNode *node, int depth)
    {
        QList<QStringList> rows;
        std::function<void(const GumboNode *, int)> walk = [&](const GumboNode *at, int level) {
            if (level > kMaxDepth)
                return;
            const GumboVector &children = childrenOf(at);
            for (unsigned i = 0; i < children.length; ++i) {
                const auto *child = static_cast<const GumboNode *>(children.data[i]);
                if (tagOf(child) == GUMBO_TAG_TR) {
                    QStringList cells;
                    const GumboVector &cellNodes = childrenOf(child);
                    for (unsigned c = 0; c < cellNodes.length; ++c) {
                        const auto *cell = static_cast<const GumboNode *>(cellNodes.data[c]);
                        if (tagOf(cell) == GUMBO_TAG_TD || tagOf(cell) == GUMBO_TAG_TH) {
                            QString text;
                            inlineText(cell, text, level + 1);
                            cells << text.simplified().replace(QLatin1Char('|'), QStringLiteral("\\\\|"));
                        }
                    }
                    rows << cells;
                } else {
                    walk(child, level + 1);
                }
            }
        };
        walk(node, depth);
        if (rows.isEmpty())
            return;
        QStringList lines;
        for (qsizetype r = 0; r < rows.size(); ++r) {
            lines << QStringLiteral("| %1 |").arg(rows[r].join(QStringLiteral(" | ")));
            if (r == 0)
                lines << QStringLiteral("|%1").arg(
                        QStringLiteral(" --- |").repeated(std::max<qsizetype>(1, rows[0].size())));
        }
        m_out << lines.join(QLatin1Char('\n'));
    }

    QStringList m_out;
    QString m_paragraph;
    QString m_prefix;
    QStringList m_leftOut;
    bool m_wroteTitle = false;
};

const GumboNode *findTag(const GumboNode *node, GumboTag tag, int depth = 0)
{
    if (depth > kMaxDepth || node->type != GUMBO_NODE_ELEMENT)
        return nullptr;
    if (tagOf(node) == tag)
        return node;
    const GumboVector &children = childrenOf(node);
    for (unsigned i = 0; i < children.length; ++i) {
        if (const GumboNode *found = findTag(static_cast<const GumboNode *>(children.data[i]), tag, depth + 1))
            return found;
    }
    return nullptr;
}

} // namespace

bool looksLikeHtml(const QByteArray &bytes)
{
    const QByteArray start = bytes.left(1024).trimmed().toLower();
    return start.startsWith("<!doctype html") || start.startsWith("<html") || start.startsWith("<?xml")
            || (start.startsWith('<')
                && (start.contains("<head") || start.contains("<body") || start.contains("<article")));
}

Result<HtmlPost> readHtmlPost(const QByteArray &html, const QString &fileName)
{
    if (roughDepth(html) > kMaxDepth / 2)
        return importError(fileName, 0,
                           Tr::tr("the page nests its elements more deeply than any web page; it is not read."));
    Output output(gumbo_parse_with_options(&kGumboDefaultOptions, html.constData(), size_t(html.size())), destroy);
    if (!output)
        return importError(fileName, 0, Tr::tr("the page could not be read as HTML."));
    Candidate named;
    int namedRank = -1;
    const GumboNode *article = nullptr;
    Candidate densest;
    findArticle(output->root, named, namedRank, article, densest, 0);
    const GumboNode *body = named.node ? named.node : article ? article : densest.node;
    if (!body)
        body = output->root;

    MarkdownWriter writer;
    QString markdown = writer.write(body);
    if (!writer.wroteTitle()) {
        // The title of the page (without the blog's name after a separator) heads the post.
        // A page's first <h1> outside the article is often the blog's logo: the <title> or the article's own
        // heading names the post, and the one that names a year is preferred.
        QStringList candidates;
        if (const GumboNode *h1 = findTag(output->root, GUMBO_TAG_H1))
            candidates << textOf(h1);
        if (const GumboNode *titleNode = findTag(output->root, GUMBO_TAG_TITLE))
            candidates << textOf(titleNode);
        for (QString &candidate : candidates)
            candidate
                    = candidate.section(QStringLiteral(" | "), 0, 0).section(QStringLiteral(" :: "), 0, 0).simplified();
        candidates.removeAll(QString());
        QString title = candidates.value(0);
        for (const QString &candidate : std::as_const(candidates)) {
            if (yearsignals::namedYear(candidate) > 0) {
                title = candidate;
                break;
            }
        }
        if (!title.isEmpty())
            markdown = QStringLiteral("# ") + title + QStringLiteral("\n\n") + markdown;
    }
    return HtmlPost{markdown, writer.leftOut()};
}

} // namespace hoego
