// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "goalrepository.h"

#include "ordering.h"
#include "rowversion.h"
#include "sql.h"
#include "validation.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace hoego {
namespace {

// Names the context of this file's strings for tr() and for lupdate alike.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hoego::GoalRepository)
};

constexpr ordering::Scope kGoalScope{"goal", "year_id"};
constexpr ordering::Scope kMilestoneScope{"milestone", "goal_id"};
constexpr ordering::Scope kLinkScope{"goal_link", "goal_id"};

const QString kSelect = QStringLiteral("SELECT id, year_id, title, area_id, notes, kind, target, current, status, "
                                       "done_on, drop_reason, carried_from_id, position, counts_evidence, private, "
                                       "version FROM goal");

// The day a goal (or one of its milestones) is recorded done when no day is given: today, but never after
// the last day of the goal's year, so checking off the 2024 goals in 2026 keeps them in 2024.
QDate doneDayIn(const QString &connection, const QString &yearNumberQuery, Id id, QDate day)
{
    if (day.isValid())
        return day;
    const QDate today = QDate::currentDate();
    auto year = sql::single(connection, yearNumberQuery, {id}, QStringLiteral("year"));
    if (!year.ok())
        return today;
    return std::min(today, QDate(year.value().value(0).toInt(), 12, 31));
}

QDate doneDay(const QString &connection, Id goalId, QDate day)
{
    return doneDayIn(connection,
                     QStringLiteral("SELECT y.number FROM goal g JOIN year y ON y.id = g.year_id WHERE g.id = ?"),
                     goalId, day);
}

QDate doneDayOfYear(const QString &connection, Id yearId, QDate day)
{
    return doneDayIn(connection, QStringLiteral("SELECT number FROM year WHERE id = ?"), yearId, day);
}

QVariant dateValue(QDate day)
{
    return day.isValid() ? QVariant(day.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

Goal readGoal(const QSqlQuery &query)
{
    Goal goal;
    goal.id = query.value(0).toLongLong();
    goal.yearId = query.value(1).toLongLong();
    goal.title = query.value(2).toString();
    goal.areaId = query.value(3).toLongLong();
    goal.notes = query.value(4).toString();
    goalKindFromKey(query.value(5).toString(), &goal.kind);
    goal.target = query.value(6).toInt();
    goal.current = query.value(7).toInt();
    goalStatusFromKey(query.value(8).toString(), &goal.status);
    goal.doneOn = QDate::fromString(query.value(9).toString(), Qt::ISODate);
    goal.dropReason = query.value(10).toString();
    goal.carriedFromId = query.value(11).toLongLong();
    goal.position = query.value(12).toInt();
    goal.countsEvidence = query.value(13).toBool();
    goal.isPrivate = query.value(14).toBool();
    goal.version = query.value(15).toInt();
    return goal;
}

QString placeholders(qsizetype count)
{
    QStringList marks;
    marks.fill(QStringLiteral("?"), count);
    return marks.join(QLatin1Char(','));
}

} // namespace

Status GoalRepository::loadChildren(QList<Goal> &goals) const
{
    if (goals.isEmpty())
        return {};
    QHash<Id, qsizetype> indexById;
    QVariantList ids;
    for (qsizetype i = 0; i < goals.size(); ++i) {
        indexById.insert(goals[i].id, i);
        ids << goals[i].id;
    }
    auto milestones = sql::exec(m_connection,
                                QStringLiteral("SELECT id, goal_id, title, done, done_on, position FROM milestone "
                                               "WHERE goal_id IN (%1) ORDER BY position, id")
                                        .arg(placeholders(ids.size())),
                                ids);
    if (!milestones.ok())
        return milestones;
    while (milestones.value().next()) {
        const QSqlQuery &q = milestones.value();
        Milestone milestone{q.value(0).toLongLong(),
                            q.value(1).toLongLong(),
                            q.value(2).toString(),
                            q.value(3).toBool(),
                            QDate::fromString(q.value(4).toString(), Qt::ISODate),
                            q.value(5).toInt()};
        goals[indexById.value(milestone.goalId)].milestones << milestone;
    }
    auto links = sql::exec(m_connection,
                           QStringLiteral("SELECT id, goal_id, label, url, position FROM goal_link "
                                          "WHERE goal_id IN (%1) ORDER BY position, id")
                                   .arg(placeholders(ids.size())),
                           ids);
    if (!links.ok())
        return links;
    while (links.value().next()) {
        const QSqlQuery &q = links.value();
        EvidenceLink link{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                          QUrl(q.value(3).toString()), q.value(4).toInt()};
        goals[indexById.value(link.goalId)].links << link;
    }
    return {};
}

Result<QList<Goal>> GoalRepository::forYear(Id yearId) const
{
    auto query
            = sql::exec(m_connection, kSelect + QStringLiteral(" WHERE year_id = ? ORDER BY position, id"), {yearId});
    if (!query.ok())
        return query.error();
    QList<Goal> goals;
    while (query.value().next())
        goals << readGoal(query.value());
    if (Status loaded = loadChildren(goals); !loaded.ok())
        return loaded.error();
    return goals;
}

Result<Goal> GoalRepository::get(Id id) const
{
    auto query = sql::single(m_connection, kSelect + QStringLiteral(" WHERE id = ?"), {id}, Tr::tr("The goal"));
    if (!query.ok())
        return query.error();
    QList<Goal> goals{readGoal(query.value())};
    if (Status loaded = loadChildren(goals); !loaded.ok())
        return loaded.error();
    return goals.first();
}

Result<Goal> GoalRepository::validated(const Goal &goal) const
{
    Goal clean = goal;
    auto title = validation::title(goal.title, Tr::tr("The goal's title"));
    if (!title.ok())
        return title.error();
    clean.title = *title;
    auto notes = validation::body(goal.notes, Tr::tr("The goal's notes"));
    if (!notes.ok())
        return notes.error();
    clean.notes = *notes;
    if (goal.kind == GoalKind::Count) {
        if (goal.target < 1)
            return Error::invalid(Tr::tr("A counted goal needs a target of at least 1."));
        if (Status count = validation::count(goal.current, Tr::tr("The count")); !count.ok())
            return count.error();
        if (Status target = validation::count(goal.target, Tr::tr("The target")); !target.ok())
            return target.error();
    } else {
        clean.target = 0;
        clean.current = 0;
        clean.countsEvidence = false;
    }
    if (goal.status == GoalStatus::Done && !goal.doneOn.isValid())
        clean.doneOn = doneDayOfYear(m_connection, goal.yearId, {});
    if (goal.status != GoalStatus::Done)
        clean.doneOn = QDate();
    for (Milestone &milestone : clean.milestones) {
        auto milestoneTitle = validation::title(milestone.title, Tr::tr("A milestone's title"));
        if (!milestoneTitle.ok())
            return milestoneTitle.error();
        milestone.title = *milestoneTitle;
        if (milestone.done && !milestone.doneOn.isValid())
            milestone.doneOn = doneDayOfYear(m_connection, goal.yearId, {});
        if (!milestone.done)
            milestone.doneOn = QDate();
    }
    for (EvidenceLink &link : clean.links) {
        auto label = validation::line(link.label, Tr::tr("A link's label"));
        if (!label.ok())
            return label.error();
        auto url = validation::url(link.url.toString());
        if (!url.ok())
            return url.error();
        link.label = *label;
        link.url = *url;
    }
    return clean;
}

Result<Id> GoalRepository::insert(const Goal &goal, bool keepIds, const IncomingLinks &links)
{
    auto clean = validated(goal);
    if (!clean.ok())
        return clean.error();
    const Goal &g = clean.value();
    return sql::inTransaction(m_connection, [&]() -> Result<Id> {
        int position = g.position;
        if (!keepIds) {
            auto next = ordering::nextPosition(m_connection, kGoalScope, g.yearId);
            if (!next.ok())
                return next.error();
            position = *next;
        }
        auto inserted = sql::insert(
                m_connection, QStringLiteral("goal"),
                QStringLiteral("year_id, title, area_id, notes, kind, target, current, status, done_on, drop_reason, "
                               "carried_from_id, position, counts_evidence, private"),
                {g.yearId, g.title, sql::nullableId(g.areaId), g.notes, goalKindKey(g.kind),
                 g.kind == GoalKind::Count ? QVariant(g.target) : QVariant(QMetaType::fromType<int>()), g.current,
                 goalStatusKey(g.status), dateValue(g.doneOn), g.dropReason, sql::nullableId(g.carriedFromId), position,
                 g.countsEvidence ? 1 : 0, int(g.isPrivate)},
                keepIds ? g.id : 0);
        if (!inserted.ok())
            return inserted.error();
        const Id goalId = *inserted;
        if (Status children = insertChildren(goalId, g, keepIds); !children.ok())
            return children.error();
        if (Status relinked = incominglinks::relinkToGoal(m_connection, goalId, links); !relinked.ok())
            return relinked.error();
        return goalId;
    });
}

Status GoalRepository::insertChildren(Id goalId, const Goal &g, bool keepIds)
{
    for (qsizetype i = 0; i < g.milestones.size(); ++i) {
        const Milestone &m = g.milestones[i];
        auto added = sql::insert(m_connection, QStringLiteral("milestone"),
                                 QStringLiteral("goal_id, title, done, done_on, position"),
                                 {goalId, m.title, m.done ? 1 : 0, dateValue(m.doneOn), keepIds ? m.position : int(i)},
                                 keepIds ? m.id : 0);
        if (!added.ok())
            return added.error();
    }
    for (qsizetype i = 0; i < g.links.size(); ++i) {
        const EvidenceLink &l = g.links[i];
        auto added = sql::insert(m_connection, QStringLiteral("goal_link"),
                                 QStringLiteral("goal_id, label, url, position"),
                                 {goalId, l.label, l.url.toString(QUrl::FullyEncoded), keepIds ? l.position : int(i)},
                                 keepIds ? l.id : 0);
        if (!added.ok())
            return added.error();
    }
    return {};
}

Result<Id> GoalRepository::create(const Goal &goal)
{
    // A new goal whose count already reached its target, or whose milestones are all done, starts done: the same
    // completion rule as every later change (a restore, by contrast, keeps the snapshot as it was).
    // A new goal has no evidence yet: one that counts it starts at zero.
    Goal fresh = goal;
    if (fresh.countsEvidence)
        fresh.current = 0;
    return sql::inTransaction(m_connection, [&]() -> Result<Id> {
        auto id = insert(fresh, false);
        if (!id.ok() || goal.status != GoalStatus::Open)
            return id;
        if (fresh.kind == GoalKind::Count && fresh.current >= fresh.target) {
            if (Status done = setStatus(*id, GoalStatus::Done, QDate(), QString()); !done.ok())
                return done.error();
        } else if (goal.kind == GoalKind::Milestones) {
            if (Status synced = syncMilestoneStatus(*id, QDate()); !synced.ok())
                return synced.error();
        }
        return id;
    });
}

Status GoalRepository::restore(const Goal &goal, const IncomingLinks &links)
{
    if (goal.id <= 0)
        return Error::invalid(Tr::tr("Only a stored goal can be restored."));
    return insert(goal, true, links);
}

Result<IncomingLinks> GoalRepository::incomingLinks(Id id) const
{
    return incominglinks::toGoal(m_connection, id);
}

Status GoalRepository::update(const Goal &goal)
{
    auto clean = validated(goal);
    if (!clean.ok())
        return clean.error();
    const Goal &g = clean.value();
    return sql::inTransaction(m_connection, [&]() -> Status {
        if (Status current
            = rowversion::expectUnchanged(m_connection, QStringLiteral("goal"), g.id, g.version, Tr::tr("The goal"));
            !current.ok())
            return current;
        // A goal that counts its evidence keeps the count its evidence gives (set by the schema's triggers).
        auto updated = sql::exec(
                m_connection,
                QStringLiteral("UPDATE goal SET title = ?, area_id = ?, notes = ?, kind = ?, target = ?, "
                               "current = CASE WHEN ? = 1 THEN current ELSE ? END, counts_evidence = ? WHERE id = ?"),
                {g.title, sql::nullableId(g.areaId), g.notes, goalKindKey(g.kind),
                 g.kind == GoalKind::Count ? QVariant(g.target) : QVariant(QMetaType::fromType<int>()),
                 g.countsEvidence ? 1 : 0, g.current, g.countsEvidence ? 1 : 0, g.id});
        if (Status one = sql::expectOneRow(updated, Tr::tr("The goal")); !one.ok())
            return one;
        if (g.kind == GoalKind::Count && g.countsEvidence)
            return {};
        if (g.kind == GoalKind::Count)
            return setCount(g.id, g.current);
        if (g.kind == GoalKind::Milestones)
            return syncMilestoneStatus(g.id, QDate());
        return {};
    });
}

Status GoalRepository::remove(Id id)
{
    return sql::expectOneRow(sql::exec(m_connection, QStringLiteral("DELETE FROM goal WHERE id = ?"), {id}),
                             Tr::tr("The goal"));
}

Status GoalRepository::move(Id id, int newIndex)
{
    return ordering::move(m_connection, kGoalScope, id, newIndex);
}

Status GoalRepository::setStatus(Id id, GoalStatus status, QDate doneOn, const QString &dropReason)
{
    return sql::expectOneRow(
            sql::exec(m_connection,
                      QStringLiteral("UPDATE goal SET status = ?, done_on = ?, drop_reason = ? WHERE id = ?"),
                      {goalStatusKey(status),
                       dateValue(status == GoalStatus::Done ? doneDay(m_connection, id, doneOn) : QDate()), dropReason,
                       id}),
            Tr::tr("The goal"));
}

Status GoalRepository::check(Id id, QDate day)
{
    // Checking off would clear a drop reason or end a carried chain: the window, the command line and the
    // importers all refuse it here.
    return sql::inTransaction(m_connection, [&]() -> Status {
        auto goal = sql::single(m_connection, QStringLiteral("SELECT status FROM goal WHERE id = ?"), {id},
                                Tr::tr("The goal"));
        if (!goal.ok())
            return goal;
        const QString status = goal.value().value(0).toString();
        if (status == goalStatusKey(GoalStatus::Dropped))
            return Error::invalid(Tr::tr("A dropped goal cannot be checked off; reopen it first."));
        if (status == goalStatusKey(GoalStatus::CarriedOver))
            return Error::invalid(Tr::tr("This goal was carried to the next year; check it off there."));
        return setStatus(id, GoalStatus::Done, day, QString());
    });
}

Status GoalRepository::uncheck(Id id)
{
    return setStatus(id, GoalStatus::Open, QDate(), QString());
}

Status GoalRepository::setDoneOn(Id id, QDate day)
{
    if (!day.isValid())
        return Error::invalid(Tr::tr("The done date is not a date."));
    if (day > QDate::currentDate())
        return Error::invalid(Tr::tr("The done date cannot be later than today."));
    return sql::inTransaction(m_connection, [&]() -> Status {
        auto goal = sql::single(m_connection,
                                QStringLiteral("SELECT g.status, y.number FROM goal g JOIN year y ON y.id = g.year_id "
                                               "WHERE g.id = ?"),
                                {id}, Tr::tr("The goal"));
        if (!goal.ok())
            return goal;
        if (goal.value().value(0).toString() != goalStatusKey(GoalStatus::Done))
            return Error::invalid(Tr::tr("Only a goal that is done has a done date."));
        const int yearNumber = goal.value().value(1).toInt();
        if (day < QDate(yearNumber, 1, 1))
            return Error::invalid(Tr::tr("A goal of %1 cannot be done before %1 began.").arg(yearNumber));
        return sql::expectOneRow(sql::exec(m_connection, QStringLiteral("UPDATE goal SET done_on = ? WHERE id = ?"),
                                           {dateValue(day), id}),
                                 Tr::tr("The goal"));
    });
}

Status GoalRepository::reopen(Id id)
{
    return uncheck(id);
}

Status GoalRepository::drop(Id id, const QString &reason)
{
    auto checked = validation::line(reason, Tr::tr("The reason"));
    if (!checked.ok())
        return checked.error();
    return setStatus(id, GoalStatus::Dropped, QDate(), *checked);
}

Status GoalRepository::setCount(Id id, int current, QDate day)
{
    if (Status valid = validation::count(current, Tr::tr("The count")); !valid.ok())
        return valid;
    return sql::inTransaction(m_connection, [&]() -> Status {
        auto goal = sql::single(m_connection,
                                QStringLiteral("SELECT kind, target, status, counts_evidence FROM goal WHERE id = ?"),
                                {id}, Tr::tr("The goal"));
        if (!goal.ok())
            return goal;
        if (goal.value().value(0).toString() != goalKindKey(GoalKind::Count))
            return Error::invalid(Tr::tr("Only a counted goal has a count."));
        if (goal.value().value(3).toBool())
            return Error::invalid(Tr::tr("This goal counts its evidence: link or unlink outputs and events instead."));
        const int target = goal.value().value(1).toInt();
        const QString status = goal.value().value(2).toString();
        if (auto updated
            = sql::exec(m_connection, QStringLiteral("UPDATE goal SET current = ? WHERE id = ?"), {current, id});
            !updated.ok())
            return updated;
        if (current >= target && status == goalStatusKey(GoalStatus::Open))
            return setStatus(id, GoalStatus::Done, day, QString());
        if (current < target && status == goalStatusKey(GoalStatus::Done))
            return setStatus(id, GoalStatus::Open, QDate(), QString());
        return {};
    });
}

Status GoalRepository::setCountsEvidence(Id id, bool counts)
{
    return sql::inTransaction(m_connection, [&]() -> Status {
        auto goal = sql::single(m_connection, QStringLiteral("SELECT kind FROM goal WHERE id = ?"), {id},
                                Tr::tr("The goal"));
        if (!goal.ok())
            return goal;
        if (counts && goal.value().value(0).toString() != goalKindKey(GoalKind::Count))
            return Error::invalid(Tr::tr("Only a counted goal can count its evidence."));
        // Turning it on sets the count from the evidence (a trigger); turning it off keeps the count as it is.
        return sql::expectOneRow(sql::exec(m_connection,
                                           QStringLiteral("UPDATE goal SET counts_evidence = ? WHERE id = ?"),
                                           {counts ? 1 : 0, id}),
                                 Tr::tr("The goal"));
    });
}

Status GoalRepository::syncMilestoneStatus(Id goalId, QDate day)
{
    auto counts
            = sql::single(m_connection,
                          QStringLiteral("SELECT g.kind, g.status, count(m.id), coalesce(sum(m.done), 0) FROM goal g "
                                         "LEFT JOIN milestone m ON m.goal_id = g.id WHERE g.id = ? GROUP BY g.id"),
                          {goalId}, Tr::tr("The goal"));
    if (!counts.ok())
        return counts;
    if (counts.value().value(0).toString() != goalKindKey(GoalKind::Milestones))
        return {};
    const QString status = counts.value().value(1).toString();
    const int total = counts.value().value(2).toInt();
    const int done = counts.value().value(3).toInt();
    const bool complete = total > 0 && done == total;
    if (complete && status == goalStatusKey(GoalStatus::Open))
        return setStatus(goalId, GoalStatus::Done, day, QString());
    if (!complete && status == goalStatusKey(GoalStatus::Done))
        return setStatus(goalId, GoalStatus::Open, QDate(), QString());
    return {};
}

Result<Id> GoalRepository::addMilestone(Id goalId, const QString &title)
{
    auto checked = validation::title(title, Tr::tr("A milestone's title"));
    if (!checked.ok())
        return checked.error();
    return sql::inTransaction(m_connection, [&]() -> Result<Id> {
        auto position = ordering::nextPosition(m_connection, kMilestoneScope, goalId);
        if (!position.ok())
            return position.error();
        auto inserted = sql::insert(m_connection, QStringLiteral("milestone"),
                                    QStringLiteral("goal_id, title, position"), {goalId, *checked, *position});
        if (!inserted.ok())
            return inserted.error();
        if (Status synced = syncMilestoneStatus(goalId, QDate()); !synced.ok())
            return synced.error();
        return inserted;
    });
}

Status GoalRepository::renameMilestone(Id milestoneId, const QString &title)
{
    auto checked = validation::title(title, Tr::tr("A milestone's title"));
    if (!checked.ok())
        return checked.error();
    return sql::expectOneRow(sql::exec(m_connection, QStringLiteral("UPDATE milestone SET title = ? WHERE id = ?"),
                                       {*checked, milestoneId}),
                             Tr::tr("The milestone"));
}

Status GoalRepository::setMilestoneDone(Id milestoneId, bool done, QDate day)
{
    return sql::inTransaction(m_connection, [&]() -> Status {
        auto owner = sql::single(m_connection, QStringLiteral("SELECT goal_id FROM milestone WHERE id = ?"),
                                 {milestoneId}, Tr::tr("The milestone"));
        if (!owner.ok())
            return owner;
        const Id goalId = owner.value().value(0).toLongLong();
        auto updated = sql::exec(
                m_connection, QStringLiteral("UPDATE milestone SET done = ?, done_on = ? WHERE id = ?"),
                {done ? 1 : 0, dateValue(done ? doneDay(m_connection, goalId, day) : QDate()), milestoneId});
        if (!updated.ok())
            return updated;
        return syncMilestoneStatus(goalId, day);
    });
}

Status GoalRepository::removeMilestone(Id milestoneId)
{
    return sql::inTransaction(m_connection, [&]() -> Status {
        auto owner = sql::single(m_connection, QStringLiteral("SELECT goal_id FROM milestone WHERE id = ?"),
                                 {milestoneId}, Tr::tr("The milestone"));
        if (!owner.ok())
            return owner;
        if (auto removed = sql::exec(m_connection, QStringLiteral("DELETE FROM milestone WHERE id = ?"), {milestoneId});
            !removed.ok())
            return removed;
        return syncMilestoneStatus(owner.value().value(0).toLongLong(), QDate());
    });
}

Status GoalRepository::moveMilestone(Id milestoneId, int newIndex)
{
    return ordering::move(m_connection, kMilestoneScope, milestoneId, newIndex);
}

Result<Id> GoalRepository::addLink(Id goalId, const QString &label, const QString &url)
{
    auto checkedLabel = validation::line(label, Tr::tr("A link's label"));
    if (!checkedLabel.ok())
        return checkedLabel.error();
    auto checkedUrl = validation::url(url);
    if (!checkedUrl.ok())
        return checkedUrl.error();
    return sql::inTransaction(m_connection, [&]() -> Result<Id> {
        auto position = ordering::nextPosition(m_connection, kLinkScope, goalId);
        if (!position.ok())
            return position.error();
        return sql::insert(m_connection, QStringLiteral("goal_link"), QStringLiteral("goal_id, label, url, position"),
                           {goalId, *checkedLabel, checkedUrl->toString(QUrl::FullyEncoded), *position});
    });
}

Status GoalRepository::removeLink(Id linkId)
{
    return sql::expectOneRow(sql::exec(m_connection, QStringLiteral("DELETE FROM goal_link WHERE id = ?"), {linkId}),
                             Tr::tr("The link"));
}

Status GoalRepository::revert(const Goal &snapshot)
{
    auto clean = validated(snapshot);
    if (!clean.ok())
        return clean.error();
    const Goal &g = clean.value();
    return sql::inTransaction(m_connection, [&]() -> Status {
        auto updated = sql::exec(
                m_connection,
                QStringLiteral("UPDATE goal SET title = ?, area_id = ?, notes = ?, kind = ?, target = ?, current = ?, "
                               "status = ?, done_on = ?, drop_reason = ?, carried_from_id = ?, position = ?, "
                               "counts_evidence = ? WHERE id = ?"),
                {g.title, sql::nullableId(g.areaId), g.notes, goalKindKey(g.kind),
                 g.kind == GoalKind::Count ? QVariant(g.target) : QVariant(QMetaType::fromType<int>()), g.current,
                 goalStatusKey(g.status), dateValue(g.status == GoalStatus::Done ? g.doneOn : QDate()), g.dropReason,
                 sql::nullableId(g.carriedFromId), g.position, g.countsEvidence ? 1 : 0, g.id});
        if (Status one = sql::expectOneRow(updated, Tr::tr("The goal")); !one.ok())
            return one;
        for (const char *table : {"milestone", "goal_link"}) {
            auto removed = sql::exec(
                    m_connection, QStringLiteral("DELETE FROM %1 WHERE goal_id = ?").arg(QLatin1String(table)), {g.id});
            if (!removed.ok())
                return removed;
        }
        return insertChildren(g.id, g, true);
    });
}

Result<CarryResult> GoalRepository::carryOver(Id goalId, int toYearNumber)
{
    auto source = get(goalId);
    if (!source.ok())
        return source.error();
    const Goal &goal = source.value();
    if (goal.status == GoalStatus::Done)
        return Error::invalid(Tr::tr("A goal that is done is not carried over."));
    if (goal.status == GoalStatus::CarriedOver)
        return Error::invalid(Tr::tr("This goal was already carried over."));
    if (goal.status == GoalStatus::Dropped)
        return Error::invalid(Tr::tr("Reopen a dropped goal before carrying it over."));
    auto checkedNumber = validation::yearNumber(toYearNumber);
    if (!checkedNumber.ok())
        return checkedNumber.error();
    auto fromYear = sql::single(m_connection, QStringLiteral("SELECT number FROM year WHERE id = ?"), {goal.yearId},
                                Tr::tr("The goal's year"));
    if (!fromYear.ok())
        return fromYear.error();
    const int fromNumber = fromYear.value().value(0).toInt();
    if (toYearNumber <= fromNumber)
        return Error::invalid(Tr::tr("A goal of %1 can only be carried into a later year, not into %2.")
                                      .arg(fromNumber)
                                      .arg(toYearNumber));

    return sql::inTransaction(m_connection, [&]() -> Result<CarryResult> {
        CarryResult result;
        auto existing = sql::exec(m_connection, QStringLiteral("SELECT id FROM year WHERE number = ?"), {toYearNumber});
        if (!existing.ok())
            return existing.error();
        if (existing.value().next()) {
            result.yearId = existing.value().value(0).toLongLong();
        } else {
            auto created = sql::insert(m_connection, QStringLiteral("year"), QStringLiteral("number"), {toYearNumber});
            if (!created.ok())
                return created.error();
            result.yearId = *created;
            result.yearCreated = true;
        }
        Goal next;
        next.yearId = result.yearId;
        next.title = goal.title;
        next.areaId = goal.areaId;
        next.notes = goal.notes;
        next.kind = goal.kind;
        next.target = goal.target;
        next.countsEvidence = goal.countsEvidence;
        // A goal kept out of public exports stays out of them in the year it continues into.
        next.isPrivate = goal.isPrivate;
        next.carriedFromId = goal.id;
        for (const Milestone &milestone : goal.milestones) {
            if (!milestone.done)
                next.milestones << Milestone{0, 0, milestone.title, false, {}, 0};
        }
        auto created = insert(next, false);
        if (!created.ok())
            return created.error();
        result.goalId = *created;
        if (Status marked = setStatus(goal.id, GoalStatus::CarriedOver, QDate(), QString()); !marked.ok())
            return marked.error();
        return result;
    });
}

Status GoalRepository::undoCarry(Id carriedGoalId)
{
    return sql::inTransaction(m_connection, [&]() -> Status {
        auto origin = sql::single(m_connection, QStringLiteral("SELECT carried_from_id FROM goal WHERE id = ?"),
                                  {carriedGoalId}, Tr::tr("The carried goal"));
        if (!origin.ok())
            return origin;
        const Id originId = origin.value().value(0).toLongLong();
        if (originId == 0)
            return Error::invalid(Tr::tr("This goal was not carried over from an earlier year."));
        if (Status removed = remove(carriedGoalId); !removed.ok())
            return removed;
        return setStatus(originId, GoalStatus::Open, QDate(), QString());
    });
}

namespace {

// Walks carried_from links upwards from every starting goal; the depth bound guards against a cycle that a
// broken file could contain.
const QString kChainWith
        = QStringLiteral("WITH RECURSIVE chain(start, origin, depth) AS ("
                         " SELECT id, carried_from_id, 0 FROM goal WHERE %1"
                         " UNION ALL"
                         " SELECT c.start, g.carried_from_id, c.depth + 1 FROM chain c JOIN goal g ON g.id = c.origin"
                         " WHERE c.depth < 1000) ");

} // namespace

Result<int> GoalRepository::carriedYears(Id goalId) const
{
    auto query = sql::single(m_connection,
                             kChainWith.arg(QStringLiteral("id = ?"))
                                     + QStringLiteral("SELECT max(depth), count(*) FROM chain"),
                             {goalId}, Tr::tr("The goal"));
    if (!query.ok())
        return query.error();
    if (query.value().value(1).toInt() == 0)
        return Error::notFound(Tr::tr("The goal was not found."));
    return query.value().value(0).toInt();
}

Result<QHash<Id, int>> GoalRepository::carriedYearsForYear(Id yearId) const
{
    auto query = sql::exec(m_connection,
                           kChainWith.arg(QStringLiteral("year_id = ? AND carried_from_id IS NOT NULL"))
                                   + QStringLiteral("SELECT start, max(depth) FROM chain GROUP BY start"),
                           {yearId});
    if (!query.ok())
        return query.error();
    QHash<Id, int> years;
    while (query.value().next())
        years.insert(query.value().value(0).toLongLong(), query.value().value(1).toInt());
    return years;
}

Result<QHash<Id, int>> GoalRepository::carriedToYears(Id yearId) const
{
    auto query
            = sql::exec(m_connection,
                        QStringLiteral("SELECT g.carried_from_id, y.number FROM goal g JOIN year y ON y.id = g.year_id "
                                       "JOIN goal origin ON origin.id = g.carried_from_id WHERE origin.year_id = ?"),
                        {yearId});
    if (!query.ok())
        return query.error();
    QHash<Id, int> years;
    while (query.value().next())
        years.insert(query.value().value(0).toLongLong(), query.value().value(1).toInt());
    return years;
}

Result<QList<CarriedGoal>> GoalRepository::goalsCarriedRepeatedly(int minYears) const
{
    // Standard GROUP BY: every column read is grouped (one goal and one year per start), and HAVING repeats the
    // aggregate instead of naming its alias. c.start settles the order of ties, which was left to the plan before.
    auto query = sql::exec(m_connection,
                           kChainWith.arg(QStringLiteral("carried_from_id IS NOT NULL AND status <> 'carried'"))
                                   + QStringLiteral("SELECT c.start, max(c.depth), y.number FROM chain c "
                                                    "JOIN goal g ON g.id = c.start JOIN year y ON y.id = g.year_id "
                                                    "GROUP BY c.start, y.number, g.position HAVING max(c.depth) >= ? "
                                                    "ORDER BY y.number DESC, g.position, c.start"),
                           {std::max(1, minYears)});
    if (!query.ok())
        return query.error();
    // All rows first: no query may run while this cursor is open (PostgreSQL's row-by-row mode forbids it).
    struct Row
    {
        Id goalId;
        int years;
        int yearNumber;
    };
    QList<Row> rows;
    while (query.value().next())
        rows << Row{query.value().value(0).toLongLong(), query.value().value(1).toInt(),
                    query.value().value(2).toInt()};
    query.value().finish();
    QList<CarriedGoal> result;
    for (const Row &row : std::as_const(rows)) {
        auto goal = get(row.goalId);
        if (!goal.ok())
            return goal.error();
        result << CarriedGoal{goal.value(), row.yearNumber, row.years};
    }
    return result;
}

} // namespace hoego
