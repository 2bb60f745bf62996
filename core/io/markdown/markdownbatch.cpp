// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "markdownimport.h"

#include "eventshapes.h"
#include "goalshapes.h"
#include "markdownblocks.h"
#include "markdownexport.h"
#include "outputlists.h"

#include "io/outputtables.h"
#include "io/reportwords.h"
#include "model/outputkinds.h"
#include "validation.h"

#include <QRegularExpression>

// Turns the parts of a read post into content to write, each by its kind.
namespace hoego {
namespace {

using Kind = MarkdownPart::Kind;
using markdownblocks::Blocks;
using markdownblocks::Item;
using markdownblocks::itemText;
namespace words = reportwords;

QString stripEmphasis(QString text)
{
    text = text.trimmed();
    for (const QString &mark : {QStringLiteral("**"), QStringLiteral("__")}) {
        if (text.size() > 4 && text.startsWith(mark) && text.endsWith(mark))
            text = text.mid(2, text.size() - 4).trimmed();
    }
    return text;
}

// A table row's cells: "| 월 | 글 | 합계 |" gives 월, 글, 합계.
QStringList tableCells(const QString &line)
{
    QString row = line.trimmed();
    if (row.startsWith(QLatin1Char('|')))
        row.remove(0, 1);
    if (row.endsWith(QLatin1Char('|')))
        row.chop(1);
    return row.split(QLatin1Char('|'));
}

// Removes the tables the exporter derives from the outputs (io/outputtables.h), with the heading over each: a header it
// writes and every table line after it.
void removeOutputCountTables(QStringList &lines)
{
    for (qsizetype i = 0; i < lines.size();) {
        if (!lines.at(i).trimmed().startsWith(QLatin1Char('|')) || !isOutputCountHeader(tableCells(lines.at(i)))) {
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < lines.size() && lines.at(end).trimmed().startsWith(QLatin1Char('|')))
            ++end;
        // The heading the exporter writes over such a table ("### 월별") is derived with it.
        qsizetype start = i;
        while (start > 0 && lines.at(start - 1).trimmed().isEmpty())
            --start;
        if (start > 0 && lines.at(start - 1).trimmed().startsWith(QLatin1Char('#')))
            i = start - 1;
        lines.remove(i, end - i);
    }
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
        addTagThemes();
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
        notePart(YearPart::Section);
    }

    // The post's order of its parts (issue 20), so the year exports the way the post was written: each section
    // where it was, every other part where it first appeared.
    void notePart(YearPart part)
    {
        if (part == YearPart::Section || !m_main.partOrder.contains(part))
            m_main.partOrder << part;
    }

    std::optional<YearPart> yearPartOf(const MarkdownPart &part) const
    {
        switch (part.kind) {
        case Kind::Events:
        case Kind::TechEvents:
            return YearPart::Events;
        case Kind::Outputs:
            return YearPart::Outputs;
        case Kind::Themes:
            return YearPart::Themes;
        case Kind::Questions:
            return YearPart::Questions;
        case Kind::Lessons:
            return YearPart::Lessons;
        case Kind::Unfinished:
            return YearPart::Unfinished;
        case Kind::ClosingNote:
            return YearPart::ClosingNote;
        case Kind::Goals: {
            const int year = part.goalYear > 0 ? part.goalYear : m_document.year + 1;
            if (year == m_document.year)
                return YearPart::Goals;
            if (year == m_document.year + 1)
                return YearPart::NextYearGoals;
            return std::nullopt;
        }
        case Kind::Section:
        case Kind::Summary:
        case Kind::Skip:
            break;
        }
        return std::nullopt;
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
        // So are the tables of outputs by month and year by year written under them.
        if (part.kind == Kind::Outputs)
            removeOutputCountTables(prose);
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
        if (const auto yearPart = yearPartOf(part))
            notePart(*yearPart);
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
        const Blocks blocks = markdownblocks::readBlocks(
                part.body, part.bodyLine, events ? markdownblocks::Tables::Items : markdownblocks::Tables::Prose);
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
                addOutput(item, part);
                break;
            case Kind::Goals: {
                const int year = part.goalYear > 0 ? part.goalYear : m_document.year + 1;
                goalshapes::GoalItem read = goalshapes::goalFromItem(item, year, m_document.partLevel);
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

    // Whether `words` holds `word` whole: "LLM" is in "LLM 평가" but not in "vLLM".
    static bool holdsWholeWord(const QString &words, const QString &word)
    {
        const QRegularExpression whole(
                QStringLiteral("(?<![\\p{L}\\p{N}])%1(?![\\p{L}\\p{N}])").arg(QRegularExpression::escape(word)),
                QRegularExpression::CaseInsensitiveOption);
        return whole.match(words).hasMatch();
    }

    // The front matter's subject tags, as themes the post did not already list ("LLM" is in "LLM 평가").
    void addTagThemes()
    {
        for (const QString &tag : m_document.tags) {
            const bool listed
                    = std::any_of(m_main.themes.cbegin(), m_main.themes.cend(), [&tag](const YearTheme &theme) {
                          return holdsWholeWord(theme.theme.name, tag) || holdsWholeWord(tag, theme.theme.name);
                      });
            if (listed)
                continue;
            YearTheme theme;
            theme.entry.id = ++m_nextId;
            theme.theme.name = tag.simplified();
            theme.entry.state = ThemeState::Assess;
            m_batch.setOrigin(ImportBatch::Kind::Theme, theme.entry.id, origin(m_document.tagsLine));
            m_main.themes << theme;
        }
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
        // A detail bullet under the theme is a line of its note, without the bullet.
        const QString more = markdownblocks::withoutListMarks(userText(item.children.join(QLatin1Char('\n'))));
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
        qsizetype next = 0; // the first line not yet placed
        const auto placeUntil = [&](qsizetype end) {
            QStringList &target = questions.isEmpty() ? before : answers.last();
            target << lines.mid(next, end - next);
        };
        for (const markdownblocks::TopBlock &heading : markdownblocks::headingsOf(lines)) {
            if (heading.level > questionLevel)
                continue;
            placeUntil(heading.first);
            questions.append({heading.heading.simplified(), part.bodyLine + int(heading.first)});
            answers.append(QStringList());
            next = heading.last + 1;
        }
        placeUntil(lines.size());
        if (questions.isEmpty()) {
            const Blocks blocks = markdownblocks::readBlocks(part.body, part.bodyLine);
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
        QString text = eventshapes::takeDate(item.text, m_document.year, &event.date);
        event.tags = eventshapes::takeTrailingTags(&text);
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

    // "**3월 2일** [title](link) — venue" or an address alone (outputlists.h); a ### heading names the kind ("글",
    // "Talks"), else the part's heading does ("작성한 글", "발표"), else the address; lines under the item are its
    // notes.
    void addOutput(const Item &item, const MarkdownPart &part)
    {
        Output output;
        output.id = ++m_nextId;
        const QString kind = !item.group.isEmpty() ? outputkinds::fromText(item.group)
                                                   : outputlists::kindOfHeading(part.heading).value_or(QString());
        const outputlists::LinkedItem read
                = outputlists::readItem(eventshapes::takeDate(item.text, m_document.year, &output.date), kind);
        output.kind = read.kind;
        output.title = read.title;
        output.link = read.link;
        output.venue = read.venue;
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

ImportBatch markdownBatch(const MarkdownDocument &document, const QStringList &knownAreas)
{
    return BatchBuilder(document, knownAreas).build();
}

ImportBatch markdownPartBatch(const MarkdownDocument &document, qsizetype index, const QStringList &knownAreas)
{
    MarkdownDocument alone = document;
    // The introduction, the summary quote and the front matter's tags belong to no part: counted in every part
    // they would be counted again and again.
    alone.intro.clear();
    alone.summary.clear();
    alone.tags.clear();
    for (qsizetype p = 0; p < alone.parts.size(); ++p) {
        if (p != index)
            alone.parts[p].kind = MarkdownPart::Kind::Skip;
    }
    return BatchBuilder(alone, knownAreas).build();
}

} // namespace hoego
