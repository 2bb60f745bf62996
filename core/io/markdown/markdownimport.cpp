// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "markdownimport.h"

#include "eventshapes.h"
#include "frontmatter.h"
#include "markdownblocks.h"
#include "markdownexport.h"
#include "outputlists.h"
#include "plaintextpost.h"
#include "postshapes.h"
#include "vocabulary.h"
#include "yearsignals.h"

#include "validation.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <optional>

// Reads a post into its parts: front matter, title, summary and introduction, then one part per heading at the
// part level, split further where subheadings name a kind. The blocks come from cmark-gfm (markdownblocks).
namespace hoego {
namespace {

using markdownblocks::TopBlock;

// Names the context of this file's strings for tr() and for lupdate alike.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hoego::MarkdownImport)
};

bool hasHangul(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0xAC00 && c.unicode() <= 0xD7A3)
            return true;
    }
    return false;
}

// The headings of `lines` from `start` on, with line numbers of the whole text.
QList<TopBlock> headingsFrom(const QStringList &lines, qsizetype start)
{
    QList<TopBlock> headings = markdownblocks::headingsOf(lines.mid(start));
    for (TopBlock &heading : headings) {
        heading.first += start;
        heading.last += start;
        heading.heading = heading.heading.simplified();
    }
    return headings;
}

// What a part whose heading says nothing holds, by its shape: a table of months ("| 월 | 한 일 |") lists events,
// a list of lines that mostly end in "?" questions. A part with headings of its own is split, not judged whole.
MarkdownPart::Kind kindByShape(const QString &body, int year)
{
    const QStringList lines = body.split(QLatin1Char('\n'));
    if (!markdownblocks::headingsOf(lines).isEmpty())
        return MarkdownPart::Kind::Section;
    const QList<markdownblocks::Item> listed = markdownblocks::readBlocks(body, 0).items;
    QList<markdownblocks::Item> rows = markdownblocks::readBlocks(body, 0, markdownblocks::Tables::Items).items;
    rows.removeIf([&listed](const markdownblocks::Item &row) {
        return std::any_of(listed.cbegin(), listed.cend(),
                           [&row](const markdownblocks::Item &item) { return item.first == row.first; });
    });
    const auto dated = std::count_if(rows.cbegin(), rows.cend(), [year](const markdownblocks::Item &row) {
        PartialDate date;
        eventshapes::takeDate(row.text, year, &date);
        return date.precision() != PartialDate::Precision::Year;
    });
    if (rows.size() >= 2 && dated * 2 > rows.size())
        return MarkdownPart::Kind::Events;
    const auto asked = std::count_if(listed.cbegin(), listed.cend(), [](const markdownblocks::Item &item) {
        const QString text = markdownblocks::withoutTaskBox(item).trimmed();
        return text.endsWith(QLatin1Char('?')) || text.endsWith(QChar(0xFF1F));
    });
    if (listed.size() >= 2 && asked * 2 > listed.size())
        return MarkdownPart::Kind::Questions;
    return MarkdownPart::Kind::Section;
}

MarkdownPart partOf(const TopBlock &heading, const QStringList &lines, qsizetype end, int firstLine, int year)
{
    MarkdownPart part;
    part.heading = heading.heading;
    part.line = firstLine + int(heading.first);
    part.level = heading.level;
    part.detected = detectPartKind(part.heading);
    part.kind = part.detected;
    part.goalYear = goalYearOf(part.heading, year);
    part.bodyLine = firstLine + int(heading.last) + 1;
    part.body = lines.mid(heading.last + 1, end - heading.last - 1).join(QLatin1Char('\n'));
    // A list that is mostly links, under a heading that says nothing else, is what the author made (issue 13).
    if (part.detected == MarkdownPart::Kind::Section && outputlists::isListOfLinks(part.heading, part.body))
        part.detected = part.kind = MarkdownPart::Kind::Outputs;
    if (part.detected == MarkdownPart::Kind::Section)
        part.detected = part.kind = kindByShape(part.body, year);
    return part;
}

// Whether a goal heading says whose year its goals are: it names a year, or this or next year in words
// ("2022 목표 돌아보기", "내년 목표").
bool namesGoalYear(const QString &heading)
{
    const Vocabulary &vocabulary = Vocabulary::builtIn();
    const auto holdsAny = [&heading](const QStringList &words) {
        return std::any_of(words.cbegin(), words.cend(),
                           [&heading](const QString &word) { return heading.contains(word, Qt::CaseInsensitive); });
    };
    return yearsignals::namedYear(heading) > 0 || holdsAny(vocabulary.thisYearWords())
            || holdsAny(vocabulary.nextYearWords());
}

} // namespace

void expandPart(MarkdownPart part, int documentYear, QList<MarkdownPart> *out)
{
    if (part.detected == MarkdownPart::Kind::Events || part.detected == MarkdownPart::Kind::TechEvents)
        part.body = eventshapes::datedHeadingsToItems(part.body, documentYear);
    const QStringList lines = part.body.split(QLatin1Char('\n'));
    const QList<TopBlock> headings = headingsFrom(lines, 0);
    // A goals part holding a review of this year's goals and next year's under subheadings (## 목표 › ### 2022
    // 목표 돌아보기, ### 2023 목표) is split there, so that each list goes to the year its own heading names.
    const bool goalsOfYears = part.detected == MarkdownPart::Kind::Goals
            && std::any_of(headings.begin(), headings.end(),
                           [](const TopBlock &heading) { return namesGoalYear(heading.heading); });
    if (part.detected != MarkdownPart::Kind::Section && !goalsOfYears) {
        *out << part;
        return;
    }
    // A section whose subheadings name a kind (### 있었던 일 inside ## 2023년 돌아보기) is split at the level of
    // its first subheadings: each becomes a part of its own, the text above them stays with the section.
    const bool anyRecognised = std::any_of(headings.begin(), headings.end(), [](const TopBlock &heading) {
        return detectPartKind(heading.heading) != MarkdownPart::Kind::Section;
    });
    if (!anyRecognised && !goalsOfYears) {
        *out << part;
        return;
    }
    int childLevel = 7;
    for (const TopBlock &heading : headings)
        childLevel = std::min(childLevel, heading.level);
    QList<TopBlock> children;
    for (const TopBlock &heading : headings) {
        if (heading.level == childLevel)
            children << heading;
    }
    const QString above = lines.mid(0, children.first().first).join(QLatin1Char('\n'));
    // A goals part split by year stays in the tree even when empty: it is where its goals were (## 목표).
    if (!above.trimmed().isEmpty() || goalsOfYears) {
        MarkdownPart parent = part;
        parent.body = above;
        *out << parent;
    }
    for (qsizetype c = 0; c < children.size(); ++c) {
        const qsizetype end = c + 1 < children.size() ? children[c + 1].first : lines.size();
        MarkdownPart child = partOf(children[c], lines, end, part.bodyLine, documentYear);
        if (goalsOfYears) {
            // Every subheading of a goals part lists goals: of the year it names, else of the part's year.
            child.detected = child.kind = MarkdownPart::Kind::Goals;
            child.goalYear = namesGoalYear(child.heading) ? goalYearOf(child.heading, documentYear) : part.goalYear;
        }
        expandPart(child, documentYear, out);
    }
}

Result<MarkdownDocument> parseMarkdownRetrospective(const QString &source, const QString &fileName, int givenYear)
{
    MarkdownDocument document;
    document.fileName = fileName;
    QString text = source;
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    QStringList lines = text.split(QLatin1Char('\n'));
    document.language = hasHangul(text) ? i18n::Language::Korean : i18n::Language::English;

    const FrontMatter front = readFrontMatter(lines);
    const qsizetype start = front.bodyStart;
    // Tags that name a subject ("LLM") become the year's themes; those that only say what the post is ("회고",
    // "2024") are listed as left out.
    const QStringList genericTags = Vocabulary::builtIn().genericPostTags();
    for (const QString &tag : front.tags) {
        const bool onlyAYear = yearsignals::namedYear(tag) > 0 && tag.size() == 4;
        if (onlyAYear || genericTags.contains(tag.toLower()))
            document.leftOut << QLatin1Char('#') + tag;
        else
            document.tags << tag;
    }
    document.tagsLine = front.tagsLine;

    if (front.title.isEmpty())
        document.leftOut << readAsPlainText(lines, start);
    QList<TopBlock> headings = headingsFrom(lines, start);

    // The title is the first `#` heading, wherever it is. Parts are the other headings at the part level or
    // above: `#` when the first other heading is a `#` (a post written all in `#`), else the shallowest level
    // below `#`. So a later `#` heading is one more part, never the end of the post, and deeper headings stay
    // inside their part.
    qsizetype titleIndex = -1;
    QString titleLine = front.title;
    int titleLineNumber = front.title.isEmpty() ? 1 : front.titleLine;
    for (qsizetype h = 0; h < headings.size(); ++h) {
        if (headings[h].level == 1) {
            titleIndex = headings[h].first;
            titleLine = headings[h].heading;
            titleLineNumber = int(titleIndex) + 1;
            // A setext title's underline goes with it.
            for (qsizetype i = headings[h].first + 1; i <= headings[h].last; ++i)
                lines[i].clear();
            headings.removeAt(h);
            break;
        }
    }

    // Text copied out of a page has no # heading: its first line is the title when it names the year.
    if (titleIndex < 0 && titleLine.isEmpty()) {
        qsizetype first = start;
        while (first < lines.size() && lines[first].trimmed().isEmpty())
            ++first;
        const bool isHeading = std::any_of(headings.cbegin(), headings.cend(),
                                           [first](const TopBlock &heading) { return heading.first == first; });
        if (first < lines.size() && !isHeading && yearsignals::namedYear(lines[first]) > 0
            && lines[first].trimmed().size() <= validation::kMaxTitleLength) {
            titleIndex = first;
            titleLine = lines[first].trimmed();
            titleLineNumber = int(first) + 1;
        }
    }
    document.year = givenYear;
    if (document.year == 0) {
        QStringList headingTexts;
        for (const TopBlock &heading : std::as_const(headings))
            headingTexts << heading.heading;
        document.year
                = yearsignals::yearOfPost({titleLine, front.title, front.date, lines.mid(start, 8), headingTexts});
    }
    // Copied text whose first line names no year but is dated on the next ("한 해를 정리하며", "2025. 1. 3."):
    // the first line is still the title.
    if (titleIndex < 0 && titleLine.isEmpty()) {
        qsizetype first = start;
        while (first < lines.size() && lines[first].trimmed().isEmpty())
            ++first;
        if (first + 1 < lines.size() && yearsignals::isDateLine(lines[first + 1])
            && lines[first].trimmed().size() <= validation::kMaxTitleLength
            && !lines[first].startsWith(QLatin1Char('#'))) {
            titleIndex = first;
            titleLine = lines[first].trimmed();
            titleLineNumber = int(first) + 1;
        }
    }
    if (document.year < kMinYear || document.year > kMaxYear)
        return importError(fileName, titleLineNumber,
                           Tr::tr("no year found in the title (\"%1\"). Give the year, e.g. with --year.")
                                   .arg(titleLine.left(80)));

    // "2025년 회고 — 제목", "My 2025 in review: Title": the part after the generic words is the title.
    static const QRegularExpression generic(
            QStringLiteral(
                    "^(?:\\d{4}\\s*년?\\s*(?:회고|돌아보기|결산)|my\\s+\\d{4}\\s+in\\s+review|\\d{4}\\s+in\\s+review|"
                    "\\d{4}\\s+year\\s+in\\s+review)\\s*(?:[—–:|-]\\s*(.*))?$"),
            QRegularExpression::CaseInsensitiveOption);
    if (const auto m = generic.match(titleLine); m.hasMatch())
        document.title = m.captured(1).simplified();
    else
        document.title = titleLine.simplified();
    if (auto checked = validation::line(document.title, Tr::tr("The title")); !checked.ok())
        return importError(fileName, titleLineNumber, checked.error().message);

    int partLevel = !headings.isEmpty() && headings.first().level == 1 ? 1 : 0;
    for (const TopBlock &heading : std::as_const(headings)) {
        if (partLevel != 1 && heading.level >= 2 && (partLevel == 0 || heading.level < partLevel))
            partLevel = heading.level;
    }
    document.partLevel = partLevel > 0 ? partLevel : kPartHeadingLevel;
    QList<TopBlock> parts;
    for (const TopBlock &heading : std::as_const(headings)) {
        if (heading.level <= document.partLevel)
            parts << heading;
    }

    // A quote right under the title (or at the top, without one) is the one-line summary. The title and summary
    // lines are blanked, not removed, so every other line keeps its number.
    const qsizetype firstPart = parts.isEmpty() ? lines.size() : parts.first().first;
    // A Notion page: its property lines are page furniture, listed as left out; a callout that opens it is
    // the summary when no quote gives one.
    const qsizetype afterTitle = titleIndex >= 0 ? titleIndex + 1 : start;
    document.leftOut << postshapes::takeNotionProperties(lines, afterTitle, firstPart);
    QString callout;
    qsizetype opening = afterTitle;
    while (opening < firstPart && lines[opening].trimmed().isEmpty())
        ++opening;
    if (opening < firstPart && !lines[opening].startsWith(QLatin1Char('>'))) {
        const QStringList beforeCallout = lines;
        callout = postshapes::takeOpeningCallout(lines, afterTitle, firstPart);
        if (!callout.isEmpty() && !validation::line(callout, {}).ok()) {
            lines = beforeCallout; // too long for a summary: it stays with the introduction
            callout.clear();
        }
    }
    if (titleIndex < firstPart) {
        qsizetype i = titleIndex >= 0 ? titleIndex + 1 : start;
        while (i < firstPart && lines[i].trimmed().isEmpty())
            ++i;
        const qsizetype summaryStart = i;
        QStringList quote;
        while (i < firstPart && lines[i].startsWith(QLatin1Char('>'))) {
            quote << lines[i].mid(1);
            lines[i++].clear();
        }
        document.summary = quote.join(QLatin1Char(' ')).simplified();
        if (document.summary.isEmpty())
            document.summary = callout;
        if (auto checked = validation::line(document.summary, Tr::tr("The summary")); !checked.ok())
            return importError(fileName, int(summaryStart) + 1, checked.error().message);
    }
    if (titleIndex >= 0)
        lines[titleIndex].clear();

    // Other text before the first part, before the title too, is the introduction.
    qsizetype introStart = start;
    while (introStart < firstPart && lines[introStart].trimmed().isEmpty())
        ++introStart;
    document.introLine = int(introStart) + 1;
    document.intro = lines.mid(introStart, firstPart - introStart).join(QLatin1Char('\n')).trimmed();

    for (qsizetype p = 0; p < parts.size(); ++p) {
        if (auto checked = validation::line(parts[p].heading, Tr::tr("The heading")); !checked.ok())
            return importError(fileName, int(parts[p].first) + 1, checked.error().message);
        const qsizetype end = p + 1 < parts.size() ? parts[p + 1].first : lines.size();
        expandPart(partOf(parts[p], lines, end, 1, document.year), document.year, &document.parts);
    }
    return document;
}

} // namespace hoego
