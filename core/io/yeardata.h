// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "model/entities.h"
#include "model/yearpart.h"
#include "result.h"

#include <QHash>
#include <QList>

namespace hoego {

struct Repositories;

struct YearThemeLink
{
    QString themeName;
    ThemeLinkTarget target = ThemeLinkTarget::Goal;
    Id targetId = 0;
};

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
    QList<YearTheme> themes; // the year's themes with their state and note
    QList<YearQuestion> questions; // the questions asked in the year with their answers
    // Links from themes to this year's events, goals and sections. The theme is named: it need not be one of
    // the year's own themes.
    QList<YearThemeLink> themeLinks;
    QList<Output> outputs; // what the year produced, by date
    // The evidence of the year's goals: outputs and events of any year, by goal (in an import only the links,
    // with keys of the file).
    QList<EvidenceItem> evidence;
    // The year's own order of its exported parts (see reportparts.h); empty: the default order. An import sets
    // it from the post's or the file's order.
    QList<YearPart> partOrder;
};

Result<YearData> loadYearData(const Repositories &repos, Id yearId);
// Every year, oldest first.
Result<QList<YearData>> loadAllYears(const Repositories &repos);

// The areas by id, for looking up names and colours of events and goals.
Result<QHash<Id, Area>> loadAreasById(const Repositories &repos);

} // namespace hoego
