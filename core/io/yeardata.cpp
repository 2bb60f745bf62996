#include "yeardata.h"

#include "storage/repositories.h"

namespace hoego {

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
