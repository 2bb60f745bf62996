// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "publicview.h"

#include "reportparts.h"
#include "storage/repositories.h"

#include <QCoreApplication>

namespace hoego {
namespace {

// Names the context of this file's strings for tr() and for lupdate alike.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hoego::PublicView)
};

// Filters one year, noting what it leaves out. An item is left out when it is marked private or (for the kinds
// that have an area) its area is private.
class Filter
{
public:
    Filter(const QSet<Id> &privateAreas, QList<LeftOutItem> *leftOut, const QHash<Id, Area> &areas, int year = 0)
        : m_year(year)
        , m_privateAreas(privateAreas)
        , m_leftOut(leftOut)
        , m_areas(areas)
    { }

    bool keeps(bool isPrivate, Id areaId, const QString &kind, const QString &title)
    {
        const bool areaPrivate = areaId != 0 && m_privateAreas.contains(areaId);
        if (!isPrivate && !areaPrivate)
            return true;
        if (m_leftOut)
            m_leftOut->append({kind, title.simplified(), areaPrivate ? m_areas.value(areaId).name : QString(), m_year});
        return false;
    }

    YearData apply(const YearData &data)
    {
        YearData out;
        out.year = data.year;
        QSet<Id> events, sections, goals, outputs;
        // What was left out, with its area: a lesson or unfinished item about it stays home with it.
        QHash<Id, Id> eventsLeftOut, sectionsLeftOut, goalsLeftOut;
        QSet<QString> themes;
        for (const Event &e : data.events) {
            if (keeps(e.isPrivate, e.areaId, Tr::tr("Event"), e.title)) {
                out.events << e;
                events.insert(e.id);
            } else {
                eventsLeftOut.insert(e.id, e.areaId);
            }
        }
        for (const Section &s : data.sections) {
            if (keeps(s.isPrivate, 0, Tr::tr("Review section"), s.heading)) {
                out.sections << s;
                sections.insert(s.id);
            } else {
                sectionsLeftOut.insert(s.id, 0);
            }
        }
        for (const Goal &g : data.goals) {
            if (keeps(g.isPrivate, g.areaId, Tr::tr("Goal"), g.title)) {
                out.goals << g;
                goals.insert(g.id);
            } else {
                goalsLeftOut.insert(g.id, g.areaId);
            }
        }
        for (const Output &o : data.outputs) {
            if (keeps(o.isPrivate, o.areaId, Tr::tr("Output"), o.title)) {
                out.outputs << o;
                outputs.insert(o.id);
            }
        }
        for (Lesson l : data.lessons) {
            const bool aboutLeftOut = eventsLeftOut.contains(l.eventId) || sectionsLeftOut.contains(l.sectionId);
            const Id area = privateAreaOf(eventsLeftOut.value(l.eventId));
            if (!keeps(l.isPrivate || (aboutLeftOut && area == 0), area, Tr::tr("Lesson"), l.text))
                continue;
            if (!events.contains(l.eventId))
                l.eventId = 0;
            if (!sections.contains(l.sectionId))
                l.sectionId = 0;
            out.lessons << l;
        }
        for (UnfinishedItem u : data.unfinished) {
            const bool aboutLeftOut = goalsLeftOut.contains(u.goalId);
            const Id area = privateAreaOf(goalsLeftOut.value(u.goalId));
            if (!keeps(u.isPrivate || (aboutLeftOut && area == 0), area, Tr::tr("Unfinished item"), u.text))
                continue;
            if (!goals.contains(u.goalId))
                u.goalId = 0;
            out.unfinished << u;
        }
        for (const YearTheme &t : data.themes) {
            if (keeps(t.entry.isPrivate, t.theme.areaId, Tr::tr("Theme"), t.theme.name))
                out.themes << t;
            else
                themes.insert(t.theme.name);
        }
        for (const YearQuestion &q : data.questions) {
            if (keeps(q.answer.isPrivate, 0, Tr::tr("Answer"), q.question.text))
                out.questions << q;
        }
        for (const YearThemeLink &link : data.themeLinks) {
            const QSet<Id> &kept = link.target == ThemeLinkTarget::Goal ? goals
                    : link.target == ThemeLinkTarget::Event             ? events
                                                                        : sections;
            if (kept.contains(link.targetId) && !themes.contains(link.themeName))
                out.themeLinks << link;
        }
        // Evidence may come from other years: its own mark (and its area's) travels with it.
        for (const EvidenceItem &item : data.evidence) {
            if (goals.contains(item.link.goalId) && !item.sourcePrivate)
                out.evidence << item;
        }
        // A goal that counts its evidence shows the count of what is published, so its figure matches its list.
        QHash<Id, int> publicEvidence;
        for (const EvidenceItem &item : std::as_const(out.evidence))
            ++publicEvidence[item.link.goalId];
        for (Goal &g : out.goals) {
            if (g.countsEvidence && g.kind == GoalKind::Count)
                g.current = publicEvidence.value(g.id);
        }
        // The year's own order without the places of the sections left out, so each kept section keeps its own.
        if (!data.partOrder.isEmpty()) {
            for (const ReportSlot &slot : orderedParts(data)) {
                if (slot.part != YearPart::Section || sections.contains(data.sections[slot.section].id))
                    out.partOrder << slot.part;
            }
        }
        return out;
    }

    // The area when it is private (the reason to give for an item about something in it), else 0.
    Id privateAreaOf(Id areaId) const { return m_privateAreas.contains(areaId) ? areaId : 0; }

    QList<Goal> applyToGoals(const QList<Goal> &goals, int year)
    {
        m_year = year;
        QList<Goal> out;
        for (const Goal &g : goals) {
            if (keeps(g.isPrivate, g.areaId, Tr::tr("Goal"), g.title))
                out << g;
        }
        return out;
    }

private:
    int m_year;
    const QSet<Id> &m_privateAreas;
    QList<LeftOutItem> *m_leftOut;
    const QHash<Id, Area> &m_areas;
};

} // namespace

QSet<Id> privateAreaIds(const QList<Area> &areas)
{
    QSet<Id> ids;
    for (const Area &area : areas) {
        if (area.isPrivate)
            ids.insert(area.id);
    }
    return ids;
}

YearData publicYearData(const YearData &data, const QSet<Id> &privateAreas, QList<LeftOutItem> *leftOut,
                        const QHash<Id, Area> &areaNames)
{
    return Filter(privateAreas, leftOut, areaNames, data.year.number).apply(data);
}

YearReport publicReport(const YearReport &report, QList<LeftOutItem> *leftOut)
{
    const QSet<Id> privateAreas = privateAreaIds(report.areas);
    if (leftOut) {
        for (const Area &area : report.areas) {
            if (area.isPrivate)
                leftOut->append({Tr::tr("Area"), area.name, QString()});
        }
    }
    Filter filter(privateAreas, leftOut, report.areaById, report.data.year.number);
    YearReport out;
    out.data = filter.apply(report.data);
    out.nextYearNumber = report.nextYearNumber;
    out.nextYearGoals = filter.applyToGoals(report.nextYearGoals, report.nextYearNumber);
    out.outputTallies = report.publicOutputTallies;
    out.publicOutputTallies = report.publicOutputTallies;
    for (const Area &area : report.areas) {
        if (!area.isPrivate) {
            out.areas << area;
            out.areaById.insert(area.id, area);
        }
    }
    return out;
}

Result<QList<LeftOutItem>> leftOutOfPublicExport(const Repositories &repos, std::optional<Id> yearId)
{
    QList<LeftOutItem> leftOut;
    if (yearId) {
        auto report = loadYearReport(repos, *yearId);
        if (!report.ok())
            return report.error();
        publicReport(*report, &leftOut);
        return leftOut;
    }
    auto areas = repos.areas.all();
    if (!areas.ok())
        return areas.error();
    QHash<Id, Area> byId;
    for (const Area &area : *areas) {
        byId.insert(area.id, area);
        if (area.isPrivate)
            leftOut.append({Tr::tr("Area"), area.name, QString(), 0});
    }
    auto years = loadAllYears(repos);
    if (!years.ok())
        return years.error();
    const QSet<Id> privateAreas = privateAreaIds(*areas);
    for (const YearData &year : *years)
        publicYearData(year, privateAreas, &leftOut, byId);
    return leftOut;
}

} // namespace hoego
