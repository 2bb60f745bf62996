// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "evidencerepository.h"

#include "sql.h"

#include <QCoreApplication>

namespace hoego {
namespace {

// Names the context of this file's strings for tr() and for lupdate alike.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hoego::EvidenceRepository)
};

QString sourceColumn(EvidenceSource source)
{
    return source == EvidenceSource::Output ? QStringLiteral("output_id") : QStringLiteral("event_id");
}

const QString kSelectLink = QStringLiteral("SELECT id, goal_id, output_id, event_id FROM goal_evidence");

GoalEvidence readLink(const QSqlQuery &query)
{
    GoalEvidence evidence;
    evidence.id = query.value(0).toLongLong();
    evidence.goalId = query.value(1).toLongLong();
    if (!query.value(2).isNull()) {
        evidence.source = EvidenceSource::Output;
        evidence.sourceId = query.value(2).toLongLong();
    } else {
        evidence.source = EvidenceSource::Event;
        evidence.sourceId = query.value(3).toLongLong();
    }
    return evidence;
}

// The link's columns, then title, kind, link, year number, month and day of the output or event it names, and
// whether it is private (itself or through its area).
const QString kSelectItems = QStringLiteral(
        "SELECT l.id, l.goal_id, l.output_id, l.event_id, coalesce(o.title, e.title), coalesce(o.kind, ''), "
        "coalesce(o.link, ''), y.number, coalesce(o.month, e.month), coalesce(o.day, e.day), "
        "(coalesce(o.private, e.private, 0) <> 0 OR coalesce(a.private, 0) <> 0) "
        "FROM goal_evidence AS l LEFT JOIN output AS o ON o.id = l.output_id "
        "LEFT JOIN event AS e ON e.id = l.event_id JOIN year AS y ON y.id = coalesce(o.year_id, e.year_id) "
        "LEFT JOIN area AS a ON a.id = coalesce(o.area_id, e.area_id) ");
const QString kItemOrder = QStringLiteral(" ORDER BY y.number, coalesce(o.month, e.month) IS NOT NULL, "
                                          "coalesce(o.month, e.month), coalesce(o.day, e.day), l.id");

EvidenceItem readItem(const QSqlQuery &query)
{
    EvidenceItem item;
    item.link = readLink(query);
    item.title = query.value(4).toString();
    item.kind = query.value(5).toString();
    const QString url = query.value(6).toString();
    if (!url.isEmpty())
        item.url = QUrl(url);
    const int year = query.value(7).toInt();
    const int month = query.value(8).toInt();
    const int day = query.value(9).toInt();
    item.sourcePrivate = query.value(10).toBool();
    item.date = day > 0 ? PartialDate::ofDay(year, month, day)
                        : (month > 0 ? PartialDate::ofMonth(year, month) : PartialDate::ofYear(year));
    return item;
}

} // namespace

Result<Id> EvidenceRepository::insert(const GoalEvidence &evidence, bool keepId)
{
    if (evidence.goalId <= 0 || evidence.sourceId <= 0)
        return Error::invalid(Tr::tr("Evidence links a stored goal to a stored output or event."));
    auto inserted = sql::insert(m_connection, QStringLiteral("goal_evidence"),
                                QStringLiteral("goal_id, %1").arg(sourceColumn(evidence.source)),
                                {evidence.goalId, evidence.sourceId}, keepId ? evidence.id : 0);
    if (!inserted.ok()) {
        if (inserted.error().code == Error::Code::Conflict)
            return Error{Error::Code::Conflict, Tr::tr("It is already evidence for this goal.")};
        // A foreign key names a goal, output or event that is not there.
        if (inserted.error().code == Error::Code::InvalidInput)
            return Error::notFound(Tr::tr("The goal, output or event was not found."));
        return inserted.error();
    }
    return inserted;
}

Result<Id> EvidenceRepository::link(Id goalId, EvidenceSource source, Id sourceId)
{
    return sql::inTransaction(m_connection, [&] { return insert({0, goalId, source, sourceId}, false); });
}

Status EvidenceRepository::restore(const GoalEvidence &evidence)
{
    if (evidence.id <= 0)
        return Error::invalid(Tr::tr("Only a stored link can be restored."));
    return sql::inTransaction(m_connection, [&]() -> Status { return insert(evidence, true); });
}

Status EvidenceRepository::unlink(Id evidenceId)
{
    return sql::inTransaction(m_connection, [&] {
        return sql::expectOneRow(
                sql::exec(m_connection, QStringLiteral("DELETE FROM goal_evidence WHERE id = ?"), {evidenceId}),
                Tr::tr("The evidence"));
    });
}

Result<GoalEvidence> EvidenceRepository::get(Id evidenceId) const
{
    auto query = sql::single(m_connection, kSelectLink + QStringLiteral(" WHERE id = ?"), {evidenceId},
                             Tr::tr("The evidence"));
    if (!query.ok())
        return query.error();
    return readLink(query.value());
}

Result<GoalEvidence> EvidenceRepository::find(Id goalId, EvidenceSource source, Id sourceId) const
{
    auto query = sql::exec(m_connection,
                           kSelectLink + QStringLiteral(" WHERE goal_id = ? AND %1 = ?").arg(sourceColumn(source)),
                           {goalId, sourceId});
    if (!query.ok())
        return query.error();
    if (!query.value().next())
        return GoalEvidence{};
    return readLink(query.value());
}

Result<QList<EvidenceItem>> EvidenceRepository::forGoal(Id goalId) const
{
    return sql::readAll<EvidenceItem>(
            sql::exec(m_connection, kSelectItems + QStringLiteral("WHERE l.goal_id = ?") + kItemOrder, {goalId}),
            readItem);
}

Result<QList<EvidenceItem>> EvidenceRepository::forGoalsOfYear(Id yearId) const
{
    return sql::readAll<EvidenceItem>(
            sql::exec(m_connection,
                      kSelectItems + QStringLiteral("WHERE l.goal_id IN (SELECT id FROM goal WHERE year_id = ?)")
                              + kItemOrder,
                      {yearId}),
            readItem);
}

Result<QList<GoalEvidence>> EvidenceRepository::touchingYear(Id yearId) const
{
    return sql::readAll<GoalEvidence>(
            sql::exec(m_connection,
                      kSelectLink
                              + QStringLiteral(" WHERE goal_id IN (SELECT id FROM goal WHERE year_id = ?) "
                                               "OR output_id IN (SELECT id FROM output WHERE year_id = ?) "
                                               "OR event_id IN (SELECT id FROM event WHERE year_id = ?) ORDER BY id"),
                      {yearId, yearId, yearId}),
            readLink);
}

Result<QList<Id>> EvidenceRepository::goalsOf(EvidenceSource source, Id sourceId) const
{
    return sql::readAll<Id>(sql::exec(m_connection,
                                      QStringLiteral("SELECT goal_id FROM goal_evidence WHERE %1 = ? ORDER BY id")
                                              .arg(sourceColumn(source)),
                                      {sourceId}),
                            [](const QSqlQuery &q) { return q.value(0).toLongLong(); });
}

} // namespace hoego
