// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "markdownimport.h"

#include "postshapes.h"

#include "io/reportwords.h"
#include "markdownexport.h"
#include "model/outputkinds.h"
#include "validation.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <optional>

namespace hoego {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("hoego::MarkdownImport", text);
}

using Kind = MarkdownPart::Kind;
namespace words = reportwords;

// A line may be megabytes long, so only patterns that cannot backtrack far run on one: anchored ones with a
// single way to match. Headings and the suffixes of a line (tags, counts, parentheses) are read by hand.
const QRegularExpression kItem(QStringLiteral("^ {0,3}([-*+]|\\d{1,3}[.)])\\s+(.*)$"));
const QRegularExpression kYear(QStringLiteral("(?<!\\d)(1[9]\\d\\d|2[0-2]\\d\\d)(?!\\d)"));
const QRegularExpression kCheckbox(QStringLiteral("^\\[([ xX])\\]\\s+(.*)$"));
const QRegularExpression kLinkOnly(QStringLiteral("^\\[([^\\]]*)\\]\\(([^)\\s]+)\\)$"));
const QRegularExpression kIsoDate(QStringLiteral("(\\d{4}-\\d{2}-\\d{2})"));

bool isBlank(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t');
}

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

struct Heading
{
    int level = 0;
    QString text;
};

// An ATX heading: one to six `#` at the start of the line, a space or tab, the text, and an optional closing
// run of `#` after a space. Read in one pass: the regex this replaces backtracked over runs of spaces or `#`,
// so a 4 MB file of long heading lines took most of a minute.
std::optional<Heading> readHeading(const QString &line)
{
    qsizetype level = 0;
    while (level < line.size() && line[level] == QLatin1Char('#'))
        ++level;
    if (level == 0 || level > 6 || level == line.size() || !isBlank(line[level]))
        return std::nullopt;
    qsizetype begin = level;
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
    return Heading{int(level), line.mid(begin, end - begin)};
}

// Trailing " #tag #tag" words of an event line, read back from the end; the line keeps the rest.
QStringList takeTrailingTags(QString *text)
{
    QStringList tags;
    qsizetype end = text->size();
    while (true) {
        qsizetype start = end;
        while (start > 0 && !text->at(start - 1).isSpace())
            --start;
        const QStringView word = QStringView(*text).mid(start, end - start);
        if (start == 0 || word.size() < 2 || word[0] != QLatin1Char('#') || word.mid(1).contains(QLatin1Char('#')))
            break;
        tags.prepend(word.toString());
        end = start;
        while (end > 0 && text->at(end - 1).isSpace())
            --end;
    }
    text->truncate(end);
    return tags;
}

// Where a "(...)" that ends the line starts, spaces before it included, with what is inside; -1 if none.
qsizetype trailingParens(const QString &text, QString *inside)
{
    qsizetype end = text.size();
    while (end > 0 && text[end - 1].isSpace())
        --end;
    if (end == 0 || text[end - 1] != QLatin1Char(')'))
        return -1;
    qsizetype open = end - 1;
    while (open > 0 && text[open - 1] != QLatin1Char('(') && text[open - 1] != QLatin1Char(')'))
        --open;
    if (open == 0 || text[open - 1] != QLatin1Char('('))
        return -1;
    *inside = text.mid(open, end - 1 - open);
    qsizetype start = open - 1;
    while (start > 0 && text[start - 1].isSpace())
        --start;
    return start;
}

// Where a count that ends a goal line (" — 3/12" or "(3/12)", up to six digits each) starts; -1 if none.
qsizetype trailingRatio(const QString &text, int *current, int *target)
{
    const auto digitsBefore = [&text](qsizetype pos) {
        qsizetype start = pos;
        while (start > 0 && pos - start <= 6 && isAsciiDigit(text[start - 1]))
            --start;
        return start;
    };
    qsizetype end = text.size();
    while (end > 0 && text[end - 1].isSpace())
        --end;
    const bool inParens = end > 0 && text[end - 1] == QLatin1Char(')');
    if (inParens)
        --end;
    const qsizetype targetStart = digitsBefore(end);
    if (targetStart == end || end - targetStart > 6 || targetStart == 0 || text[targetStart - 1] != QLatin1Char('/'))
        return -1;
    const qsizetype slash = targetStart - 1;
    qsizetype start = digitsBefore(slash);
    if (start == slash || slash - start > 6 || start == 0)
        return -1;
    *current = text.mid(start, slash - start).toInt();
    *target = text.mid(targetStart, end - targetStart).toInt();
    if (inParens) {
        if (text[start - 1] != QLatin1Char('('))
            return -1;
        --start;
    } else {
        // " — " between the title and the count: spaces, a dash, spaces
        const qsizetype afterDash = start;
        while (start > 0 && text[start - 1].isSpace())
            --start;
        if (start == afterDash || start == 0 || !QStringLiteral("—–-").contains(text[start - 1]))
            return -1;
        const qsizetype dash = --start;
        while (start > 0 && text[start - 1].isSpace())
            --start;
        if (start == dash)
            return -1;
        return start;
    }
    while (start > 0 && text[start - 1].isSpace())
        --start;
    return start;
}

bool containsAny(const QString &text, const QStringList &needles)
{
    for (const QString &needle : needles) {
        if (text.contains(needle, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool hasHangul(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0xAC00 && c.unicode() <= 0xD7A3)
            return true;
    }
    return false;
}

QString stripEmphasis(QString text)
{
    text = text.trimmed();
    for (const QString &mark : {QStringLiteral("**"), QStringLiteral("__")}) {
        if (text.size() > 4 && text.startsWith(mark) && text.endsWith(mark))
            text = text.mid(2, text.size() - 4).trimmed();
    }
    return text;
}

// A list item with its continuation lines (dedented) and their line numbers, under the subheading it appeared
// after.
struct Item
{
    QString text;
    QStringList children;
    QList<int> childLines;
    int line = 0;
    QString group;
};

struct Blocks
{
    QList<Item> items;
    QStringList prose;
};

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
    while (i < line.size() && removed < amount && (line[i] == QLatin1Char(' ') || line[i] == QLatin1Char('\t'))) {
        removed += line[i] == QLatin1Char('\t') ? 4 : 1;
        ++i;
    }
    return line.mid(i);
}

Blocks parseBlocks(const QString &body, int firstLine)
{
    Blocks blocks;
    const QStringList lines = body.split(QLatin1Char('\n'));
    Item *current = nullptr;
    int contentIndent = 2;
    bool pendingBlank = false;
    bool inFence = false;
    QString group;
    const auto addChild = [&current](const QString &text, int line) {
        current->children << text;
        current->childLines << line;
    };
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &line = lines[i];
        const int lineNumber = firstLine + int(i);
        const bool fence = isFenceLine(line);
        if (fence)
            inFence = !inFence;
        if (inFence || fence) {
            // A blank line inside fenced code under an item (notes written with their own code) stays with it
            if (current && (indentOf(line) >= contentIndent || line.trimmed().isEmpty()))
                addChild(dedent(line, contentIndent), lineNumber);
            else {
                current = nullptr;
                blocks.prose << line;
            }
            continue;
        }
        if (line.trimmed().isEmpty()) {
            pendingBlank = true;
            continue;
        }
        if (const auto heading = readHeading(line)) {
            current = nullptr;
            group = heading->text.simplified();
            pendingBlank = false;
            continue;
        }
        const auto item = kItem.match(line);
        const int indent = indentOf(line);
        if (item.hasMatch() && indent < 2) {
            blocks.items.append(Item{item.captured(2).trimmed(), {}, {}, lineNumber, group});
            current = &blocks.items.last();
            contentIndent = int(item.capturedStart(2));
            pendingBlank = false;
            continue;
        }
        if (current && (indent >= 2 || !pendingBlank)) {
            if (pendingBlank)
                addChild(QString(), lineNumber - 1);
            addChild(dedent(line, qMin(indent, contentIndent)), lineNumber);
            pendingBlank = false;
            continue;
        }
        current = nullptr;
        if (pendingBlank && !blocks.prose.isEmpty())
            blocks.prose << QString();
        blocks.prose << line;
        pendingBlank = false;
    }
    return blocks;
}

QString itemText(const Item &item)
{
    QStringList parts{item.text};
    for (const QString &child : item.children)
        parts << child;
    return parts.join(QLatin1Char(' ')).simplified();
}

int monthFromEnglish(const QString &name)
{
    static const QStringList months{QStringLiteral("jan"), QStringLiteral("feb"), QStringLiteral("mar"),
                                    QStringLiteral("apr"), QStringLiteral("may"), QStringLiteral("jun"),
                                    QStringLiteral("jul"), QStringLiteral("aug"), QStringLiteral("sep"),
                                    QStringLiteral("oct"), QStringLiteral("nov"), QStringLiteral("dec")};
    return int(months.indexOf(name.left(3).toLower())) + 1;
}

// Reads a date at the start of an event line ("**3월 14일**", "2023-03-14", "March 14:", "3월:") and returns
// the rest of the line; the date stays year-precise when none is found.
QString takeDate(const QString &text, int year, PartialDate *date)
{
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})[-./](\\d{1,2})(?:[-./](\\d{1,2}))?\\.?"));
    static const QRegularExpression korean(QStringLiteral("^(\\d{1,2})\\s*월(?:\\s*(\\d{1,2})\\s*일)?"));
    static const QRegularExpression english(
            QStringLiteral("^(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:"
                           "ember)?)?|"
                           "Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?(?:\\s+(\\d{1,2})(?:st|nd|rd|th)?)?(?![a-z])"),
            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression separator(QStringLiteral("^\\s*[:·\\-–—|]?\\s*"));

    QString rest = text.trimmed();
    QString candidate = rest;
    bool bold = false;
    if (rest.startsWith(QLatin1String("**"))) {
        const qsizetype end = rest.indexOf(QLatin1String("**"), 2);
        if (end > 2) {
            candidate = rest.mid(2, end - 2).trimmed();
            bold = true;
            rest = rest.mid(end + 2);
        }
    }
    PartialDate found;
    qsizetype used = 0;
    if (const auto m = iso.match(candidate); m.hasMatch() && m.captured(1).toInt() == year) {
        const int month = m.captured(2).toInt();
        found = m.captured(3).isEmpty() ? PartialDate::ofMonth(year, month)
                                        : PartialDate::ofDay(year, month, m.captured(3).toInt());
        used = m.capturedLength(0);
    } else if (const auto k = korean.match(candidate); k.hasMatch()) {
        const int month = k.captured(1).toInt();
        found = k.captured(2).isEmpty() ? PartialDate::ofMonth(year, month)
                                        : PartialDate::ofDay(year, month, k.captured(2).toInt());
        used = k.capturedLength(0);
    } else if (const auto e = english.match(candidate); e.hasMatch()) {
        const int month = monthFromEnglish(e.captured(1));
        found = e.captured(2).isEmpty() ? PartialDate::ofMonth(year, month)
                                        : PartialDate::ofDay(year, month, e.captured(2).toInt());
        used = e.capturedLength(0);
    }
    if (!found.isValid() || (bold && used < candidate.size())) {
        *date = PartialDate::ofYear(year);
        return text.trimmed();
    }
    *date = found;
    if (!bold)
        rest = candidate.mid(used);
    return rest.remove(separator).trimmed();
}

// Parses "(완료 2026-04-05)", "(dropped: reason)", "(이월)" suffixes off a goal line.
void takeGoalSuffixes(QString *title, Goal *goal)
{
    while (true) {
        QString inside;
        const qsizetype start = trailingParens(*title, &inside);
        if (start < 0)
            return;
        inside = inside.trimmed();
        const auto startsWithWord = [&inside](const QStringList &options) {
            for (const QString &option : options) {
                if (inside.startsWith(option, Qt::CaseInsensitive))
                    return int(option.size());
            }
            return -1;
        };
        if (int n = startsWithWord(postshapes::doneWords()); n >= 0) {
            goal->status = GoalStatus::Done;
            if (const auto date = kIsoDate.match(inside.mid(n)); date.hasMatch())
                goal->doneOn = QDate::fromString(date.captured(1), Qt::ISODate);
        } else if (int d = startsWithWord(postshapes::droppedWords()); d >= 0) {
            goal->status = GoalStatus::Dropped;
            QString reason = inside.mid(d).trimmed();
            if (reason.startsWith(QLatin1Char(':')))
                reason = reason.mid(1).trimmed();
            goal->dropReason = reason;
        } else if (startsWithWord(postshapes::carriedWords()) >= 0) {
            goal->status = GoalStatus::CarriedOver;
        } else {
            return;
        }
        title->truncate(start);
    }
}

QDate defaultDoneDate(int year)
{
    const QDate endOfYear(year, 12, 31);
    return endOfYear < QDate::currentDate() ? endOfYear : QDate::currentDate();
}

// A goal read from its task-list item, with the line the writer should name if it refuses the goal.
struct GoalItem
{
    Goal goal;
    int faultLine = 0;
};

// Directly under a goal, "- [ ] ..." items are milestones and "- [label](url)" items evidence links; every
// other line goes to the notes, in order. Lines nested under a milestone or a link go to the notes too, below
// a "- <its title>" line that names it, so none is lost.
GoalItem goalFromItem(const Item &item, int year, int partLevel)
{
    Goal goal;
    QString text = item.text;
    bool checked = false;
    if (const auto box = kCheckbox.match(text); box.hasMatch()) {
        checked = box.captured(1) != QLatin1String(" ");
        text = box.captured(2);
    }
    takeGoalSuffixes(&text, &goal);
    int current = -1;
    int target = -1;
    if (const qsizetype ratio = trailingRatio(text, &current, &target); ratio >= 0)
        text.truncate(ratio);
    text = text.trimmed();
    const bool plain = text.endsWith(postshapes::plainGoalMarker());
    if (plain)
        text = text.chopped(postshapes::plainGoalMarker().size()).trimmed();
    // A reworded goal keeps its new wording; the old one opens its notes, struck through as the author wrote it.
    QString previousWording;
    if (const auto reworded = postshapes::readRewording(text)) {
        text = reworded->title;
        previousWording = QStringLiteral("~~") + reworded->previous + QStringLiteral("~~");
    }
    if (text.size() > 4 && text.startsWith(QLatin1String("~~")) && text.endsWith(QLatin1String("~~"))) {
        text = text.mid(2, text.size() - 4);
        if (goal.status == GoalStatus::Open)
            goal.status = GoalStatus::Dropped;
    }
    if (checked && goal.status == GoalStatus::Open)
        goal.status = GoalStatus::Done;
    if (goal.status == GoalStatus::Done && !goal.doneOn.isValid())
        goal.doneOn = defaultDoneDate(year);
    goal.title = stripEmphasis(text).simplified();

    QList<int> milestoneLines;
    QList<int> linkLines;
    QStringList notes;
    QStringList owned; // lines nested under the last milestone or link
    QString owner;
    bool hasOwner = false;
    const auto closeOwner = [&]() {
        if (!owned.isEmpty())
            notes << QStringLiteral("- ") + owner << owned;
        owned.clear();
        hasOwner = false;
    };
    bool inFence = false;
    int blanks = 0;
    for (qsizetype k = 0; k < item.children.size(); ++k) {
        const QString &line = item.children[k];
        if (!inFence && line.trimmed().isEmpty()) {
            ++blanks;
            continue;
        }
        const QStringList gap(blanks, QString());
        blanks = 0;
        const bool fence = isFenceLine(line);
        const bool topLevel = !inFence && !fence && indentOf(line) < 2;
        const auto listed = topLevel ? kItem.match(line) : QRegularExpressionMatch();
        if (listed.hasMatch()) {
            const QString content = listed.captured(2).trimmed();
            if (const auto link = kLinkOnly.match(content); link.hasMatch()) {
                closeOwner();
                EvidenceLink evidence;
                evidence.label = link.captured(1).simplified();
                evidence.url = QUrl(link.captured(2));
                goal.links << evidence;
                linkLines << item.childLines.value(k, item.line);
                owner = evidence.label.isEmpty() ? link.captured(2) : evidence.label;
                hasOwner = true;
                continue;
            }
            if (const auto box = kCheckbox.match(content); box.hasMatch()) {
                closeOwner();
                Milestone milestone;
                QString title = box.captured(2);
                milestone.done = box.captured(1) != QLatin1String(" ");
                QString inside;
                if (const qsizetype at = trailingParens(title, &inside); at >= 0) {
                    if (const auto date = kIsoDate.match(inside); date.hasMatch()) {
                        milestone.doneOn = QDate::fromString(date.captured(1), Qt::ISODate);
                        title.truncate(at);
                    }
                }
                milestone.title = title.simplified();
                goal.milestones << milestone;
                milestoneLines << item.childLines.value(k, item.line);
                owner = milestone.title;
                hasOwner = true;
                continue;
            }
        }
        // Nested deeper than the milestone's text, or a lazy continuation of its last line (no blank, no item)
        const bool nested = indentOf(line) >= 2 || (gap.isEmpty() && !listed.hasMatch());
        if (hasOwner && nested) {
            owned << gap << (indentOf(line) >= 2 ? line : QStringLiteral("  ") + line);
        } else {
            closeOwner();
            notes << gap << line;
        }
        if (fence)
            inFence = !inFence;
    }
    closeOwner();
    if (!previousWording.isEmpty())
        notes.prepend(previousWording);
    goal.notes = shiftHeadings(notes.join(QLatin1Char('\n')), -partLevel).trimmed();
    if (!goal.milestones.isEmpty()) {
        goal.kind = GoalKind::Milestones;
    } else if (target > 0) {
        goal.kind = GoalKind::Count;
        goal.target = target;
        goal.current = current;
    } else if (const auto counted = plain ? std::nullopt : postshapes::countedTarget(goal.title)) {
        // "기술 블로그 24편": counted towards 24, all of it when the goal is checked off.
        goal.kind = GoalKind::Count;
        goal.target = *counted;
        goal.current = goal.status == GoalStatus::Done ? *counted : 0;
    }

    // The writer names the goal's line; a milestone or link it will refuse is named by its own line instead.
    int faultLine = item.line;
    if (validation::title(goal.title, {}).ok() && validation::line(goal.dropReason, {}).ok()
        && validation::body(goal.notes, {}).ok()) {
        bool found = false;
        for (qsizetype m = 0; m < goal.milestones.size() && !found; ++m) {
            if (!validation::title(goal.milestones[m].title, {}).ok()) {
                faultLine = milestoneLines[m];
                found = true;
            }
        }
        for (qsizetype l = 0; l < goal.links.size() && !found; ++l) {
            if (!validation::line(goal.links[l].label, {}).ok()
                || !validation::url(goal.links[l].url.toString()).ok()) {
                faultLine = linkLines[l];
                found = true;
            }
        }
    }
    return {goal, faultLine};
}

// Builds the batch part by part; keeps the local ids and the origins. Text is never cut: what breaks a limit
// is kept whole, and its origin names the line, so writeImportBatch refuses the file there.
class BatchBuilder
{
public:
    BatchBuilder(const MarkdownDocument &document, const QStringList &knownAreas)
        : m_document(document)
        , m_knownAreas(knownAreas)
    {
        m_batch.fileName = document.fileName;
        m_main.year.id = document.year;
        m_main.year.number = document.year;
        m_main.year.title = document.title;
        m_main.year.summary = document.summary;
        m_batch.setOrigin(ImportBatch::Kind::Year, document.year, document.fileName);
    }

    ImportBatch build()
    {
        if (!m_document.intro.trimmed().isEmpty())
            addSection(words::introductionHeading(m_document.language), m_document.intro, m_document.introLine);
        for (const MarkdownPart &part : m_document.parts)
            addPart(part);
        m_main.year.closingNote = m_closingNotes.join(QStringLiteral("\n\n"));
        if (m_closingFaultLine > 0)
            m_batch.setOrigin(ImportBatch::Kind::Year, m_document.year, origin(m_closingFaultLine));
        linkOutputsAsEvidence();
        m_batch.years << m_main << m_otherYears;
        return m_batch;
    }

private:
    QString origin(int line) const { return QStringLiteral("%1:%2").arg(m_document.fileName).arg(line); }

    // User Markdown of a part: its headings go back to the levels they have under a part (see partLevel).
    QString userText(const QString &markdown) const { return shiftHeadings(markdown, -m_document.partLevel).trimmed(); }

    void addSection(const QString &heading, const QString &body, int line)
    {
        Section section;
        section.id = ++m_nextId;
        section.heading = heading.simplified();
        section.body = userText(body);
        m_batch.setOrigin(ImportBatch::Kind::Section, section.id, origin(line));
        m_main.sections << section;
    }

    Id areaId(const QString &name)
    {
        for (const QString &known : m_knownAreas) {
            if (known.compare(name.trimmed(), Qt::CaseInsensitive) == 0) {
                for (const Area &area : std::as_const(m_batch.areas)) {
                    if (area.name == known)
                        return area.id;
                }
                Area area;
                area.id = m_batch.areas.size() + 1;
                area.name = known;
                m_batch.areas << area;
                return area.id;
            }
        }
        return 0;
    }

    Id techAreaId()
    {
        for (const QString &known : m_knownAreas) {
            if (known.compare(QLatin1String("Tech"), Qt::CaseInsensitive) == 0 || known == QLatin1String("기술"))
                return areaId(known);
        }
        m_knownAreas << QStringLiteral("Tech");
        return areaId(QStringLiteral("Tech"));
    }

    YearData &yearFor(int number)
    {
        if (number == m_main.year.number)
            return m_main;
        for (YearData &year : m_otherYears) {
            if (year.year.number == number)
                return year;
        }
        YearData year;
        year.year.id = number;
        year.year.number = number;
        m_batch.setOrigin(ImportBatch::Kind::Year, number, m_document.fileName);
        m_otherYears << year;
        return m_otherYears.last();
    }

    void keepProse(const MarkdownPart &part, QStringList prose)
    {
        // The progress line the exporter writes above goals is derived, not content.
        prose.removeIf([](const QString &line) {
            const QString plain = QString(line).remove(QLatin1Char('*')).remove(QLatin1Char('_')).trimmed();
            return plain.startsWith(words::progressLabel(i18n::Language::Korean) + QLatin1Char(':'))
                    || plain.startsWith(words::progressLabel(i18n::Language::English) + QLatin1Char(':'));
        });
        const QString text = prose.join(QLatin1Char('\n')).trimmed();
        if (!text.isEmpty())
            addSection(part.heading, text, part.line);
    }

    // "## 한 줄 요약" with its line: the year's summary, unless the title's quote gave one or the text is longer
    // than a line, when it stays a section so that nothing is lost.
    void addSummary(const MarkdownPart &part)
    {
        const QString text = userText(part.body).simplified();
        if (text.isEmpty())
            return;
        if (m_main.year.summary.isEmpty() && validation::line(text, {}).ok())
            m_main.year.summary = text;
        else
            addSection(part.heading, part.body, part.line);
    }

    void addClosingNote(const MarkdownPart &part)
    {
        const QString note = userText(part.body);
        if (note.isEmpty())
            return;
        // The year's origin names the file only; a closing note the writer will refuse is named by its part.
        m_closingLength += note.size() + (m_closingNotes.isEmpty() ? 0 : 2);
        if (m_closingFaultLine == 0
            && (m_closingLength > validation::kMaxTextLength || !validation::body(note, {}).ok()))
            m_closingFaultLine = part.line;
        m_closingNotes << note;
    }

    void addPart(const MarkdownPart &part)
    {
        switch (part.kind) {
        case Kind::Skip:
            return;
        case Kind::Section:
            addSection(part.heading, part.body, part.line);
            return;
        case Kind::ClosingNote:
            addClosingNote(part);
            return;
        case Kind::Summary:
            addSummary(part);
            return;
        case Kind::Questions:
            addQuestions(part);
            return;
        default:
            break;
        }
        // A month table ("| 3월 | 이직 |") lists events as much as a bulleted list does.
        const bool events = part.kind == Kind::Events || part.kind == Kind::TechEvents;
        const Blocks blocks = parseBlocks(events ? postshapes::tableRowsAsItems(part.body) : part.body, part.bodyLine);
        for (const Item &item : blocks.items) {
            switch (part.kind) {
            case Kind::Events:
            case Kind::TechEvents:
                addEvent(item, part.kind == Kind::TechEvents ? techAreaId() : areaId(item.group));
                break;
            case Kind::Lessons: {
                Lesson lesson;
                lesson.id = ++m_nextId;
                lesson.text = itemText(item);
                m_batch.setOrigin(ImportBatch::Kind::Lesson, lesson.id, origin(item.line));
                m_main.lessons << lesson;
                break;
            }
            case Kind::Unfinished: {
                UnfinishedItem unfinished;
                unfinished.id = ++m_nextId;
                unfinished.text = itemText(item);
                m_batch.setOrigin(ImportBatch::Kind::Unfinished, unfinished.id, origin(item.line));
                m_main.unfinished << unfinished;
                break;
            }
            case Kind::Themes:
                addTheme(item);
                break;
            case Kind::Outputs:
                addOutput(item);
                break;
            case Kind::Goals: {
                const int year = part.goalYear > 0 ? part.goalYear : m_document.year + 1;
                GoalItem read = goalFromItem(item, year, m_document.partLevel);
                read.goal.id = ++m_nextId;
                read.goal.areaId = areaId(item.group);
                m_batch.setOrigin(ImportBatch::Kind::Goal, read.goal.id, origin(read.faultLine));
                yearFor(year).goals << read.goal;
                break;
            }
            default:
                break;
            }
        }
        keepProse(part, blocks.prose);
    }

    // "**RAG** (사용) — 사내 검색에 붙였다", "Vector DB: 도입 검토" or just "GPT-4". Text after the name is the
    // year's note, and lines under the item join it.
    void addTheme(const Item &item)
    {
        static const QRegularExpression shape(
                QStringLiteral("^(.+?)(?:\\s*[(\\[]([^()\\[\\]]{1,12})[)\\]])?(?:\\s+[—–-]\\s+|:\\s+|$)(.*)$"));
        const QRegularExpressionMatch match = shape.match(item.text.trimmed());
        QString name = stripEmphasis(match.captured(1).trimmed()).remove(QStringLiteral("\\"));
        ThemeState state = ThemeState::Assess;
        QString note = match.captured(3).trimmed();
        if (!match.captured(2).isEmpty() && !reportwords::themeStateFromWord(match.captured(2), &state)) {
            // Brackets that name no state belong to the name ("LLM (대형 언어 모델)").
            name = stripEmphasis(item.text.section(QStringLiteral(" — "), 0, 0).trimmed());
            note = item.text.section(QStringLiteral(" — "), 1).trimmed();
        }
        const QString more = userText(item.children.join(QLatin1Char('\n')));
        if (!more.isEmpty())
            note = note.isEmpty() ? more : note + QLatin1Char('\n') + more;
        YearTheme theme;
        theme.entry.id = ++m_nextId;
        theme.theme.name = name.simplified();
        theme.entry.state = state;
        theme.entry.note = note;
        m_batch.setOrigin(ImportBatch::Kind::Theme, theme.entry.id, origin(item.line));
        m_main.themes << theme;
    }

    // Under a questions part, each subheading is a question and the text under it that year's answer. A part
    // without subheadings lists its questions as items (lines under an item are its answer); its prose stays
    // a section.
    void addQuestions(const MarkdownPart &part)
    {
        const QStringList lines = part.body.split(QLatin1Char('\n'));
        const int questionLevel = part.level + 1;
        QList<std::pair<QString, int>> questions; // heading, line
        QList<QStringList> answers;
        QStringList before;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const auto heading = readHeading(lines[i]);
            if (heading && heading->level <= questionLevel) {
                questions.append({heading->text.simplified(), part.bodyLine + int(i)});
                answers.append(QStringList());
            } else if (questions.isEmpty()) {
                before << lines[i];
            } else {
                answers.last() << lines[i];
            }
        }
        if (questions.isEmpty()) {
            const Blocks blocks = parseBlocks(part.body, part.bodyLine);
            for (const Item &item : blocks.items)
                addQuestion(stripEmphasis(item.text), userText(item.children.join(QLatin1Char('\n'))), item.line);
            keepProse(part, blocks.prose);
            return;
        }
        keepProse(part, before);
        for (qsizetype q = 0; q < questions.size(); ++q)
            addQuestion(questions[q].first, shiftHeadings(answers[q].join(QLatin1Char('\n')), -questionLevel).trimmed(),
                        questions[q].second);
    }

    void addQuestion(const QString &text, const QString &answer, int line)
    {
        YearQuestion question;
        question.answer.id = ++m_nextId;
        question.question.text = text.simplified();
        question.answer.body = answer;
        m_batch.setOrigin(ImportBatch::Kind::Question, question.answer.id, origin(line));
        m_main.questions << question;
    }

    void addEvent(const Item &item, Id area)
    {
        Event event;
        event.id = ++m_nextId;
        QString text = takeDate(item.text, m_document.year, &event.date);
        event.tags = takeTrailingTags(&text);
        const QString notes = userText(item.children.join(QLatin1Char('\n')));
        text = stripEmphasis(text);
        if (text.isEmpty() && !notes.isEmpty())
            text = notes.section(QLatin1Char('\n'), 0, 0);
        // "\#2" is a title's "#2", escaped so that it would not be read as a tag.
        event.title = text.simplified().replace(QLatin1String("\\#"), QLatin1String("#"));
        event.notes = notes;
        event.areaId = area;
        m_batch.setOrigin(ImportBatch::Kind::Event, event.id, origin(item.line));
        m_main.events << event;
    }

    // "**3월 2일** [title](link) — venue" under a ### heading naming the kind ("글", "Talks"); lines under the item
    // are its notes.
    void addOutput(const Item &item)
    {
        static const QRegularExpression linked(QStringLiteral("^\\[((?:[^\\]\\\\]|\\\\.)+)\\]\\(([^)\\s]+)\\)(.*)$"));
        Output output;
        output.id = ++m_nextId;
        output.kind = item.group.isEmpty() ? QStringLiteral("other") : outputkinds::fromText(item.group);
        QString text = takeDate(item.text, m_document.year, &output.date).trimmed();
        if (const auto match = linked.match(text); match.hasMatch()) {
            output.link = QUrl(match.captured(2));
            text = QString(match.captured(1))
                            .replace(QStringLiteral("\\["), QStringLiteral("["))
                            .replace(QStringLiteral("\\]"), QStringLiteral("]"))
                    + match.captured(3);
        }
        const qsizetype dash = text.lastIndexOf(QStringLiteral(" — "));
        if (dash > 0) {
            output.venue = text.mid(dash + 3).trimmed();
            text = text.left(dash);
        }
        output.title = stripEmphasis(text).simplified();
        output.notes = userText(item.children.join(QLatin1Char('\n')));
        m_batch.setOrigin(ImportBatch::Kind::Output, output.id, origin(item.line));
        m_main.outputs << output;
    }

    // A goal's link to the address of one of the post's outputs is that output as evidence (the exporter
    // writes a goal's evidence so).
    void linkOutputsAsEvidence()
    {
        QHash<QString, Id> byLink;
        for (const Output &output : std::as_const(m_main.outputs)) {
            if (!output.link.isEmpty())
                byLink.insert(output.link.toString(), output.id);
        }
        if (byLink.isEmpty())
            return;
        for (YearData *year : yearsWithGoals()) {
            for (Goal &goal : year->goals) {
                goal.links.removeIf([&](const EvidenceLink &link) {
                    const Id output = byLink.value(link.url.toString());
                    if (output != 0)
                        year->evidence << EvidenceItem{{0, goal.id, EvidenceSource::Output, output}, {}, {}, {}, {}};
                    return output != 0;
                });
            }
        }
    }

    QList<YearData *> yearsWithGoals()
    {
        QList<YearData *> years{&m_main};
        for (YearData &year : m_otherYears)
            years << &year;
        return years;
    }

    const MarkdownDocument &m_document;
    QStringList m_knownAreas;
    ImportBatch m_batch;
    YearData m_main;
    QList<YearData> m_otherYears; // years named only by goal headings ("내년 목표")
    QStringList m_closingNotes;
    qsizetype m_closingLength = 0;
    int m_closingFaultLine = 0;
    Id m_nextId = 0;
};

} // namespace

namespace {

struct BodyHeading
{
    qsizetype index; // line in the part's body
    int level;
    QString text;
};

// The headings of a part's body, outside fenced code.
QList<BodyHeading> bodyHeadings(const QStringList &lines)
{
    QList<BodyHeading> headings;
    bool inFence = false;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (isFenceLine(lines[i])) {
            inFence = !inFence;
            continue;
        }
        if (inFence)
            continue;
        if (const auto heading = readHeading(lines[i]))
            headings.append({i, heading->level, heading->text.simplified()});
    }
    return headings;
}

// Events written as a dated heading with a paragraph under it ("### 3월 - 이직" then the story) become list
// items with the paragraph as their notes. The line count stays the same, so every line keeps its number.
void datedHeadingsToItems(MarkdownPart &part, int year)
{
    QStringList lines = part.body.split(QLatin1Char('\n'));
    const QList<BodyHeading> headings = bodyHeadings(lines);
    for (qsizetype h = 0; h < headings.size(); ++h) {
        PartialDate date;
        takeDate(headings[h].text, year, &date);
        if (date.precision() == PartialDate::Precision::Year)
            continue; // an area or other group heading, as before
        const qsizetype end = h + 1 < headings.size() ? headings[h + 1].index : lines.size();
        bool hasItems = false;
        for (qsizetype i = headings[h].index + 1; i < end; ++i)
            hasItems = hasItems || kItem.match(lines[i]).hasMatch();
        if (hasItems)
            continue;
        lines[headings[h].index] = QStringLiteral("- ") + headings[h].text;
        for (qsizetype i = headings[h].index + 1; i < end; ++i) {
            if (!lines[i].trimmed().isEmpty())
                lines[i] = QStringLiteral("  ") + lines[i];
        }
    }
    part.body = lines.join(QLatin1Char('\n'));
}

// Text copied out of a web page has no Markdown headings and may use other bullets. When no line is a `#`
// heading, bullets such as • and · become list items, and a short line standing on its own (after a blank
// line, before content, not ending like a sentence) becomes a `##` heading; the first line stays the title.
void readAsPlainText(QStringList &lines, qsizetype start)
{
    bool inFence = false;
    for (qsizetype i = start; i < lines.size(); ++i) {
        if (isFenceLine(lines[i]))
            inFence = !inFence;
        else if (!inFence && readHeading(lines[i]))
            return; // Markdown with headings: read as written
    }
    static const QRegularExpression bullet(QStringLiteral("^(\\s*)[•·▪◦●‣∙]\\s*"));
    for (QString &line : lines)
        line.replace(bullet, QStringLiteral("\\1- "));
    qsizetype first = start;
    while (first < lines.size() && lines[first].trimmed().isEmpty())
        ++first;
    static const QRegularExpression sentenceEnd(QStringLiteral("[.,;!。…]$"));
    for (qsizetype i = first + 1; i < lines.size(); ++i) {
        const QString text = lines[i].trimmed();
        if (text.isEmpty() || text.size() > 40 || !lines[i - 1].trimmed().isEmpty() || kItem.match(lines[i]).hasMatch()
            || text.startsWith(QLatin1Char('>')) || text.startsWith(QLatin1Char('|'))
            || sentenceEnd.match(text).hasMatch())
            continue;
        qsizetype next = i + 1;
        if (next < lines.size() && lines[next].trimmed().isEmpty())
            ++next;
        if (next >= lines.size() || lines[next].trimmed().isEmpty())
            continue;
        lines[i] = QStringLiteral("## ") + text;
    }
}

} // namespace

void expandPart(MarkdownPart part, int documentYear, QList<MarkdownPart> *out)
{
    if (part.detected == MarkdownPart::Kind::Events || part.detected == MarkdownPart::Kind::TechEvents)
        datedHeadingsToItems(part, documentYear);
    if (part.detected != MarkdownPart::Kind::Section) {
        *out << part;
        return;
    }
    // A section whose subheadings name a kind (### 있었던 일 inside ## 2023년 돌아보기) is split at the level of
    // its first subheadings: each becomes a part of its own, the text above them stays with the section.
    const QStringList lines = part.body.split(QLatin1Char('\n'));
    const QList<BodyHeading> headings = bodyHeadings(lines);
    const bool anyRecognised = std::any_of(headings.begin(), headings.end(), [](const BodyHeading &heading) {
        return detectPartKind(heading.text) != MarkdownPart::Kind::Section;
    });
    if (!anyRecognised) {
        *out << part;
        return;
    }
    int childLevel = 7;
    for (const BodyHeading &heading : headings)
        childLevel = std::min(childLevel, heading.level);
    QList<BodyHeading> children;
    for (const BodyHeading &heading : headings) {
        if (heading.level == childLevel)
            children << heading;
    }
    const QString above = lines.mid(0, children.first().index).join(QLatin1Char('\n'));
    if (!above.trimmed().isEmpty()) {
        MarkdownPart parent = part;
        parent.body = above;
        *out << parent;
    }
    for (qsizetype c = 0; c < children.size(); ++c) {
        const qsizetype end = c + 1 < children.size() ? children[c + 1].index : lines.size();
        MarkdownPart child;
        child.heading = children[c].text;
        child.line = part.bodyLine + int(children[c].index);
        child.level = children[c].level;
        child.detected = detectPartKind(child.heading);
        child.kind = child.detected;
        child.goalYear = goalYearOf(child.heading, documentYear);
        child.bodyLine = child.line + 1;
        child.body = lines.mid(children[c].index + 1, end - children[c].index - 1).join(QLatin1Char('\n'));
        expandPart(child, documentYear, out);
    }
}

namespace {

constexpr std::pair<MarkdownPart::Kind, const char *> kKindKeys[] = {
        {MarkdownPart::Kind::Section, "section"},          {MarkdownPart::Kind::Events, "events"},
        {MarkdownPart::Kind::TechEvents, "tech-events"},   {MarkdownPart::Kind::Themes, "themes"},
        {MarkdownPart::Kind::Questions, "questions"},      {MarkdownPart::Kind::Lessons, "lessons"},
        {MarkdownPart::Kind::Unfinished, "unfinished"},    {MarkdownPart::Kind::Goals, "goals"},
        {MarkdownPart::Kind::ClosingNote, "closing-note"}, {MarkdownPart::Kind::Skip, "skip"},
        {MarkdownPart::Kind::Outputs, "outputs"},          {MarkdownPart::Kind::Summary, "summary"},
};

} // namespace

QString partKindKey(MarkdownPart::Kind kind)
{
    for (const auto &[candidate, key] : kKindKeys) {
        if (candidate == kind)
            return QString::fromLatin1(key);
    }
    return {};
}

std::optional<MarkdownPart::Kind> partKindFromKey(const QString &key)
{
    for (const auto &[candidate, name] : kKindKeys) {
        if (key.trimmed().compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
            return candidate;
    }
    return std::nullopt;
}

MarkdownPart::Kind detectPartKind(const QString &heading)
{
    const QString text = heading.toLower();
    // KPT and 4L retrospectives name their parts with one word: what went well and what was learned are lessons,
    // what went wrong or was missing is left unfinished, and what to try or longed for is next year's goals.
    static const QRegularExpression kptOr4l(
            QStringLiteral("^(keep|liked|learned|learnt|problems?|lacked|try|longed for)(?![a-z])"),
            QRegularExpression::CaseInsensitiveOption);
    if (const auto m = kptOr4l.match(heading.trimmed()); m.hasMatch()) {
        const QString word = m.captured(1).toLower();
        if (word == QLatin1String("try") || word == QLatin1String("longed for"))
            return Kind::Goals;
        if (word.startsWith(QLatin1String("problem")) || word == QLatin1String("lacked"))
            return Kind::Unfinished;
        return Kind::Lessons;
    }
    // "마무리가 안 된 일" is unfinished, "마무리" alone the closing note.
    if (containsAny(text, words::unfinishedWords()))
        return Kind::Unfinished;
    if (containsAny(text, words::closingWords()))
        return Kind::ClosingNote;
    if (containsAny(text, words::summaryWords()))
        return Kind::Summary;
    if (containsAny(text, words::outputWords()))
        return Kind::Outputs;
    if (containsAny(text, words::goalWords()))
        return Kind::Goals;
    if (containsAny(text, words::lessonWords()))
        return Kind::Lessons;
    if (containsAny(text, words::questionWords()))
        return Kind::Questions;
    // Technologies watched are themes; things that happened in tech ("기술적으로 한 일") stay events.
    const bool tech = containsAny(text, words::techWords());
    if (tech && containsAny(text, words::eventWords()))
        return Kind::TechEvents;
    if (tech || containsAny(text, words::themeWords()))
        return Kind::Themes;
    if (containsAny(text, words::eventWords()))
        return Kind::Events;
    return Kind::Section;
}

int goalYearOf(const QString &heading, int documentYear)
{
    if (const auto year = kYear.match(heading); year.hasMatch())
        return year.captured(1).toInt();
    if (containsAny(heading, words::thisYearWords()) && !containsAny(heading, words::nextYearWords()))
        return documentYear;
    return documentYear + 1;
}

Result<MarkdownDocument> parseMarkdownRetrospective(const QString &source, const QString &fileName, int givenYear)
{
    MarkdownDocument document;
    document.fileName = fileName;
    QString text = source;
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    QStringList lines = text.split(QLatin1Char('\n'));
    document.language = hasHangul(text) ? i18n::Language::Korean : i18n::Language::English;

    qsizetype start = 0;
    QString frontTitle;
    QString frontDate;
    int frontTitleLine = 0;
    if (!lines.isEmpty() && lines.first().trimmed() == QLatin1String("---")) {
        QString candidate;
        int candidateLine = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            if (lines[i].trimmed() == QLatin1String("---")) {
                start = i + 1;
                frontTitle = candidate;
                frontTitleLine = candidateLine;
                break;
            }
            if (lines[i].startsWith(QLatin1String("date:")))
                frontDate = lines[i].mid(5).trimmed();
            if (lines[i].startsWith(QLatin1String("title:"))) {
                candidate = lines[i].mid(6).trimmed();
                candidateLine = int(i) + 1;
                if (candidate.size() >= 2
                    && (candidate.startsWith(QLatin1Char('"')) || candidate.startsWith(QLatin1Char('\''))))
                    candidate = candidate.mid(1, candidate.size() - 2)
                                        .replace(QLatin1String("\\\""), QLatin1String("\""));
            }
        }
    }

    if (frontTitle.isEmpty())
        readAsPlainText(lines, start);

    struct HeadingLine
    {
        qsizetype index;
        int level;
        QString text;
    };
    QList<HeadingLine> headings;
    bool inFence = false;
    for (qsizetype i = start; i < lines.size(); ++i) {
        if (isFenceLine(lines[i])) {
            inFence = !inFence;
            continue;
        }
        if (inFence || !lines[i].startsWith(QLatin1Char('#')))
            continue;
        if (const auto heading = readHeading(lines[i]))
            headings.append({i, heading->level, heading->text.simplified()});
    }

    // The title is the first `#` heading, wherever it is. Parts are the other headings at the part level or
    // above: `#` when the first other heading is a `#` (a post written all in `#`), else the shallowest level
    // below `#`. So a later `#` heading is one more part, never the end of the post, and deeper headings stay
    // inside their part.
    qsizetype titleIndex = -1;
    QString titleLine = frontTitle;
    int titleLineNumber = frontTitle.isEmpty() ? 1 : frontTitleLine;
    for (qsizetype h = 0; h < headings.size(); ++h) {
        if (headings[h].level == 1) {
            titleIndex = headings[h].index;
            titleLine = headings[h].text;
            titleLineNumber = int(titleIndex) + 1;
            headings.removeAt(h);
            break;
        }
    }

    // Text copied out of a page has no # heading: its first line is the title when it names the year.
    if (titleIndex < 0 && titleLine.isEmpty()) {
        qsizetype first = start;
        while (first < lines.size() && lines[first].trimmed().isEmpty())
            ++first;
        if (first < lines.size() && !readHeading(lines[first]) && kYear.match(lines[first]).hasMatch()
            && lines[first].trimmed().size() <= validation::kMaxTitleLength) {
            titleIndex = first;
            titleLine = lines[first].trimmed();
            titleLineNumber = int(first) + 1;
        }
    }
    document.year = givenYear;
    if (document.year == 0) {
        for (const QString &candidate : {titleLine, frontTitle}) {
            if (const auto m = kYear.match(candidate); m.hasMatch()) {
                document.year = m.captured(1).toInt();
                break;
            }
        }
    }
    // Without a year in the title, the post's date and then its headings tell which year it looks back on.
    if (document.year == 0)
        document.year = postshapes::reviewedYearOfDate(frontDate);
    if (document.year == 0) {
        QStringList headingTexts;
        for (const HeadingLine &heading : std::as_const(headings))
            headingTexts << heading.text;
        document.year = postshapes::yearMostNamedIn(headingTexts, words::goalWords());
    }
    if (document.year < kMinYear || document.year > kMaxYear)
        return importError(
                fileName, titleLineNumber,
                tr("no year found in the title (\"%1\"). Give the year, e.g. with --year.").arg(titleLine.left(80)));

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
    if (auto checked = validation::line(document.title, tr("The title")); !checked.ok())
        return importError(fileName, titleLineNumber, checked.error().message);

    int partLevel = !headings.isEmpty() && headings.first().level == 1 ? 1 : 0;
    for (const HeadingLine &heading : std::as_const(headings)) {
        if (partLevel != 1 && heading.level >= 2 && (partLevel == 0 || heading.level < partLevel))
            partLevel = heading.level;
    }
    document.partLevel = partLevel > 0 ? partLevel : kPartHeadingLevel;
    QList<HeadingLine> parts;
    for (const HeadingLine &heading : std::as_const(headings)) {
        if (heading.level <= document.partLevel)
            parts << heading;
    }

    // A quote right under the title (or at the top, without one) is the one-line summary. The title and summary
    // lines are blanked, not removed, so every other line keeps its number.
    const qsizetype firstPart = parts.isEmpty() ? lines.size() : parts.first().index;
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
        if (auto checked = validation::line(document.summary, tr("The summary")); !checked.ok())
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
        const HeadingLine &heading = parts[p];
        if (auto checked = validation::line(heading.text, tr("The heading")); !checked.ok())
            return importError(fileName, int(heading.index) + 1, checked.error().message);
        const qsizetype end = p + 1 < parts.size() ? parts[p + 1].index : lines.size();
        MarkdownPart part;
        part.heading = heading.text;
        part.line = int(heading.index) + 1;
        part.detected = detectPartKind(part.heading);
        part.kind = part.detected;
        part.goalYear = goalYearOf(part.heading, document.year);
        part.level = heading.level;
        part.bodyLine = part.line + 1;
        part.body = lines.mid(heading.index + 1, end - heading.index - 1).join(QLatin1Char('\n'));
        expandPart(part, document.year, &document.parts);
    }
    return document;
}

ImportBatch markdownBatch(const MarkdownDocument &document, const QStringList &knownAreas)
{
    return BatchBuilder(document, knownAreas).build();
}

} // namespace hoego
