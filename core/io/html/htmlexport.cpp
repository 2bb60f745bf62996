// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "htmlexport.h"

#include "io/reportparts.h"
#include "io/reportwords.h"
#include "markdownhtml.h"
#include "outputshtml.h"
#include "progress/goalprogress.h"
#include "progress/yearprogress.h"
#include "themeshtml.h"

#include <QMap>

namespace hoego {
namespace {

using i18n::Language;
namespace words = reportwords;

QString esc(const QString &text)
{
    return escapeHtml(text);
}

const char kStyle[] = R"(
:root { color-scheme: light dark; --ink: #222; --muted: #666; --line: #e4e4e4; --accent: #3d5a80; --bg: #fff; --done: #81b29a; }
@media (prefers-color-scheme: dark) { :root { --ink: #eee; --muted: #aaa; --line: #333; --accent: #98c1d9; --bg: #161616; } }
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--ink);
  font: 17px/1.7 -apple-system, "Segoe UI", "Noto Sans CJK KR", "Apple SD Gothic Neo", "Malgun Gothic", sans-serif;
  word-break: keep-all; overflow-wrap: anywhere; }
main { max-width: 46rem; margin: 0 auto; padding: 2rem 1.25rem 4rem; }
h1 { font-size: 2rem; line-height: 1.3; margin: 0 0 .5rem; }
h2 { font-size: 1.35rem; margin: 2.5rem 0 .75rem; padding-bottom: .25rem; border-bottom: 1px solid var(--line); }
h3 { font-size: 1.05rem; margin: 1.5rem 0 .5rem; color: var(--accent); }
.summary { font-size: 1.15rem; color: var(--muted); margin: 0 0 1.5rem; }
ul { padding-left: 1.25rem; }
li { margin: .35rem 0; }
time { color: var(--muted); font-variant-numeric: tabular-nums; margin-right: .4rem; }
.tag { display: inline-block; font-size: .8rem; color: var(--accent); margin-left: .35rem; }
.notes { color: var(--muted); font-size: .95rem; }
.notes p { margin: .25rem 0; }
blockquote { margin: 1rem 0; padding: .25rem 1rem; border-left: 3px solid var(--line); color: var(--muted); }
pre { overflow-x: auto; padding: .75rem; background: rgba(127,127,127,.1); border-radius: 6px; }
.goals { list-style: none; padding: 0; }
.goal { padding: .6rem 0; border-bottom: 1px solid var(--line); }
.goal .head { display: flex; gap: .5rem; align-items: baseline; flex-wrap: wrap; }
.goal .title { flex: 1 1 12rem; font-weight: 600; }
.goal.dropped .title { text-decoration: line-through; color: var(--muted); }
.goal .state { font-size: .85rem; color: var(--muted); }
.goal .label { font-variant-numeric: tabular-nums; font-size: .9rem; }
.goal svg.bar { display: block; width: 100%; height: 6px; margin-top: .35rem; }
.goal ul { margin: .25rem 0 0; font-size: .95rem; }
.overview { display: flex; gap: 1.5rem; align-items: center; flex-wrap: wrap; margin: 1rem 0; }
.overview svg.ring { width: 7.5rem; height: 7.5rem; flex: none; }
svg.radar { display: block; width: 100%; max-width: 28rem; margin: 0 auto; }
.areas { flex: 1 1 14rem; }
.areas div { font-size: .9rem; }
table.counts { border-collapse: collapse; font-variant-numeric: tabular-nums; margin: .5rem 0 1rem; }
.counts th, .counts td { padding: .2rem .75rem; border-bottom: 1px solid var(--line); }
.counts tr:last-child td { font-weight: 600; border-bottom: none; }
footer { margin-top: 3rem; font-size: .8rem; color: var(--muted); text-align: center; }
@media (max-width: 30rem) { body { font-size: 16px; } h1 { font-size: 1.6rem; } main { padding: 1.25rem 1rem 3rem; } }
@media print { body { font-size: 11pt; } main { max-width: none; } }
)";

QString ringSvg(const progress::GoalCounts &counts, Language language)
{
    const double circumference = 2 * 3.14159265 * 42;
    const double filled = circumference * counts.rate();
    return QStringLiteral(
                   "<svg class=\"ring\" viewBox=\"0 0 100 100\" role=\"img\" aria-label=\"%1\">"
                   "<circle cx=\"50\" cy=\"50\" r=\"42\" fill=\"none\" stroke=\"var(--line)\" stroke-width=\"10\"/>"
                   "<circle cx=\"50\" cy=\"50\" r=\"42\" fill=\"none\" stroke=\"var(--done)\" stroke-width=\"10\" "
                   "stroke-linecap=\"round\" stroke-dasharray=\"%2 %3\" transform=\"rotate(-90 50 50)\"/>"
                   "<text x=\"50\" y=\"50\" text-anchor=\"middle\" dominant-baseline=\"central\" font-size=\"20\" "
                   "font-weight=\"700\" fill=\"currentColor\">%4%</text></svg>")
            .arg(esc(words::progressLine(counts, language)))
            .arg(filled, 0, 'f', 1)
            .arg(circumference, 0, 'f', 1)
            .arg(counts.percent());
}

QString barSvg(double fraction, const QString &color)
{
    return QStringLiteral("<svg class=\"bar\" viewBox=\"0 0 100 6\" preserveAspectRatio=\"none\" aria-hidden=\"true\">"
                          "<rect width=\"100\" height=\"6\" rx=\"3\" fill=\"var(--line)\"/>"
                          "<rect width=\"%1\" height=\"6\" rx=\"3\" fill=\"%2\"/></svg>")
            .arg(qBound(0.0, fraction, 1.0) * 100, 0, 'f', 1)
            .arg(esc(color));
}

QString tagsHtml(const QStringList &tags)
{
    QString out;
    for (const QString &tag : tags)
        out += QStringLiteral("<span class=\"tag\">#%1</span>").arg(esc(tag));
    return out;
}

class Writer
{
public:
    Writer(const YearReport &report, const ReportOptions &options)
        : m_report(report)
        , m_options(options)
    { }

    QString write()
    {
        const Year &year = m_report.data.year;
        const Language language = m_options.language;
        const QString heading = words::documentTitle(year.number, language);
        const QString title = year.title.isEmpty() ? heading : QStringLiteral("%1 — %2").arg(heading, year.title);
        m_out << QStringLiteral("<!DOCTYPE html>")
              << QStringLiteral("<html lang=\"%1\">")
                         .arg(language == Language::Korean ? QStringLiteral("ko") : QStringLiteral("en"))
              << QStringLiteral("<head><meta charset=\"utf-8\">")
              << QStringLiteral("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
              << QStringLiteral("<meta name=\"generator\" content=\"Hoego\">")
              << QStringLiteral("<title>%1</title>").arg(esc(title))
              << QStringLiteral("<style>%1</style></head>").arg(QString::fromUtf8(kStyle).trimmed())
              << QStringLiteral("<body><main>") << QStringLiteral("<header>")
              << QStringLiteral("<h1>%1</h1>").arg(esc(title));
        if (!year.summary.isEmpty())
            m_out << QStringLiteral("<p class=\"summary\">%1</p>").arg(esc(year.summary));
        m_out << QStringLiteral("</header>");
        for (const ReportSlot &slot : orderedParts(m_report.data))
            writePart(slot);
        m_out << QStringLiteral("<footer>Hoego</footer>") << QStringLiteral("</main></body></html>");
        return m_out.join(QLatin1Char('\n')) + QLatin1Char('\n');
    }

private:
    QString headingOf(YearPart part) const { return partHeading(part, m_report, m_options); }

    void writePart(const ReportSlot &slot)
    {
        const YearData &data = m_report.data;
        const Language language = m_options.language;
        switch (slot.part) {
        case YearPart::Events:
            return writeEvents();
        case YearPart::Outputs:
            if (const QString outputs = outputsHtml(m_report, language, headingOf(slot.part)); !outputs.isEmpty())
                m_out << QStringLiteral("<section>") << outputs << QStringLiteral("</section>");
            return;
        case YearPart::Themes:
            if (const QString themes = themesHtml(data, language, true, headingOf(slot.part)); !themes.isEmpty())
                m_out << QStringLiteral("<section>") << themes << QStringLiteral("</section>");
            return;
        case YearPart::Section: {
            const Section &section = data.sections[slot.section];
            m_out << QStringLiteral("<section><h2>%1</h2>").arg(esc(section.heading)) << markdownToHtml(section.body)
                  << QStringLiteral("</section>");
            return;
        }
        case YearPart::Questions:
            if (const QString questions = questionsHtml(data, headingOf(slot.part)); !questions.isEmpty())
                m_out << QStringLiteral("<section>") << questions << QStringLiteral("</section>");
            return;
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
                m_out << QStringLiteral("<section><h2>%1</h2>").arg(esc(headingOf(slot.part)))
                      << markdownToHtml(data.year.closingNote) << QStringLiteral("</section>");
            return;
        }
    }

    QString areaColor(Id areaId) const
    {
        const QColor color = m_report.areaById.value(areaId).color;
        return color.isValid() ? color.name() : QStringLiteral("#81b29a");
    }

    void writeEvents()
    {
        if (m_report.data.events.isEmpty())
            return;
        const Language language = m_options.language;
        m_out << QStringLiteral("<section><h2>%1</h2>").arg(esc(headingOf(YearPart::Events)));
        QMap<int, QList<const Event *>> groups;
        for (const Event &event : m_report.data.events)
            groups[groupKey(event)] << &event;
        for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
            m_out << QStringLiteral("<h3>%1</h3><ul class=\"events\">").arg(esc(groupHeading(it.key())));
            for (const Event *event : it.value()) {
                QString item = QStringLiteral("<li>");
                const QString date = words::dateText(event->date, language);
                if (!date.isEmpty())
                    item += QStringLiteral("<time datetime=\"%1\">%2</time>").arg(event->date.toIsoString(), esc(date));
                item += QStringLiteral("<strong>%1</strong>").arg(esc(event->title)) + tagsHtml(event->tags);
                if (!event->notes.trimmed().isEmpty())
                    item += QStringLiteral("<div class=\"notes\">%1</div>").arg(markdownToHtml(event->notes));
                m_out << item + QStringLiteral("</li>");
            }
            m_out << QStringLiteral("</ul>");
        }
        m_out << QStringLiteral("</section>");
    }

    int groupKey(const Event &event) const
    {
        if (m_options.grouping == ReportOptions::Grouping::ByMonth)
            return event.date.month();
        for (qsizetype i = 0; i < m_report.areas.size(); ++i) {
            if (m_report.areas[i].id == event.areaId)
                return int(i);
        }
        return int(m_report.areas.size());
    }

    QString groupHeading(int key) const
    {
        if (m_options.grouping == ReportOptions::Grouping::ByMonth)
            return key == 0 ? words::wholeYearHeading(m_options.language) : words::monthName(key, m_options.language);
        return key < m_report.areas.size() ? m_report.areas[key].name : words::noAreaHeading(m_options.language);
    }

    template<typename Item>
    void writeList(const QString &heading, const QList<Item> &items)
    {
        if (items.isEmpty())
            return;
        m_out << QStringLiteral("<section><h2>%1</h2><ul>").arg(esc(heading));
        for (const Item &item : items)
            m_out << QStringLiteral("<li>%1</li>").arg(esc(item.text));
        m_out << QStringLiteral("</ul></section>");
    }

    QString stateText(const Goal &goal) const
    {
        const Language language = m_options.language;
        switch (goal.status) {
        case GoalStatus::Done:
            return goal.doneOn.isValid()
                    ? QStringLiteral("%1 %2").arg(words::doneWord(language), goal.doneOn.toString(Qt::ISODate))
                    : words::doneWord(language);
        case GoalStatus::Dropped:
            return goal.dropReason.isEmpty()
                    ? words::droppedWord(language)
                    : QStringLiteral("%1: %2").arg(words::droppedWord(language), goal.dropReason);
        case GoalStatus::CarriedOver:
            return words::carriedWord(language);
        case GoalStatus::Open:
            break;
        }
        return {};
    }

    void writeGoals(const QString &heading, const QList<Goal> &goals)
    {
        if (goals.isEmpty())
            return;
        m_out << QStringLiteral("<section><h2>%1</h2>").arg(esc(heading));
        const progress::GoalCounts counts = progress::countGoals(goals);
        m_out << QStringLiteral("<p class=\"progress\">%1</p>")
                         .arg(esc(words::progressLine(counts, m_options.language)));
        m_out << QStringLiteral("<div class=\"overview\">") + ringSvg(counts, m_options.language)
                        + QStringLiteral("<div class=\"areas\">");
        for (const progress::AreaProgress &area : progress::byArea(goals)) {
            const QString name = area.areaId ? m_report.areaById.value(area.areaId).name
                                             : words::noAreaHeading(m_options.language);
            m_out << QStringLiteral("<div>%1 · %2/%3%4</div>")
                             .arg(esc(name))
                             .arg(area.counts.done)
                             .arg(area.counts.total())
                             .arg(barSvg(area.counts.rate(), areaColor(area.areaId)));
        }
        m_out << QStringLiteral("</div></div><ul class=\"goals\">");
        for (const Goal &goal : goals) {
            const bool done = goal.status == GoalStatus::Done;
            const bool dropped = goal.status == GoalStatus::Dropped;
            QString item
                    = QStringLiteral("<li class=\"goal%1\"><div class=\"head\">")
                              .arg(done ? QStringLiteral(" done") : (dropped ? QStringLiteral(" dropped") : QString()));
            item += QStringLiteral("<span>%1</span>").arg(done ? QStringLiteral("&#9745;") : QStringLiteral("&#9744;"));
            item += QStringLiteral("<span class=\"title\">%1</span>").arg(esc(goal.title));
            item += QStringLiteral("<span class=\"label\">%1</span>").arg(esc(progress::label(goal)));
            if (const QString state = stateText(goal); !state.isEmpty())
                item += QStringLiteral("<span class=\"state\">%1</span>").arg(esc(state));
            item += QStringLiteral("</div>");
            if (!dropped)
                item += barSvg(progress::fraction(goal), areaColor(goal.areaId));
            const QStringList evidence = evidenceHtml(m_report.data, goal.id);
            if (!goal.milestones.isEmpty() || !goal.links.isEmpty() || !evidence.isEmpty()) {
                item += QStringLiteral("<ul>");
                for (const QString &piece : evidence)
                    item += QStringLiteral("<li>%1</li>").arg(piece);
                for (const Milestone &m : goal.milestones)
                    item += QStringLiteral("<li>%1 %2</li>")
                                    .arg(m.done ? QStringLiteral("&#9745;") : QStringLiteral("&#9744;"), esc(m.title));
                for (const EvidenceLink &link : goal.links)
                    item += QStringLiteral("<li><a href=\"%1\">%2</a></li>")
                                    .arg(esc(link.url.toString(QUrl::FullyEncoded)),
                                         esc(link.label.isEmpty() ? link.url.toDisplayString() : link.label));
                item += QStringLiteral("</ul>");
            }
            if (!goal.notes.trimmed().isEmpty())
                item += QStringLiteral("<div class=\"notes\">%1</div>").arg(markdownToHtml(goal.notes));
            m_out << item + QStringLiteral("</li>");
        }
        m_out << QStringLiteral("</ul></section>");
    }

    const YearReport &m_report;
    const ReportOptions &m_options;
    QStringList m_out;
};

} // namespace

QString exportHtml(const YearReport &report, const ReportOptions &options)
{
    return Writer(report, options).write();
}

QString htmlArticle(const QString &page)
{
    const qsizetype start = page.indexOf(QLatin1String("<main>"));
    qsizetype end = page.lastIndexOf(QLatin1String("<footer>"));
    if (end < 0)
        end = page.lastIndexOf(QLatin1String("</main>"));
    if (start < 0 || end < start)
        return {};
    return page.mid(start + 6, end - start - 6).trimmed();
}

} // namespace hoego
