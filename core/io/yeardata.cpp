// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "yeardata.h"

#include "storage/repositories.h"

namespace hoego {
namespace {

// The links whose target is one of the year's items, by theme name.
Result<QList<YearThemeLink>> loadThemeLinks(const Repositories &repos, const YearData &data)
{
    auto found = repos.themes.linksInYear(data.year.id);
    if (!found.ok())
        return found.error();
    QList<YearThemeLink> links;
    for (const auto &[link, name] : found.value())
        links.append({name, link.target, link.targetId});
    return links;
}

} // namespace

Result<YearData> loadYearData(const Repositories &repos, Id yearId)
{
    YearData data;
    auto year = repos.years.get(yearId);
    if (!year.ok())
        return year.error();
    data.year = *year;
    auto events = repos.events.forYear(yearId);
    if (!events.ok())
        return events.error();
    data.events = *events;
    auto sections = repos.sections.forYear(yearId);
    if (!sections.ok())
        return sections.error();
    data.sections = *sections;
    auto lessons = repos.lessons.forYear(yearId);
    if (!lessons.ok())
        return lessons.error();
    data.lessons = *lessons;
    auto unfinished = repos.unfinished.forYear(yearId);
    if (!unfinished.ok())
        return unfinished.error();
    data.unfinished = *unfinished;
    auto goals = repos.goals.forYear(yearId);
    if (!goals.ok())
        return goals.error();
    data.goals = *goals;
    auto themes = repos.themes.forYear(yearId);
    if (!themes.ok())
        return themes.error();
    data.themes = *themes;
    auto questions = repos.questions.forYear(yearId);
    if (!questions.ok())
        return questions.error();
    data.questions = *questions;
    auto links = loadThemeLinks(repos, data);
    if (!links.ok())
        return links.error();
    data.themeLinks = *links;
    auto outputs = repos.outputs.forYear(yearId);
    if (!outputs.ok())
        return outputs.error();
    data.outputs = *outputs;
    auto evidence = repos.evidence.forGoalsOfYear(yearId);
    if (!evidence.ok())
        return evidence.error();
    data.evidence = *evidence;
    auto order = repos.parts.order(yearId);
    if (!order.ok())
        return order.error();
    data.partOrder = *order;
    return data;
}

Result<QList<YearData>> loadAllYears(const Repositories &repos)
{
    auto overviews = repos.years.overviews();
    if (!overviews.ok())
        return overviews.error();
    QList<YearData> years;
    for (const YearOverview &overview : overviews.value()) {
        auto data = loadYearData(repos, overview.year.id);
        if (!data.ok())
            return data.error();
        years << std::move(data).value();
    }
    return years;
}

Result<QHash<Id, Area>> loadAreasById(const Repositories &repos)
{
    auto areas = repos.areas.all();
    if (!areas.ok())
        return areas.error();
    QHash<Id, Area> byId;
    for (const Area &area : areas.value())
        byId.insert(area.id, area);
    return byId;
}

} // namespace hoego
