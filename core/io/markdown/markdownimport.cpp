#include "markdownimport.h"

#include "io/reportwords.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace hoego {
namespace {

QString tr(const char *text) { return QCoreApplication::translate("hoego::MarkdownImport", text); }

using Kind = MarkdownPart::Kind;
namespace words = reportwords;

constexpr int kMaxTitle = 200;

const QRegularExpression kHeading(QStringLiteral("^(#{1,6})\\s+(.*?)\\s*#*\\s*$"));
const QRegularExpression kFence(QStringLiteral("^\\s{0,3}(```|~~~)"));
const QRegularExpression kItem(QStringLiteral("^ {0,3}([-*+]|\\d{1,3}[.)])\\s+(.*)$"));
const QRegularExpression kYear(QStringLiteral("(?<!\\d)(1[9]\\d\\d|2[0-2]\\d\\d)(?!\\d)"));
const QRegularExpression kCheckbox(QStringLiteral("^\\[([ xX])\\]\\s+(.*)$"));
const QRegularExpression kTrailingTags(QStringLiteral("(?:\\s+#[^\\s#]+)+$"));
const QRegularExpression kLinkOnly(QStringLiteral("^\\[([^\\]]*)\\]\\(([^)\\s]+)\\)$"));
const QRegularExpression kTrailingParens(QStringLiteral("\\s*\\(([^()]*)\\)\\s*$"));
const QRegularExpression kRatio(QStringLiteral("\\s+[—–-]\\s+(\\d{1,6})/(\\d{1,6})\\s*$"));
const QRegularExpression kParenRatio(QStringLiteral("\\s*\\((\\d{1,6})/(\\d{1,6})\\)\\s*$"));
const QRegularExpression kIsoDate(QStringLiteral("(\\d{4}-\\d{2}-\\d{2})"));

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

// A title line of at most kMaxTitle characters; the full text goes to the notes when it is cut.
QString shortened(const QString &text)
{
    const QString line = text.simplified();
    return line.size() <= kMaxTitle ? line : line.left(kMaxTitle - 1) + QChar(0x2026);
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

// A list item with its continuation lines (dedented), under the subheading it appeared after.
struct Item
{
    QString text;
    QStringList children;
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
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &line = lines[i];
        if (kFence.match(line).hasMatch())
            inFence = !inFence;
        if (inFence || kFence.match(line).hasMatch()) {
            if (current && indentOf(line) >= contentIndent)
                current->children << dedent(line, contentIndent);
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
        const auto heading = kHeading.match(line);
        if (heading.hasMatch()) {
            current = nullptr;
            group = heading.captured(2).trimmed();
            pendingBlank = false;
            continue;
        }
        const auto item = kItem.match(line);
        const int indent = indentOf(line);
        if (item.hasMatch() && indent < 2) {
            blocks.items.append(Item{item.captured(2).trimmed(), {}, firstLine + int(i), group});
            current = &blocks.items.last();
            contentIndent = int(item.capturedStart(2));
            pendingBlank = false;
            continue;
        }
        if (current && (indent >= 2 || !pendingBlank)) {
            if (pendingBlank)
                current->children << QString();
            current->children << dedent(line, qMin(indent, contentIndent));
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
    static const QRegularExpression english(QStringLiteral(
        "^(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|"
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
        const auto m = kTrailingParens.match(*title);
        if (!m.hasMatch())
            return;
        const QString inside = m.captured(1).trimmed();
        const auto startsWithWord = [&inside](const QStringList &options) {
            for (const QString &option : options) {
                if (inside.startsWith(option, Qt::CaseInsensitive))
                    return int(option.size());
            }
            return -1;
        };
        if (int n = startsWithWord({words::doneWord(i18n::Language::Korean), words::doneWord(i18n::Language::English)});
            n >= 0) {
            goal->status = GoalStatus::Done;
            if (const auto date = kIsoDate.match(inside.mid(n)); date.hasMatch())
                goal->doneOn = QDate::fromString(date.captured(1), Qt::ISODate);
        } else if (int d = startsWithWord({words::droppedWord(i18n::Language::Korean),
                                           words::droppedWord(i18n::Language::English)});
                   d >= 0) {
            goal->status = GoalStatus::Dropped;
            QString reason = inside.mid(d).trimmed();
            if (reason.startsWith(QLatin1Char(':')))
                reason = reason.mid(1).trimmed();
            goal->dropReason = reason;
        } else if (startsWithWord({words::carriedWord(i18n::Language::Korean),
                                   words::carriedWord(i18n::Language::English)})
                   >= 0) {
            goal->status = GoalStatus::CarriedOver;
        } else {
            return;
        }
        title->truncate(m.capturedStart(0));
    }
}

QDate defaultDoneDate(int year)
{
    const QDate endOfYear(year, 12, 31);
    return endOfYear < QDate::currentDate() ? endOfYear : QDate::currentDate();
}

Goal goalFromItem(const Item &item, int year)
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
    for (const QRegularExpression *ratio : {&kRatio, &kParenRatio}) {
        if (const auto m = ratio->match(text); m.hasMatch()) {
            current = m.captured(1).toInt();
            target = m.captured(2).toInt();
            text.truncate(m.capturedStart(0));
            break;
        }
    }
    text = text.trimmed();
    if (text.size() > 4 && text.startsWith(QLatin1String("~~")) && text.endsWith(QLatin1String("~~"))) {
        text = text.mid(2, text.size() - 4);
        if (goal.status == GoalStatus::Open)
            goal.status = GoalStatus::Dropped;
    }
    if (checked && goal.status == GoalStatus::Open)
        goal.status = GoalStatus::Done;
    if (goal.status == GoalStatus::Done && !goal.doneOn.isValid())
        goal.doneOn = defaultDoneDate(year);
    goal.title = shortened(stripEmphasis(text));

    QStringList notes;
    const Blocks children = parseBlocks(item.children.join(QLatin1Char('\n')), item.line + 1);
    for (const Item &child : children.items) {
        if (const auto link = kLinkOnly.match(child.text.trimmed()); link.hasMatch()) {
            EvidenceLink evidence;
            evidence.label = link.captured(1).simplified();
            evidence.url = QUrl(link.captured(2));
            goal.links << evidence;
        } else if (const auto box = kCheckbox.match(child.text); box.hasMatch()) {
            Milestone milestone;
            QString title = box.captured(2);
            milestone.done = box.captured(1) != QLatin1String(" ");
            if (const auto m = kTrailingParens.match(title); m.hasMatch() && kIsoDate.match(m.captured(1)).hasMatch()) {
                milestone.doneOn = QDate::fromString(kIsoDate.match(m.captured(1)).captured(1), Qt::ISODate);
                title.truncate(m.capturedStart(0));
            }
            milestone.title = shortened(title);
            goal.milestones << milestone;
        } else {
            notes << QStringLiteral("- ") + child.text;
            notes << child.children;
        }
    }
    notes << children.prose;
    goal.notes = notes.join(QLatin1Char('\n')).trimmed();
    if (!goal.milestones.isEmpty()) {
        goal.kind = GoalKind::Milestones;
    } else if (target > 0) {
        goal.kind = GoalKind::Count;
        goal.target = target;
        goal.current = current;
    }
    return goal;
}

// Builds the batch part by part; keeps the local ids and the origins.
class BatchBuilder
{
public:
    BatchBuilder(const MarkdownDocument &document, const QStringList &knownAreas)
        : m_document(document), m_knownAreas(knownAreas)
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
        m_batch.years << m_main << m_otherYears;
        return m_batch;
    }

private:
    QString origin(int line) const { return QStringLiteral("%1:%2").arg(m_document.fileName).arg(line); }

    void addSection(const QString &heading, const QString &body, int line)
    {
        Section section;
        section.id = ++m_nextId;
        section.heading = shortened(heading);
        section.body = body.trimmed();
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

    void addPart(const MarkdownPart &part)
    {
        switch (part.kind) {
        case Kind::Skip:
            return;
        case Kind::Section:
            addSection(part.heading, part.body, part.line);
            return;
        case Kind::ClosingNote: {
            const QString note = part.body.trimmed();
            m_main.year.closingNote = m_main.year.closingNote.isEmpty() ? note
                                                                        : m_main.year.closingNote + QStringLiteral("\n\n") + note;
            return;
        }
        default:
            break;
        }
        const Blocks blocks = parseBlocks(part.body, part.bodyLine);
        for (const Item &item : blocks.items) {
            switch (part.kind) {
            case Kind::Events:
            case Kind::TechEvents:
                addEvent(item, part.kind == Kind::TechEvents ? techAreaId() : areaId(item.group));
                break;
            case Kind::Lessons: {
                Lesson lesson;
                lesson.id = ++m_nextId;
                lesson.text = shortened(itemText(item));
                m_batch.setOrigin(ImportBatch::Kind::Lesson, lesson.id, origin(item.line));
                m_main.lessons << lesson;
                break;
            }
            case Kind::Unfinished: {
                UnfinishedItem unfinished;
                unfinished.id = ++m_nextId;
                unfinished.text = shortened(itemText(item));
                m_batch.setOrigin(ImportBatch::Kind::Unfinished, unfinished.id, origin(item.line));
                m_main.unfinished << unfinished;
                break;
            }
            case Kind::Goals: {
                const int year = part.goalYear > 0 ? part.goalYear : m_document.year + 1;
                Goal goal = goalFromItem(item, year);
                goal.id = ++m_nextId;
                goal.areaId = areaId(item.group);
                m_batch.setOrigin(ImportBatch::Kind::Goal, goal.id, origin(item.line));
                yearFor(year).goals << goal;
                break;
            }
            default:
                break;
            }
        }
        keepProse(part, blocks.prose);
    }

    void addEvent(const Item &item, Id area)
    {
        Event event;
        event.id = ++m_nextId;
        QString text = takeDate(item.text, m_document.year, &event.date);
        if (const auto tags = kTrailingTags.match(text); tags.hasMatch()) {
            event.tags = tags.captured(0).split(QLatin1Char(' '), Qt::SkipEmptyParts);
            text.truncate(tags.capturedStart(0));
        }
        QString notes = item.children.join(QLatin1Char('\n')).trimmed();
        text = stripEmphasis(text);
        if (text.isEmpty() && !notes.isEmpty())
            text = notes.section(QLatin1Char('\n'), 0, 0);
        event.title = shortened(text);
        if (event.title != text.simplified())
            notes = notes.isEmpty() ? text : text + QStringLiteral("\n\n") + notes;
        event.notes = notes;
        event.areaId = area;
        m_batch.setOrigin(ImportBatch::Kind::Event, event.id, origin(item.line));
        m_main.events << event;
    }

    const MarkdownDocument &m_document;
    QStringList m_knownAreas;
    ImportBatch m_batch;
    YearData m_main;
    QList<YearData> m_otherYears; // years named only by goal headings ("내년 목표")
    Id m_nextId = 0;
};

} // namespace

MarkdownPart::Kind detectPartKind(const QString &heading)
{
    const QString text = heading.toLower();
    if (containsAny(text, words::closingWords()))
        return Kind::ClosingNote;
    if (containsAny(text, words::unfinishedWords()))
        return Kind::Unfinished;
    if (containsAny(text, words::goalWords()))
        return Kind::Goals;
    if (containsAny(text, words::lessonWords()))
        return Kind::Lessons;
    if (containsAny(text, words::techWords()))
        return Kind::TechEvents;
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
    const QStringList lines = text.split(QLatin1Char('\n'));
    document.language = hasHangul(text) ? i18n::Language::Korean : i18n::Language::English;

    qsizetype start = 0;
    QString frontTitle;
    if (!lines.isEmpty() && lines.first().trimmed() == QLatin1String("---")) {
        for (qsizetype i = 1; i < lines.size(); ++i) {
            if (lines[i].trimmed() == QLatin1String("---")) {
                start = i + 1;
                break;
            }
            if (lines[i].startsWith(QLatin1String("title:"))) {
                frontTitle = lines[i].mid(6).trimmed();
                if (frontTitle.size() >= 2 && (frontTitle.startsWith(QLatin1Char('"')) || frontTitle.startsWith(QLatin1Char('\''))))
                    frontTitle = frontTitle.mid(1, frontTitle.size() - 2).replace(QLatin1String("\\\""), QLatin1String("\""));
            }
        }
    }

    struct HeadingLine
    {
        qsizetype index;
        int level;
        QString text;
    };
    QList<HeadingLine> headings;
    bool inFence = false;
    for (qsizetype i = start; i < lines.size(); ++i) {
        if (kFence.match(lines[i]).hasMatch()) {
            inFence = !inFence;
            continue;
        }
        if (inFence)
            continue;
        if (const auto m = kHeading.match(lines[i]); m.hasMatch())
            headings.append({i, int(m.captured(1).size()), m.captured(2).trimmed()});
    }

    QString titleLine = frontTitle;
    int titleLineNumber = frontTitle.isEmpty() ? 1 : 2;
    qsizetype contentStart = start;
    if (!headings.isEmpty() && headings.first().level == 1) {
        titleLine = headings.first().text;
        titleLineNumber = int(headings.first().index) + 1;
        contentStart = headings.first().index + 1;
        headings.removeFirst();
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
    if (document.year < kMinYear || document.year > kMaxYear)
        return importError(fileName, titleLineNumber,
                           tr("no year found in the title (\"%1\"). Give the year, e.g. with --year.")
                               .arg(titleLine.left(80)));

    // "2025년 회고 — 제목", "My 2025 in review: Title": the part after the generic words is the title.
    static const QRegularExpression generic(
        QStringLiteral("^(?:\\d{4}\\s*년?\\s*(?:회고|돌아보기|결산)|my\\s+\\d{4}\\s+in\\s+review|\\d{4}\\s+in\\s+review|"
                       "\\d{4}\\s+year\\s+in\\s+review)\\s*(?:[—–:|-]\\s*(.*))?$"),
        QRegularExpression::CaseInsensitiveOption);
    if (const auto m = generic.match(titleLine.trimmed()); m.hasMatch())
        document.title = m.captured(1).trimmed();
    else
        document.title = titleLine.trimmed();
    document.title = shortened(document.title);

    const qsizetype firstPart = headings.isEmpty() ? lines.size() : headings.first().index;
    // A quote right under the title is the one-line summary; other text before the first heading is an intro.
    qsizetype i = contentStart;
    while (i < firstPart && lines[i].trimmed().isEmpty())
        ++i;
    while (i < firstPart && lines[i].startsWith(QLatin1Char('>')))
        document.summary = QString(document.summary + QLatin1Char(' ') + lines[i++].mid(1)).simplified();
    while (i < firstPart && lines[i].trimmed().isEmpty())
        ++i;
    document.introLine = int(i) + 1;
    const QStringList intro = lines.mid(i, firstPart - i);
    document.intro = intro.join(QLatin1Char('\n')).trimmed();
    document.summary = shortened(document.summary);

    int partLevel = 6;
    for (const HeadingLine &heading : std::as_const(headings))
        partLevel = qMin(partLevel, heading.level);
    for (qsizetype h = 0; h < headings.size(); ++h) {
        if (headings[h].level != partLevel)
            continue;
        qsizetype end = lines.size();
        for (qsizetype next = h + 1; next < headings.size(); ++next) {
            if (headings[next].level <= partLevel) {
                end = headings[next].index;
                break;
            }
        }
        MarkdownPart part;
        part.heading = headings[h].text;
        part.line = int(headings[h].index) + 1;
        part.detected = detectPartKind(part.heading);
        part.kind = part.detected;
        part.goalYear = goalYearOf(part.heading, document.year);
        part.bodyLine = part.line + 1;
        part.body = lines.mid(headings[h].index + 1, end - headings[h].index - 1).join(QLatin1Char('\n'));
        document.parts << part;
    }
    return document;
}

ImportBatch markdownBatch(const MarkdownDocument &document, const QStringList &knownAreas)
{
    return BatchBuilder(document, knownAreas).build();
}

} // namespace hoego
