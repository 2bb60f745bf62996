// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "outputlists.h"

#include "io/outputlinks.h"
#include "markdownblocks.h"

#include <QRegularExpression>

#include <array>

namespace hoego::outputlists {
namespace {

struct HeadingWords
{
    const char *kind;
    std::array<const char *, 8> words; // lower case; unused entries are null
};

// Phrases that say the author made the things listed, not only a noun ("글" alone heads essays too).
constexpr std::array kHeadingWords{
        HeadingWords{"post", {"작성한 글", "쓴 글", "블로그 글", "발행한 글", "기고", "posts", "blog", "writing"}},
        HeadingWords{"talk", {"발표", "강연", "talks", "talk", "speaking", "presentations", nullptr, nullptr}},
        HeadingWords{"course",
                     {"강의한", "진행한 강의", "만든 강의", "courses i", "teaching", nullptr, nullptr, nullptr}},
        HeadingWords{"book", {"출간", "집필", "쓴 책", "books i", "my book", nullptr, nullptr, nullptr}},
        HeadingWords{"paper", {"논문", "papers", "publications", nullptr, nullptr, nullptr, nullptr, nullptr}},
        HeadingWords{"release", {"릴리스", "releases", nullptr, nullptr, nullptr, nullptr, nullptr, nullptr}},
};

// What was read, watched, taken or bookmarked: not made.
const QStringList &notMadeWords()
{
    static const QStringList words{
            QStringLiteral("읽은"),      QStringLiteral("읽을"),      QStringLiteral("들은"),
            QStringLiteral("수강"),      QStringLiteral("본 "),       QStringLiteral("추천"),
            QStringLiteral("참고"),      QStringLiteral("링크"),      QStringLiteral("북마크"),
            QStringLiteral("좋았던"),    QStringLiteral("reading"),   QStringLiteral("read "),
            QStringLiteral("watched"),   QStringLiteral("listened"),  QStringLiteral("favorite"),
            QStringLiteral("favourite"), QStringLiteral("recommend"), QStringLiteral("links"),
            QStringLiteral("reference"), QStringLiteral("bookmark"),  QStringLiteral("resources"),
            QStringLiteral("attended"),  QStringLiteral("목표"),      QStringLiteral("goal"),
    };
    return words;
}

bool saysNotMade(const QString &lower)
{
    const QString padded = lower + QLatin1Char(' ');
    return std::any_of(notMadeWords().cbegin(), notMadeWords().cend(),
                       [&](const QString &word) { return padded.contains(word); });
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
    for (const HeadingWords &entry : kHeadingWords) {
        for (const char *word : entry.words) {
            if (!word)
                continue;
            const QString phrase = QString::fromUtf8(word);
            // English words whole ("blog" but not "blogging about"), Korean phrases anywhere.
            const bool ascii = phrase.front().unicode() < 128;
            const bool found = ascii
                    ? QRegularExpression(
                              QStringLiteral("(?<![a-z])%1(?![a-z])").arg(QRegularExpression::escape(phrase)))
                              .match(lower)
                              .hasMatch()
                    : lower.contains(phrase);
            if (found)
                return QString::fromLatin1(entry.kind);
        }
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
