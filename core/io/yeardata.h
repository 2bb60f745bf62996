#pragma once

#include "model/entities.h"
#include "result.h"

#include <QHash>
#include <QList>

namespace hoego {

struct Repositories;

// Everything one year holds, in display order. Exporters read it; importers build it with ids that are keys
// local to the imported file (the writer maps them to new database ids).
struct YearData
{
    Year year;
    QList<Event> events;
    QList<Section> sections;
    QList<Lesson> lessons;
    QList<UnfinishedItem> unfinished;
    QList<Goal> goals;
};

Result<YearData> loadYearData(const Repositories &repos, Id yearId);
// Every year, oldest first.
Result<QList<YearData>> loadAllYears(const Repositories &repos);

// The areas by id, for looking up names and colours of events and goals.
Result<QHash<Id, Area>> loadAreasById(const Repositories &repos);

} // namespace hoego
