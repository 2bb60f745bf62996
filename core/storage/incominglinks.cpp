// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "incominglinks.h"

#include "sql.h"

namespace hoego::incominglinks {
namespace {

// `table` and `column` come from this file, never from user text.
Result<QList<Id>> idsLinkedTo(const QString &connection, const char *table, const char *column, Id target)
{
    auto rows = sql::exec(connection,
                          QStringLiteral("SELECT id FROM %1 WHERE %2 = ? ORDER BY id")
                                  .arg(QLatin1String(table), QLatin1String(column)),
                          {target});
    if (!rows.ok())
        return rows.error();
    QList<Id> ids;
    while (rows.value().next())
        ids << rows.value().value(0).toLongLong();
    return ids;
}

Status relink(const QString &connection, const char *table, const char *column, Id target, const QList<Id> &ids)
{
    const QString statement = QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ? AND %2 IS NULL")
                                      .arg(QLatin1String(table), QLatin1String(column));
    for (const Id id : ids) {
        if (auto done = sql::exec(connection, statement, {target, id}); !done.ok())
            return done.error();
    }
    return {};
}

Result<QList<Id>> linkedThemes(const QString &connection, const char *column, Id target)
{
    auto rows = sql::exec(
            connection,
            QStringLiteral("SELECT theme_id FROM theme_link WHERE %1 = ? ORDER BY id").arg(QLatin1String(column)),
            {target});
    if (!rows.ok())
        return rows.error();
    QList<Id> ids;
    while (rows.value().next())
        ids << rows.value().value(0).toLongLong();
    return ids;
}

// Links the themes to the restored row again; a theme deleted since is left out.
Status relinkThemes(const QString &connection, const char *column, Id target, const QList<Id> &themes)
{
    const QString statement = QStringLiteral("INSERT INTO theme_link (theme_id, %1) "
                                             "SELECT id, ? FROM theme WHERE id = ? ON CONFLICT DO NOTHING")
                                      .arg(QLatin1String(column));
    for (const Id theme : themes) {
        if (auto done = sql::exec(connection, statement, {target, theme}); !done.ok())
            return done.error();
    }
    return {};
}

// The other side of a goal's evidence links: `column` is the side read, `key` the side given.
Result<QList<Id>> evidenceIds(const QString &connection, const char *column, const char *key, Id id)
{
    auto rows = sql::exec(connection,
                          QStringLiteral("SELECT %1 FROM goal_evidence WHERE %2 = ? AND %1 IS NOT NULL ORDER BY id")
                                  .arg(QLatin1String(column), QLatin1String(key)),
                          {id});
    if (!rows.ok())
        return rows.error();
    QList<Id> ids;
    while (rows.value().next())
        ids << rows.value().value(0).toLongLong();
    return ids;
}

// Links the evidence again; a goal, output or event deleted since is left out. The count of a goal that counts
// its evidence follows (schema triggers).
Status relinkEvidence(const QString &connection, Id goalId, const char *column, const QList<Id> &sources)
{
    const QString statement
            = QStringLiteral("INSERT INTO goal_evidence (goal_id, %1) SELECT g.id, s.id FROM goal AS g, %2 AS s "
                             "WHERE g.id = ? AND s.id = ? ON CONFLICT DO NOTHING")
                      .arg(QLatin1String(column),
                           QLatin1String(qstrcmp(column, "output_id") == 0 ? "output" : "event"));
    for (const Id source : sources) {
        if (auto done = sql::exec(connection, statement, {goalId, source}); !done.ok())
            return done.error();
    }
    return {};
}

} // namespace

Result<IncomingLinks> toEvent(const QString &connection, Id eventId)
{
    auto lessons = idsLinkedTo(connection, "lesson", "event_id", eventId);
    if (!lessons.ok())
        return lessons.error();
    auto themes = linkedThemes(connection, "event_id", eventId);
    if (!themes.ok())
        return themes.error();
    auto goals = evidenceIds(connection, "goal_id", "event_id", eventId);
    if (!goals.ok())
        return goals.error();
    IncomingLinks links;
    links.lessons = lessons.value();
    links.linkedThemes = themes.value();
    links.evidenceGoals = goals.value();
    return links;
}

Result<IncomingLinks> toGoal(const QString &connection, Id goalId)
{
    auto unfinished = idsLinkedTo(connection, "unfinished", "goal_id", goalId);
    if (!unfinished.ok())
        return unfinished.error();
    auto carried = idsLinkedTo(connection, "goal", "carried_from_id", goalId);
    if (!carried.ok())
        return carried.error();
    auto themes = linkedThemes(connection, "goal_id", goalId);
    if (!themes.ok())
        return themes.error();
    auto outputs = evidenceIds(connection, "output_id", "goal_id", goalId);
    if (!outputs.ok())
        return outputs.error();
    auto events = evidenceIds(connection, "event_id", "goal_id", goalId);
    if (!events.ok())
        return events.error();
    IncomingLinks links;
    links.unfinished = unfinished.value();
    links.carriedGoals = carried.value();
    links.linkedThemes = themes.value();
    links.evidenceOutputs = outputs.value();
    links.evidenceEvents = events.value();
    return links;
}

Result<IncomingLinks> toArea(const QString &connection, Id areaId)
{
    auto events = idsLinkedTo(connection, "event", "area_id", areaId);
    if (!events.ok())
        return events.error();
    auto goals = idsLinkedTo(connection, "goal", "area_id", areaId);
    if (!goals.ok())
        return goals.error();
    auto themes = idsLinkedTo(connection, "theme", "area_id", areaId);
    if (!themes.ok())
        return themes.error();
    auto outputs = idsLinkedTo(connection, "output", "area_id", areaId);
    if (!outputs.ok())
        return outputs.error();
    IncomingLinks links;
    links.events = events.value();
    links.goals = goals.value();
    links.themesOfArea = themes.value();
    links.outputsOfArea = outputs.value();
    return links;
}

Status relinkToEvent(const QString &connection, Id eventId, const IncomingLinks &links)
{
    if (Status done = relink(connection, "lesson", "event_id", eventId, links.lessons); !done.ok())
        return done;
    for (const Id goal : links.evidenceGoals) {
        if (Status done = relinkEvidence(connection, goal, "event_id", {eventId}); !done.ok())
            return done;
    }
    return relinkThemes(connection, "event_id", eventId, links.linkedThemes);
}

Status relinkToGoal(const QString &connection, Id goalId, const IncomingLinks &links)
{
    if (Status done = relink(connection, "unfinished", "goal_id", goalId, links.unfinished); !done.ok())
        return done;
    if (Status done = relink(connection, "goal", "carried_from_id", goalId, links.carriedGoals); !done.ok())
        return done;
    if (Status done = relinkEvidence(connection, goalId, "output_id", links.evidenceOutputs); !done.ok())
        return done;
    if (Status done = relinkEvidence(connection, goalId, "event_id", links.evidenceEvents); !done.ok())
        return done;
    return relinkThemes(connection, "goal_id", goalId, links.linkedThemes);
}

Status relinkToArea(const QString &connection, Id areaId, const IncomingLinks &links)
{
    if (Status done = relink(connection, "event", "area_id", areaId, links.events); !done.ok())
        return done;
    if (Status done = relink(connection, "goal", "area_id", areaId, links.goals); !done.ok())
        return done;
    if (Status done = relink(connection, "output", "area_id", areaId, links.outputsOfArea); !done.ok())
        return done;
    return relink(connection, "theme", "area_id", areaId, links.themesOfArea);
}

} // namespace hoego::incominglinks
