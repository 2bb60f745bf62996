// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "jsonformat.h"

#include "io/publicview.h"
#include "io/yeardata.h"
#include "storage/repositories.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace hoego::jsonformat {
namespace {

QJsonValue idOrNull(Id id, const QSet<Id> &known)
{
    return id != 0 && known.contains(id) ? QJsonValue(id) : QJsonValue();
}

QJsonValue areaName(Id areaId, const QHash<Id, Area> &areas)
{
    return areas.contains(areaId) ? QJsonValue(areas.value(areaId).name) : QJsonValue();
}

QJsonValue dateOrNull(QDate date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

// "private": true only on what is private, so files without private items read as version 3 files did.
QJsonObject marked(QJsonObject object, bool isPrivate)
{
    if (isPrivate)
        object.insert(QStringLiteral("private"), true);
    return object;
}

struct KnownIds
{
    QSet<Id> events, sections, goals, outputs;
};

// A goal's evidence, as links to outputs and events of the file.
QJsonArray evidenceArray(Id goalId, const QList<EvidenceItem> &evidence, const KnownIds &known)
{
    QJsonArray array;
    for (const EvidenceItem &item : evidence) {
        const GoalEvidence &e = item.link;
        const bool isOutput = e.source == EvidenceSource::Output;
        if (e.goalId != goalId || !(isOutput ? known.outputs : known.events).contains(e.sourceId))
            continue;
        array.append(QJsonObject{{isOutput ? QStringLiteral("output") : QStringLiteral("event"), e.sourceId}});
    }
    return array;
}

QJsonObject outputObject(const Output &o, const QHash<Id, Area> &areas)
{
    return marked(
            QJsonObject{{QStringLiteral("id"), o.id},
                        {QStringLiteral("kind"), o.kind},
                        {QStringLiteral("title"), o.title},
                        {QStringLiteral("date"), o.date.toIsoString()},
                        {QStringLiteral("link"), o.link.isEmpty() ? QString() : o.link.toString(QUrl::FullyEncoded)},
                        {QStringLiteral("venue"), o.venue},
                        {QStringLiteral("area"), areaName(o.areaId, areas)},
                        {QStringLiteral("notes"), o.notes}},
            o.isPrivate);
}

QJsonObject goalObject(const Goal &goal, const QHash<Id, Area> &areas, const KnownIds &known,
                       const QList<EvidenceItem> &evidence)
{
    QJsonArray milestones;
    for (const Milestone &m : goal.milestones)
        milestones.append(QJsonObject{{QStringLiteral("title"), m.title},
                                      {QStringLiteral("done"), m.done},
                                      {QStringLiteral("done_on"), dateOrNull(m.doneOn)}});
    QJsonArray links;
    for (const EvidenceLink &l : goal.links)
        links.append(QJsonObject{{QStringLiteral("label"), l.label},
                                 {QStringLiteral("url"), l.url.toString(QUrl::FullyEncoded)}});
    QJsonObject object{{QStringLiteral("id"), goal.id},
                       {QStringLiteral("title"), goal.title},
                       {QStringLiteral("area"), areaName(goal.areaId, areas)},
                       {QStringLiteral("notes"), goal.notes},
                       {QStringLiteral("kind"), goalKindKey(goal.kind)},
                       {QStringLiteral("status"), goalStatusKey(goal.status)},
                       {QStringLiteral("done_on"), dateOrNull(goal.doneOn)},
                       {QStringLiteral("drop_reason"), goal.dropReason},
                       {QStringLiteral("carried_from"), idOrNull(goal.carriedFromId, known.goals)},
                       {QStringLiteral("milestones"), milestones},
                       {QStringLiteral("links"), links}};
    if (goal.kind == GoalKind::Count) {
        object.insert(QStringLiteral("target"), goal.target);
        object.insert(QStringLiteral("current"), goal.current);
        object.insert(QStringLiteral("counts_evidence"), goal.countsEvidence);
    }
    object.insert(QStringLiteral("evidence"), evidenceArray(goal.id, evidence, known));
    return marked(object, goal.isPrivate);
}

QJsonObject yearObject(const YearData &data, const QHash<Id, Area> &areas, const KnownIds &known)
{
    QJsonArray events;
    for (const Event &e : data.events)
        events.append(marked(QJsonObject{{QStringLiteral("id"), e.id},
                                         {QStringLiteral("title"), e.title},
                                         {QStringLiteral("date"), e.date.toIsoString()},
                                         {QStringLiteral("area"), areaName(e.areaId, areas)},
                                         {QStringLiteral("notes"), e.notes},
                                         {QStringLiteral("tags"), QJsonArray::fromStringList(e.tags)}},
                             e.isPrivate));
    QJsonArray sections;
    for (const Section &s : data.sections)
        sections.append(marked(QJsonObject{{QStringLiteral("id"), s.id},
                                           {QStringLiteral("heading"), s.heading},
                                           {QStringLiteral("body"), s.body}},
                               s.isPrivate));
    QJsonArray lessons;
    for (const Lesson &l : data.lessons)
        lessons.append(marked(QJsonObject{{QStringLiteral("text"), l.text},
                                          {QStringLiteral("event"), idOrNull(l.eventId, known.events)},
                                          {QStringLiteral("section"), idOrNull(l.sectionId, known.sections)}},
                              l.isPrivate));
    QJsonArray unfinished;
    for (const UnfinishedItem &u : data.unfinished)
        unfinished.append(marked(QJsonObject{{QStringLiteral("text"), u.text},
                                             {QStringLiteral("goal"), idOrNull(u.goalId, known.goals)}},
                                 u.isPrivate));
    QJsonArray goals;
    for (const Goal &g : data.goals)
        goals.append(goalObject(g, areas, known, data.evidence));
    QJsonArray outputs;
    for (const Output &o : data.outputs)
        outputs.append(outputObject(o, areas));
    QJsonArray themes;
    for (const YearTheme &t : data.themes)
        themes.append(marked(QJsonObject{{QStringLiteral("name"), t.theme.name},
                                         {QStringLiteral("state"), themeStateKey(t.entry.state)},
                                         {QStringLiteral("note"), t.entry.note}},
                             t.entry.isPrivate));
    QJsonArray questions;
    for (const YearQuestion &q : data.questions) {
        QJsonObject question{{QStringLiteral("text"), q.question.text}, {QStringLiteral("answer"), q.answer.body}};
        if (!q.question.builtinKey.isEmpty())
            question.insert(QStringLiteral("builtin"), q.question.builtinKey);
        questions.append(marked(question, q.answer.isPrivate));
    }
    QJsonArray themeLinks;
    for (const YearThemeLink &l : data.themeLinks) {
        const char *key = l.target == ThemeLinkTarget::Goal ? "goal"
                : l.target == ThemeLinkTarget::Event        ? "event"
                                                            : "section";
        themeLinks.append(QJsonObject{{QStringLiteral("theme"), l.themeName}, {QLatin1String(key), l.targetId}});
    }
    QJsonObject year{{QStringLiteral("number"), data.year.number},
                     {QStringLiteral("title"), data.year.title},
                     {QStringLiteral("summary"), data.year.summary},
                     {QStringLiteral("closing_note"), data.year.closingNote},
                     {QStringLiteral("events"), events},
                     {QStringLiteral("sections"), sections},
                     {QStringLiteral("lessons"), lessons},
                     {QStringLiteral("unfinished"), unfinished},
                     {QStringLiteral("goals"), goals},
                     {QStringLiteral("themes"), themes},
                     {QStringLiteral("questions"), questions},
                     {QStringLiteral("theme_links"), themeLinks},
                     {QStringLiteral("outputs"), outputs}};
    // The year's own order of its exported parts, only when it has one: a file without it keeps the default.
    if (!data.partOrder.isEmpty()) {
        QJsonArray parts;
        for (const YearPart part : data.partOrder)
            parts.append(yearPartKey(part));
        year.insert(QStringLiteral("parts"), parts);
    }
    return year;
}

// Themes and questions as the file describes them once: all of the database's for a full export (a theme
// followed in no year is kept too), only those the year has for a one-year export.
Result<std::pair<QJsonArray, QJsonArray>> descriptions(const Repositories &repos, const QList<YearData> &years,
                                                       bool wholeDatabase, const QHash<Id, Area> &areas)
{
    QList<Theme> themes;
    QList<Question> questions;
    if (wholeDatabase) {
        auto allThemes = repos.themes.all();
        if (!allThemes.ok())
            return allThemes.error();
        themes = *allThemes;
        auto allQuestions = repos.questions.all();
        if (!allQuestions.ok())
            return allQuestions.error();
        questions = *allQuestions;
    } else {
        QSet<Id> seenThemes, seenQuestions;
        for (const YearData &year : years) {
            for (const YearTheme &t : year.themes) {
                if (!seenThemes.contains(t.theme.id)) {
                    seenThemes.insert(t.theme.id);
                    themes << t.theme;
                }
            }
            for (const YearQuestion &q : year.questions) {
                if (!seenQuestions.contains(q.question.id)) {
                    seenQuestions.insert(q.question.id);
                    questions << q.question;
                }
            }
        }
    }
    QJsonArray themeArray;
    for (const Theme &theme : std::as_const(themes))
        themeArray.append(QJsonObject{{QStringLiteral("name"), theme.name},
                                      {QStringLiteral("area"), areaName(theme.areaId, areas)},
                                      {QStringLiteral("notes"), theme.notes}});
    QJsonArray questionArray;
    for (const Question &question : std::as_const(questions)) {
        QJsonObject object{{QStringLiteral("text"), question.text}};
        if (!question.builtinKey.isEmpty())
            object.insert(QStringLiteral("builtin"), question.builtinKey);
        questionArray.append(object);
    }
    return std::pair{themeArray, questionArray};
}

} // namespace

Result<QByteArray> exportJson(const Repositories &repos, std::optional<Id> yearId, bool publicOnly)
{
    QList<YearData> years;
    if (yearId) {
        auto one = loadYearData(repos, *yearId);
        if (!one.ok())
            return one.error();
        years << std::move(one).value();
    } else {
        auto all = loadAllYears(repos);
        if (!all.ok())
            return all.error();
        years = std::move(all).value();
    }
    auto areaList = repos.areas.all();
    if (!areaList.ok())
        return areaList.error();
    if (publicOnly) {
        const QSet<Id> privateAreas = privateAreaIds(*areaList);
        for (YearData &year : years)
            year = publicYearData(year, privateAreas);
    }
    QHash<Id, Area> areas;
    QJsonArray areaArray;
    for (const Area &area : areaList.value()) {
        if (publicOnly && area.isPrivate)
            continue;
        areas.insert(area.id, area);
        areaArray.append(marked(QJsonObject{{QStringLiteral("name"), area.name},
                                            {QStringLiteral("color"), area.color.name(QColor::HexRgb)}},
                                area.isPrivate));
    }
    // Links to items outside the exported years (a one-year export) are left out rather than left dangling.
    KnownIds known;
    for (const YearData &year : years) {
        for (const Event &e : year.events)
            known.events.insert(e.id);
        for (const Section &s : year.sections)
            known.sections.insert(s.id);
        for (const Goal &g : year.goals)
            known.goals.insert(g.id);
        for (const Output &o : year.outputs)
            known.outputs.insert(o.id);
    }
    QJsonArray yearArray;
    for (const YearData &year : years)
        yearArray.append(yearObject(year, areas, known));
    // A public file describes only the themes and questions its years show, never one of a private area.
    auto described = descriptions(repos, years, !yearId && !publicOnly, areas);
    if (!described.ok())
        return described.error();
    const QJsonObject root{{QStringLiteral("format"), QStringLiteral("hoego")},
                           {QStringLiteral("version"), kVersion},
                           {QStringLiteral("scope"), yearId ? QStringLiteral("year") : QStringLiteral("database")},
                           {QStringLiteral("exported_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                           {QStringLiteral("areas"), areaArray},
                           {QStringLiteral("themes"), described->first},
                           {QStringLiteral("questions"), described->second},
                           {QStringLiteral("years"), yearArray}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace hoego::jsonformat
