// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "yearsnapshot.h"

#include "repositories.h"
#include "sql.h"

#include <algorithm>

namespace hoego {
namespace {

template<typename T>
bool take(Result<T> result, T *out, Error *error)
{
    if (!result.ok()) {
        *error = result.error();
        return false;
    }
    *out = std::move(result).value();
    return true;
}

} // namespace

Result<YearSnapshot> snapshotYear(const Repositories &repos, Id yearId)
{
    YearSnapshot snapshot;
    Error error;
    QList<YearTheme> themes;
    QList<YearQuestion> questions;
    QList<std::pair<ThemeLink, QString>> links;
    if (!take(repos.years.get(yearId), &snapshot.year, &error)
        || !take(repos.events.forYear(yearId), &snapshot.events, &error)
        || !take(repos.sections.forYear(yearId), &snapshot.sections, &error)
        || !take(repos.lessons.forYear(yearId), &snapshot.lessons, &error)
        || !take(repos.unfinished.forYear(yearId), &snapshot.unfinished, &error)
        || !take(repos.goals.forYear(yearId), &snapshot.goals, &error)
        || !take(repos.themes.forYear(yearId), &themes, &error)
        || !take(repos.questions.forYear(yearId), &questions, &error)
        || !take(repos.themes.linksInYear(yearId), &links, &error)
        || !take(repos.outputs.forYear(yearId), &snapshot.outputs, &error)
        || !take(repos.evidence.touchingYear(yearId), &snapshot.evidence, &error)
        || !take(repos.parts.order(yearId), &snapshot.partOrder, &error))
        return error;
    for (const YearTheme &theme : std::as_const(themes))
        snapshot.themes << theme.entry;
    for (const YearQuestion &question : std::as_const(questions))
        snapshot.answers << question.answer;
    for (const auto &[link, name] : std::as_const(links))
        snapshot.themeLinks << link;
    for (const Event &event : std::as_const(snapshot.events)) {
        IncomingLinks incoming;
        if (!take(repos.events.incomingLinks(event.id), &incoming, &error))
            return error;
        snapshot.toEvents.insert(event.id, incoming);
    }
    for (const Goal &goal : std::as_const(snapshot.goals)) {
        IncomingLinks incoming;
        if (!take(repos.goals.incomingLinks(goal.id), &incoming, &error))
            return error;
        snapshot.toGoals.insert(goal.id, incoming);
    }
    // A goal carried from another goal of the same year must come back after it.
    std::sort(snapshot.goals.begin(), snapshot.goals.end(), [](const Goal &a, const Goal &b) { return a.id < b.id; });
    return snapshot;
}

Status restoreYear(const QString &connection, const YearSnapshot &snapshot)
{
    Repositories repos(connection);
    return sql::inTransaction(connection, [&]() -> Status {
        if (Status year = repos.years.restore(snapshot.year); !year.ok())
            return year;
        // Items of the year itself are written with their own links; the links from other years follow them.
        // Theme links come back below with their own ids, so the items' incoming links leave them out.
        const auto withoutThemes = [](IncomingLinks links) {
            links.linkedThemes.clear();
            links.evidenceGoals.clear();
            links.evidenceOutputs.clear();
            links.evidenceEvents.clear();
            return links;
        };
        for (const Event &event : snapshot.events) {
            if (Status restored = repos.events.restore(event, withoutThemes(snapshot.toEvents.value(event.id)));
                !restored.ok())
                return restored;
        }
        for (const Section &section : snapshot.sections) {
            if (Status restored = repos.sections.restore(section); !restored.ok())
                return restored;
        }
        for (const Goal &goal : snapshot.goals) {
            if (Status restored = repos.goals.restore(goal, withoutThemes(snapshot.toGoals.value(goal.id)));
                !restored.ok())
                return restored;
        }
        for (const Lesson &lesson : snapshot.lessons) {
            if (Status restored = repos.lessons.restore(lesson); !restored.ok())
                return restored;
        }
        for (const UnfinishedItem &item : snapshot.unfinished) {
            if (Status restored = repos.unfinished.restore(item); !restored.ok())
                return restored;
        }
        for (const ThemeYear &entry : snapshot.themes) {
            if (Status restored = repos.themes.restoreEntry(entry); !restored.ok())
                return restored;
        }
        for (const Answer &answer : snapshot.answers) {
            if (Status restored = repos.questions.restoreAnswer(answer); !restored.ok())
                return restored;
        }
        for (const ThemeLink &link : snapshot.themeLinks) {
            if (Status restored = repos.themes.restoreLink(link); !restored.ok())
                return restored;
        }
        for (const Output &output : snapshot.outputs) {
            if (Status restored = repos.outputs.restore({output, {}}); !restored.ok())
                return restored;
        }
        if (Status restored = repos.parts.setOrder(snapshot.year.id, snapshot.partOrder); !restored.ok())
            return restored;
        // Last, once goals, events and outputs are all back: a goal that counts its evidence counts it again.
        for (const GoalEvidence &evidence : snapshot.evidence) {
            if (Status restored = repos.evidence.restore(evidence); !restored.ok())
                return restored;
        }
        return {};
    });
}

} // namespace hoego
