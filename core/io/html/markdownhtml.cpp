// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "markdownhtml.h"

#include <QRegularExpression>
#include <QStringList>

namespace hoego {
namespace {

const QRegularExpression kHeading(QStringLiteral("^(#{1,6})\\s+(.*?)\\s*#*$"));
const QRegularExpression kBullet(QStringLiteral("^\\s{0,3}[-*+]\\s+(.*)$"));
const QRegularExpression kNumbered(QStringLiteral("^\\s{0,3}\\d{1,3}[.)]\\s+(.*)$"));
const QRegularExpression kTask(QStringLiteral("^\\[([ xX])\\]\\s+(.*)$"));
const QRegularExpression kFence(QStringLiteral("^\\s{0,3}(```|~~~)"));

// Inline markup on already escaped text: code spans first (their content stays literal), then links, bold,
// italics and strike-through.
QString inlineHtml(const QString &raw)
{
    static const QRegularExpression code(QStringLiteral("`([^`]+)`"));
    static const QRegularExpression link(QStringLiteral("\\[([^\\]]+)\\]\\(((?:https?://|mailto:)[^\\s)\"<>]+)\\)"));
    static const QRegularExpression bold(QStringLiteral("\\*\\*(.+?)\\*\\*"));
    static const QRegularExpression italic(QStringLiteral("(?<![*\\w])\\*(?!\\s)(.+?)(?<!\\s)\\*(?![*\\w])"));
    static const QRegularExpression strike(QStringLiteral("~~(.+?)~~"));

    QStringList codes;
    QString text = raw;
    // Code spans are swapped for placeholders so the other rules leave them alone.
    QString withPlaceholders;
    qsizetype last = 0;
    auto it = code.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        withPlaceholders += escapeHtml(text.mid(last, m.capturedStart(0) - last));
        withPlaceholders += QStringLiteral("\x01%1\x01").arg(codes.size());
        codes << QStringLiteral("<code>%1</code>").arg(escapeHtml(m.captured(1)));
        last = m.capturedEnd(0);
    }
    withPlaceholders += escapeHtml(text.mid(last));
    text = withPlaceholders;
    // The link pattern runs on escaped text: a URL cannot contain a raw quote or angle bracket any more.
    text.replace(link, QStringLiteral("<a href=\"\\2\">\\1</a>"));
    text.replace(bold, QStringLiteral("<strong>\\1</strong>"));
    text.replace(italic, QStringLiteral("<em>\\1</em>"));
    text.replace(strike, QStringLiteral("<del>\\1</del>"));
    for (qsizetype i = 0; i < codes.size(); ++i)
        text.replace(QStringLiteral("\x01%1\x01").arg(i), codes[i]);
    return text;
}

class Renderer
{
public:
    QString render(const QString &markdown)
    {
        QString text = markdown;
        text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
        const QStringList lines = text.split(QLatin1Char('\n'));
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QString &line = lines[i];
            if (m_inCode) {
                if (kFence.match(line).hasMatch()) {
                    m_out << QStringLiteral("</code></pre>");
                    m_inCode = false;
                } else {
                    m_out << escapeHtml(line);
                }
                continue;
            }
            if (kFence.match(line).hasMatch()) {
                closeBlocks();
                m_out << QStringLiteral("<pre><code>");
                m_inCode = true;
                continue;
            }
            if (line.trimmed().isEmpty()) {
                closeParagraph();
                closeQuote();
                m_blankInList = m_list != List::None;
                continue;
            }
            if (const auto h = kHeading.match(line); h.hasMatch()) {
                closeBlocks();
                // Headings inside user text sit below the exporter's own h2 headings.
                const int level = qMin(6, int(h.captured(1).size()) + 2);
                m_out << QStringLiteral("<h%1>%2</h%1>").arg(level).arg(inlineHtml(h.captured(2)));
                continue;
            }
            if (line.startsWith(QLatin1Char('>'))) {
                closeParagraph();
                closeList();
                if (!m_inQuote) {
                    m_out << QStringLiteral("<blockquote>");
                    m_inQuote = true;
                }
                m_out << QStringLiteral("<p>%1</p>").arg(inlineHtml(line.mid(1).trimmed()));
                continue;
            }
            const auto bullet = kBullet.match(line);
            const auto numbered = kNumbered.match(line);
            if (bullet.hasMatch() || numbered.hasMatch()) {
                closeParagraph();
                closeQuote();
                const List kind = bullet.hasMatch() ? List::Bullet : List::Numbered;
                if (m_list != kind) {
                    closeList();
                    m_out << (kind == List::Bullet ? QStringLiteral("<ul>") : QStringLiteral("<ol>"));
                    m_list = kind;
                }
                QString item = bullet.hasMatch() ? bullet.captured(1) : numbered.captured(1);
                if (const auto task = kTask.match(item); task.hasMatch()) {
                    const bool done = task.captured(1) != QLatin1String(" ");
                    m_out << QStringLiteral("<li class=\"task\">%1 %2</li>")
                                     .arg(done ? QStringLiteral("&#9745;") : QStringLiteral("&#9744;"),
                                          inlineHtml(task.captured(2)));
                } else {
                    m_out << QStringLiteral("<li>%1</li>").arg(inlineHtml(item));
                }
                m_blankInList = false;
                continue;
            }
            if (m_list != List::None && (line.startsWith(QLatin1Char(' ')) || !m_blankInList) && !m_out.isEmpty()) {
                // A continuation of the last list item.
                QString &lastItem = m_out.last();
                lastItem.insert(lastItem.size() - 5, QStringLiteral("<br>") + inlineHtml(line.trimmed()));
                continue;
            }
            closeList();
            closeQuote();
            if (!m_inParagraph) {
                m_out << QStringLiteral("<p>");
                m_inParagraph = true;
                m_out.last() += inlineHtml(line.trimmed());
            } else {
                m_out.last() += QStringLiteral("<br>") + inlineHtml(line.trimmed());
            }
        }
        if (m_inCode)
            m_out << QStringLiteral("</code></pre>");
        closeBlocks();
        return m_out.join(QLatin1Char('\n'));
    }

private:
    enum class List { None, Bullet, Numbered };

    void closeParagraph()
    {
        if (m_inParagraph)
            m_out.last() += QStringLiteral("</p>");
        m_inParagraph = false;
    }
    void closeList()
    {
        if (m_list != List::None)
            m_out << (m_list == List::Bullet ? QStringLiteral("</ul>") : QStringLiteral("</ol>"));
        m_list = List::None;
        m_blankInList = false;
    }
    void closeQuote()
    {
        if (m_inQuote)
            m_out << QStringLiteral("</blockquote>");
        m_inQuote = false;
    }
    void closeBlocks()
    {
        closeParagraph();
        closeList();
        closeQuote();
    }

    QStringList m_out;
    List m_list = List::None;
    bool m_inParagraph = false;
    bool m_inQuote = false;
    bool m_inCode = false;
    bool m_blankInList = false;
};

} // namespace

QString escapeHtml(const QString &text)
{
    return text.toHtmlEscaped();
}

QString markdownToHtml(const QString &markdown)
{
    return Renderer().render(markdown);
}

} // namespace hoego
