// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "arearepository.h"
#include "eventrepository.h"
#include "evidencerepository.h"
#include "goalrepository.h"
#include "historyrepository.h"
#include "lessonrepository.h"
#include "outputrepository.h"
#include "questionrepository.h"
#include "sectionrepository.h"
#include "themerepository.h"
#include "yearpartrepository.h"
#include "yearrepository.h"

namespace hoego {

// All repositories over one connection; cheap to build (each holds only the connection name).
struct Repositories
{
    explicit Repositories(const QString &connection)
        : years(connection)
        , areas(connection)
        , events(connection)
        , sections(connection)
        , lessons(connection)
        , unfinished(connection)
        , goals(connection)
        , themes(connection)
        , questions(connection)
        , outputs(connection)
        , evidence(connection)
        , history(connection)
        , parts(connection)
    { }

    YearRepository years;
    AreaRepository areas;
    EventRepository events;
    SectionRepository sections;
    LessonRepository lessons;
    UnfinishedRepository unfinished;
    GoalRepository goals;
    ThemeRepository themes;
    QuestionRepository questions;
    OutputRepository outputs;
    EvidenceRepository evidence;
    HistoryRepository history;
    YearPartRepository parts;
};

} // namespace hoego
