// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "markdownexport.h"

#include "postshapes.h"

#include "io/outputgroups.h"
#include "io/outputtables.h"
#include "io/reportparts.h"
#include "io/reportwords.h"
#include "progress/goalprogress.h"
#include "progress/yearprogress.h"

#include <QMap>
#include <QRegularExpression>

namespace hoego {
namespace {

using i18n::Language;
namespace words = reportwords;

// Front matter values are double-quoted YAML strings.
QString yamlQuoted(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('"'), QLatin1String("\\\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

// User Markdown under a part heading: its own headings go below the part's (see kPartHeadingLevel).
QString userText(const QString &text)
{
    return shiftHeadings(text.trimmed(), kPartHeadingLevel);
}

// Continuation lines of a list item: indented so Markdown keeps them inside the item.
QString indented(const QString &text, int spaces = 2)
{
    const QString pad(spaces, QLatin1Char(' '));
    QStringList lines = userText(text).split(QLatin1Char('\n'));
    for (QString &line : lines)
        line = line.trimmed().isEmpty() ? QString() : pad + line;
    return lines.join(QLatin1Char('\n'));
}

QString oneLine(const QString &text)
{
    return text.simplified();
}

// A title's words that start with "#" ("하프 마라톤 #2") escaped, so they are not read back as the event's tags.
QString withEscapedHashes(const QString &text)
{
    QStringList words = text.split(QLatin1Char(' '));
    for (QString &word : words) {
        if (word.startsWith(QLatin1Char('#')))
            word.prepend(QLatin1Char('\\'));
    }
    return words.join(QLatin1Char(' '));
}

// Text inside **bold**: its own asterisks are escaped so the emphasis ends where the name does.
QString escapedInline(const QString &text)
{
    QString escaped = text;
    return escaped.replace(QLatin1Char('*'), QLatin1String("\\*"));
}

// An ATX heading line. Text ending in `#` gets a closing ` #`, which readers strip, so its own `#` stays text.
QString heading(int level, const QString &text)
{
    const QString line = QString(level, QLatin1Char('#')) + QLatin1Char(' ') + oneLine(text);
    return line.endsWith(QLatin1Char('#')) ? line + QStringLiteral(" #") : line;
}

QString tagText(const QStringList &tags)
{
    QStringList out;
    for (QString tag : tags)
        out << QLatin1Char('#') + tag.replace(QLatin1Char(' '), QLatin1Char('_'));
    return out.join(QLatin1Char(' '));
}

// "![diagram](https://…)" becomes "[diagram](https://…)": blog editors refuse or re-host images pasted as
// Markdown, while a link pastes cleanly and still leads to the picture. Code blocks stay as written.
QString imagesAsLinks(const QString &markdown)
{
    static const QRegularExpression image(QStringLiteral("(?<!\\\\)!\\[(?=[^\\]\\n]*\\][(\\[])"));
    QStringList lines = markdown.split(QLatin1Char('\n'));
    bool inFence = false;
    for (QString &line : lines) {
        if (isFenceLine(line))
            inFence = !inFence;
        else if (!inFence && line.contains(QLatin1String("![")))
            line.replace(image, QStringLiteral("["));
    }
    return lines.join(QLatin1Char('\n'));
}

class Writer
{
public:
    Writer(const YearReport &report, const ReportOptions &options)
        : m_report(report)
        , m_options(options)
        , m_language(options.language)
    { }

    QString write()
    {
        const Year &year = m_report.data.year;
        const QString title = year.title.isEmpty()
                ? words::documentTitle(year.number, m_language)
                : QStringLiteral("%1 — %2").arg(words::documentTitle(year.number, m_language), oneLine(year.title));
        if (m_options.flavour == MarkdownFlavour::StaticSite)
            writeFrontMatter(title);
        m_out << heading(1, title) << QString();
        if (!year.summary.isEmpty())
            m_out << QStringLiteral("> ") + oneLine(year.summary) << QString();
        for (const ReportSlot &slot : orderedParts(m_report.data))
            writePart(slot);
        while (!m_out.isEmpty() && m_out.last().isEmpty())
            m_out.removeLast();
        const QString markdown = m_out.join(QLatin1Char('\n')) + QLatin1Char('\n');
        return m_options.flavour == MarkdownFlavour::BlogEditor ? imagesAsLinks(markdown) : markdown;
    }

private:
    QString headingOf(YearPart part) const { return partHeading(part, m_report, m_options); }

    void writePart(const ReportSlot &slot)
    {
        const YearData &data = m_report.data;
        switch (slot.part) {
        case YearPart::Events:
            return writeEvents();
        case YearPart::Outputs:
            return writeOutputs();
        case YearPart::Themes:
            return writeThemes();
        case YearPart::Section: {
            const Section &section = data.sections[slot.section];
            m_out << heading(2, section.heading) << QString() << userText(section.body) << QString();
            return;
        }
        case YearPart::Questions:
            return writeQuestions();
        case YearPart::Lessons:
            return writeList(headingOf(slot.part), data.lessons);
        case YearPart::Unfinished:
            return writeList(headingOf(slot.part), data.unfinished);
        case YearPart::Goals:
            return writeGoals(headingOf(slot.part), data.goals);
        case YearPart::NextYearGoals:
            return writeGoals(headingOf(slot.part), m_report.nextYearGoals);
        case YearPart::ClosingNote:
            if (!data.year.closingNote.trimmed().isEmpty())
                m_out << heading(2, headingOf(slot.part)) << QString() << userText(data.year.closingNote) << QString();
            return;
        }
    }

    void writeFrontMatter(const QString &title)
    {
        const int number = m_report.data.year.number;
        const QStringList tags{m_language == Language::Korean ? QStringLiteral("회고")
                                                              : QStringLiteral("year-in-review"),
                               QString::number(number)};
        m_out << QStringLiteral("---") << QStringLiteral("title: ") + yamlQuoted(title)
              << QStringLiteral("date: %1-12-31").arg(number);
        QStringList quoted;
        for (const QString &tag : tags)
            quoted << yamlQuoted(tag);
        m_out << QStringLiteral("tags: [%1]").arg(quoted.join(QStringLiteral(", ")));
        if (!m_report.data.year.summary.isEmpty())
            m_out << QStringLiteral("description: ") + yamlQuoted(oneLine(m_report.data.year.summary));
        m_out << QStringLiteral("---") << QString();
    }

    QString eventLine(const Event &event) const
    {
        QString line = QStringLiteral("- ");
        const QString date = words::dateText(event.date, m_language);
        if (!date.isEmpty())
            line += QStringLiteral("**%1** ").arg(date);
        line += withEscapedHashes(oneLine(event.title));
        if (!event.tags.isEmpty())
            line += QLatin1Char(' ') + tagText(event.tags);
        if (!event.notes.trimmed().isEmpty())
            line += QLatin1Char('\n') + indented(event.notes);
        return line;
    }

    void writeEvents()
    {
        const QList<Event> &events = m_report.data.events;
        if (events.isEmpty())
            return;
        m_out << heading(2, headingOf(YearPart::Events)) << QString();
        // Groups keep the events' own order (by date); the group order is the areas' or the months'.
        QMap<int, QList<const Event *>> groups;
        for (const Event &event : events)
            groups[groupKey(event)] << &event;
        for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
            m_out << heading(3, groupHeading(it.key())) << QString();
            for (const Event *event : it.value())
                m_out << eventLine(*event);
            m_out << QString();
        }
    }

    // A title as a link when it has one; brackets in it are escaped so the link text ends where the title does.
    static QString linkedTitle(const QString &title, const QUrl &url)
    {
        QString text = oneLine(title);
        if (url.isEmpty())
            return text;
        text.replace(QLatin1Char('['), QLatin1String("\\[")).replace(QLatin1Char(']'), QLatin1String("\\]"));
        return QStringLiteral("[%1](%2)").arg(text, url.toString(QUrl::FullyEncoded));
    }

    // "올해 만든 것" / "What I made": one list per kind, "- **3월** [title](link) — venue".
    void writeOutputs()
    {
        if (m_report.data.outputs.isEmpty())
            return;
        m_out << heading(2, headingOf(YearPart::Outputs)) << QString();
        for (const OutputGroup &group : outputsByKind(m_report.data.outputs)) {
            m_out << heading(3, words::outputKindHeading(group.kind, m_language)) << QString();
            for (const Output &output : group.outputs) {
                QString line = QStringLiteral("- ");
                if (const QString date = words::dateText(output.date, m_language); !date.isEmpty())
                    line += QStringLiteral("**%1** ").arg(date);
                line += linkedTitle(output.title, output.link);
                if (!output.venue.isEmpty())
                    line += QStringLiteral(" — ") + oneLine(output.venue);
                if (!output.notes.trimmed().isEmpty())
                    line += QLatin1Char('\n') + indented(output.notes);
                m_out << line;
            }
            m_out << QString();
        }
        for (const CountTable &table : outputCountTables(m_report, m_language))
            writeTable(table);
    }

    // A GFM table: the labels left-aligned, the counts right-aligned.
    void writeTable(const CountTable &table)
    {
        const auto row = [](const QStringList &cells) {
            QStringList escaped;
            for (const QString &cell : cells)
                escaped << oneLine(cell).replace(QLatin1Char('|'), QLatin1String("\\|"));
            return QStringLiteral("| %1 |").arg(escaped.join(QStringLiteral(" | ")));
        };
        m_out << heading(3, table.heading) << QString() << row(table.columns);
        QStringList rule{QStringLiteral(":--")};
        for (qsizetype column = 1; column < table.columns.size(); ++column)
            rule << QStringLiteral("--:");
        m_out << QStringLiteral("|%1|").arg(rule.join(QLatin1Char('|')));
        for (const QStringList &cells : table.rows)
            m_out << row(cells);
        m_out << QString();
    }

    // "- **RAG** (사용) — 사내 검색에 붙였다.": the importer reads the name, the state in brackets and the note.
    void writeThemes()
    {
        if (m_report.data.themes.isEmpty())
            return;
        m_out << heading(2, headingOf(YearPart::Themes)) << QString();
        for (const YearTheme &theme : m_report.data.themes) {
            QString line = QStringLiteral("- **%1** (%2)")
                                   .arg(escapedInline(oneLine(theme.theme.name)),
                                        words::themeStateWord(theme.entry.state, m_language));
            if (!theme.entry.note.trimmed().isEmpty())
                line += QStringLiteral(" — ") + oneLine(theme.entry.note);
            m_out << line;
        }
        m_out << QString();
    }

    // Each question is a heading of its own with the year's answer under it.
    void writeQuestions()
    {
        if (m_report.data.questions.isEmpty())
            return;
        m_out << heading(2, headingOf(YearPart::Questions)) << QString();
        for (const YearQuestion &question : m_report.data.questions) {
            m_out << heading(3, question.question.text) << QString();
            const QString answer = shiftHeadings(question.answer.body.trimmed(), kPartHeadingLevel + 1);
            if (!answer.isEmpty())
                m_out << answer << QString();
        }
    }

    int groupKey(const Event &event) const
    {
        if (m_options.grouping == ReportOptions::Grouping::ByMonth)
            return event.date.month(); // 0: known only to the year, shown first
        for (qsizetype i = 0; i < m_report.areas.size(); ++i) {
            if (m_report.areas[i].id == event.areaId)
                return int(i);
        }
        return int(m_report.areas.size()); // no area: last
    }

    QString groupHeading(int key) const
    {
        if (m_options.grouping == ReportOptions::Grouping::ByMonth)
            return key == 0 ? words::wholeYearHeading(m_language) : words::monthName(key, m_language);
        return key < m_report.areas.size() ? m_report.areas[key].name : words::noAreaHeading(m_language);
    }

    template<typename Item>
    void writeList(const QString &title, const QList<Item> &items)
    {
        if (items.isEmpty())
            return;
        m_out << heading(2, title) << QString();
        for (const Item &item : items)
            m_out << QStringLiteral("- ") + oneLine(item.text);
        m_out << QString();
    }

    QString goalLine(const Goal &goal) const
    {
        const bool dropped = goal.status == GoalStatus::Dropped;
        QString line = goal.status == GoalStatus::Done ? QStringLiteral("- [x] ") : QStringLiteral("- [ ] ");
        line += dropped ? QStringLiteral("~~%1~~").arg(oneLine(goal.title)) : oneLine(goal.title);
        if (goal.kind == GoalKind::Check && postshapes::countedTarget(goal.title))
            line += QLatin1Char(' ') + postshapes::plainGoalMarker();
        if (goal.kind == GoalKind::Count || (goal.kind == GoalKind::Milestones && !goal.milestones.isEmpty()))
            line += QStringLiteral(" — ") + progress::label(goal);
        if (goal.status == GoalStatus::Done && goal.doneOn.isValid())
            line += QStringLiteral(" (%1 %2)").arg(words::doneWord(m_language), goal.doneOn.toString(Qt::ISODate));
        else if (dropped)
            line += goal.dropReason.isEmpty()
                    ? QStringLiteral(" (%1)").arg(words::droppedWord(m_language))
                    : QStringLiteral(" (%1: %2)").arg(words::droppedWord(m_language), oneLine(goal.dropReason));
        else if (goal.status == GoalStatus::CarriedOver)
            line += QStringLiteral(" (%1)").arg(words::carriedWord(m_language));
        for (const Milestone &milestone : goal.milestones) {
            line += QStringLiteral("\n  - [%1] %2")
                            .arg(milestone.done ? QStringLiteral("x") : QStringLiteral(" "), oneLine(milestone.title));
            if (milestone.done && milestone.doneOn.isValid())
                line += QStringLiteral(" (%1)").arg(milestone.doneOn.toString(Qt::ISODate));
        }
        for (const EvidenceLink &link : goal.links) {
            const QString label = link.label.isEmpty() ? link.url.toDisplayString() : oneLine(link.label);
            line += QStringLiteral("\n  - [%1](%2)").arg(label, link.url.toString(QUrl::FullyEncoded));
        }
        // The outputs and events linked as evidence that have a link: the importer reads such a line back as
        // the output with that link (a line without one would join the goal's notes).
        for (const EvidenceItem &item : m_report.data.evidence) {
            if (item.link.goalId == goal.id && !item.url.isEmpty())
                line += QStringLiteral("\n  - ") + linkedTitle(item.title, item.url);
        }
        if (!goal.notes.trimmed().isEmpty())
            line += QStringLiteral("\n\n") + indented(goal.notes);
        return line;
    }

    void writeGoals(const QString &title, const QList<Goal> &goals)
    {
        if (goals.isEmpty())
            return;
        m_out << heading(2, title) << QString();
        m_out << QStringLiteral("*%1*").arg(words::progressLine(progress::countGoals(goals), m_language)) << QString();
        for (const Goal &goal : goals)
            m_out << goalLine(goal);
        m_out << QString();
    }

    const YearReport &m_report;
    const ReportOptions &m_options;
    Language m_language;
    QStringList m_out;
};

} // namespace

QString exportMarkdown(const YearReport &report, const ReportOptions &options)
{
    return Writer(report, options).write();
}

bool isFenceLine(const QString &line)
{
    qsizetype i = 0;
    while (i < line.size() && i < 3 && (line[i] == QLatin1Char(' ') || line[i] == QLatin1Char('\t')))
        ++i;
    const QStringView rest = QStringView(line).mid(i);
    return rest.startsWith(QLatin1String("```")) || rest.startsWith(QLatin1String("~~~"));
}

QString shiftHeadings(const QString &markdown, int levels)
{
    if (levels == 0 || !markdown.contains(QLatin1Char('#')))
        return markdown;
    QStringList lines = markdown.split(QLatin1Char('\n'));
    bool inFence = false;
    for (QString &line : lines) {
        if (isFenceLine(line)) {
            inFence = !inFence;
            continue;
        }
        if (inFence)
            continue;
        qsizetype start = 0;
        while (start < line.size() && start < 3 && line[start] == QLatin1Char(' '))
            ++start;
        qsizetype end = start;
        while (end < line.size() && line[end] == QLatin1Char('#'))
            ++end;
        if (end == start || (end < line.size() && line[end] != QLatin1Char(' ') && line[end] != QLatin1Char('\t')))
            continue;
        if (levels > 0)
            line.insert(start, QString(levels, QLatin1Char('#')));
        else if (end - start > -levels)
            line.remove(start, -levels);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace hoego
