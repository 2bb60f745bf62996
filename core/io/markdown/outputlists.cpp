// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "outputlists.h"

#include "io/outputlinks.h"
#include "markdownblocks.h"
#include "vocabulary.h"

#include "model/outputkinds.h"

#include <QRegularExpression>

namespace hoego::outputlists {
namespace {

bool saysNotMade(const QString &lower)
{
    const QStringList words = Vocabulary::builtIn().notMadeWords();
    return std::any_of(words.cbegin(), words.cend(),
                       [&](const QString &word) { return Vocabulary::holdsWord(lower, word); });
}

const QRegularExpression &markdownLink()
{
    static const QRegularExpression link(QStringLiteral("\\[((?:[^\\]\\\\]|\\\\.)+)\\]\\(([^)\\s]+)\\)"));
    return link;
}

const QRegularExpression &bareAddress()
{
    static const QRegularExpression address(QStringLiteral("(?<![(<\\[])(https?://[^\\s<>]+)"));
    return address;
}

} // namespace

std::optional<QString> kindOfHeading(const QString &heading)
{
    // "11월 - 첫 외부 발표", "2023-05 Talk at PyCon": a dated heading is one event.
    static const QRegularExpression dated(QStringLiteral("^\\s*(\\d{1,2}\\s*월|\\d{4}\\s*[-./년]|\\d{1,2}[./]\\d)"));
    const QString lower = heading.toLower().simplified();
    if (saysNotMade(lower) || dated.match(lower).hasMatch())
        return std::nullopt;
    for (const QString &kind : outputkinds::builtinKeys()) {
        const QStringList phrases = Vocabulary::builtIn().outputHeadingWords(kind);
        if (std::any_of(phrases.cbegin(), phrases.cend(),
                        [&](const QString &phrase) { return Vocabulary::holdsWord(lower, phrase); }))
            return kind;
    }
    return std::nullopt;
}

bool isListOfLinks(const QString &heading, const QString &body)
{
    if (saysNotMade(heading.toLower().simplified()))
        return false;
    // A part with subheadings is split at them (expandPart); its lists are read there.
    if (!markdownblocks::headingsOf(body.split(QLatin1Char('\n'))).isEmpty())
        return false;
    const markdownblocks::Blocks blocks = markdownblocks::readBlocks(body, 1);
    if (blocks.items.size() < 2)
        return false;
    qsizetype linked = 0;
    for (const markdownblocks::Item &item : blocks.items) {
        if (markdownLink().match(item.text).hasMatch() || bareAddress().match(item.text).hasMatch())
            ++linked;
    }
    // Mostly links, and the list is what the part holds: a paragraph with a couple of links is prose.
    qsizetype prose = 0;
    for (const QString &line : blocks.prose)
        prose += line.trimmed().isEmpty() ? 0 : 1;
    return linked * 3 >= blocks.items.size() * 2 && prose <= blocks.items.size();
}

LinkedItem readItem(const QString &text, const QString &kind)
{
    LinkedItem item;
    QString rest = text.trimmed();
    if (const auto match = markdownLink().match(rest); match.hasMatch()) {
        item.link = QUrl(match.captured(2));
        const QString title = QString(match.captured(1))
                                      .replace(QStringLiteral("\\["), QStringLiteral("["))
                                      .replace(QStringLiteral("\\]"), QStringLiteral("]"));
        rest = rest.left(match.capturedStart()) + title + rest.mid(match.capturedEnd());
    } else if (const auto address = bareAddress().match(rest); address.hasMatch()) {
        QString url = address.captured(1);
        // Punctuation after an address ends the sentence, not the address.
        while (!url.isEmpty() && QStringLiteral(").,;>]").contains(url.back()))
            url.chop(1);
        item.link = QUrl(url);
        rest = rest.left(address.capturedStart()) + rest.mid(address.capturedEnd());
        rest.remove(QRegularExpression(QStringLiteral("[\\s:|—–(<\\[-]+$")));
        rest.remove(QRegularExpression(QStringLiteral("\\(\\s*\\)|<\\s*>|\\[\\s*\\]")));
    }
    if (!item.link.isValid())
        item.link = QUrl();
    const qsizetype dash = rest.lastIndexOf(QStringLiteral(" — "));
    if (dash > 0) {
        item.venue = rest.mid(dash + 3).trimmed();
        rest = rest.left(dash);
    }
    item.title = rest.simplified();
    for (const QString &mark : {QStringLiteral("**"), QStringLiteral("__")}) {
        if (item.title.size() > 4 && item.title.startsWith(mark) && item.title.endsWith(mark))
            item.title = item.title.mid(2, item.title.size() - 4).trimmed();
    }
    if (item.title.isEmpty() && !item.link.isEmpty())
        item.title = outputlinks::titleOf(item.link);
    const QString other = QStringLiteral("other");
    item.kind = !kind.isEmpty() ? kind : item.link.isEmpty() ? other : outputlinks::kindOf(item.link, other);
    return item;
}

} // namespace hoego::outputlists
