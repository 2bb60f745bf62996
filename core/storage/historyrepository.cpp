// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "historyrepository.h"

#include "evidencerepository.h"
#include "goalrepository.h"
#include "sql.h"
#include "themerepository.h"
#include "yearrepository.h"

namespace hoego {

Result<QList<GoalTrace>> HistoryRepository::goalTraces() const
{
    return sql::readAll<GoalTrace>(
            sql::exec(m_connection,
                      QStringLiteral("SELECT g.id, g.carried_from_id, g.area_id, y.number, g.status "
                                     "FROM goal AS g JOIN year AS y ON y.id = g.year_id "
                                     "ORDER BY y.number, g.position, g.id")),
            [](const QSqlQuery &query) {
                GoalTrace trace;
                trace.id = query.value(0).toLongLong();
                trace.carriedFromId = query.value(1).toLongLong();
                trace.areaId = query.value(2).toLongLong();
                trace.yearNumber = query.value(3).toInt();
                // The schema's CHECK allows only the four known keys.
                goalStatusFromKey(query.value(4).toString(), &trace.status);
                return trace;
            });
}

Result<QList<OutputTally>> HistoryRepository::outputTallies(Outputs which) const
{
    const QString publicOnly = which == Outputs::PublicOnly
            ? QStringLiteral("WHERE o.private = 0 AND NOT EXISTS "
                             "(SELECT 1 FROM area AS a WHERE a.id = o.area_id AND a.private = 1) ")
            : QString();
    return sql::readAll<OutputTally>(
            sql::exec(m_connection,
                      QStringLiteral("SELECT y.number, o.kind, coalesce(o.month, 0) AS m, count(*) "
                                     "FROM output AS o JOIN year AS y ON y.id = o.year_id %1"
                                     "GROUP BY y.number, o.kind, m ORDER BY y.number, o.kind, m")
                              .arg(publicOnly)),
            [](const QSqlQuery &query) {
                return OutputTally{query.value(0).toInt(), query.value(1).toString(), query.value(2).toInt(),
                                   query.value(3).toInt()};
            });
}

Result<progress::PlanAgainstActual> HistoryRepository::planAgainstActual(Id yearId) const
{
    auto year = YearRepository(m_connection).get(yearId);
    if (!year.ok())
        return year.error();
    auto goals = GoalRepository(m_connection).forYear(yearId);
    if (!goals.ok())
        return goals.error();
    auto traces = goalTraces();
    if (!traces.ok())
        return traces.error();
    auto evidence = EvidenceRepository(m_connection).forGoalsOfYear(yearId);
    if (!evidence.ok())
        return evidence.error();
    auto links = ThemeRepository(m_connection).linksInYear(yearId);
    if (!links.ok())
        return links.error();
    QList<std::pair<Id, QString>> themes;
    for (const auto &[link, name] : links.value()) {
        if (link.target == ThemeLinkTarget::Goal)
            themes.append({link.targetId, name});
    }
    return progress::planAgainstActual(year->number, *goals, *traces, *evidence, themes);
}

} // namespace hoego
