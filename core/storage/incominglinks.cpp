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

} // namespace

Result<IncomingLinks> toEvent(const QString &connection, Id eventId)
{
    auto lessons = idsLinkedTo(connection, "lesson", "event_id", eventId);
    if (!lessons.ok())
        return lessons.error();
    IncomingLinks links;
    links.lessons = lessons.value();
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
    IncomingLinks links;
    links.unfinished = unfinished.value();
    links.carriedGoals = carried.value();
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
    IncomingLinks links;
    links.events = events.value();
    links.goals = goals.value();
    return links;
}

Status relinkToEvent(const QString &connection, Id eventId, const IncomingLinks &links)
{
    return relink(connection, "lesson", "event_id", eventId, links.lessons);
}

Status relinkToGoal(const QString &connection, Id goalId, const IncomingLinks &links)
{
    if (Status done = relink(connection, "unfinished", "goal_id", goalId, links.unfinished); !done.ok())
        return done;
    return relink(connection, "goal", "carried_from_id", goalId, links.carriedGoals);
}

Status relinkToArea(const QString &connection, Id areaId, const IncomingLinks &links)
{
    if (Status done = relink(connection, "event", "area_id", areaId, links.events); !done.ok())
        return done;
    return relink(connection, "goal", "area_id", areaId, links.goals);
}

} // namespace hoego::incominglinks
