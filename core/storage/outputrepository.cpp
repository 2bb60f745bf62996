// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "outputrepository.h"
#include "i18n/particles.h"
#include "rowversion.h"

#include "model/outputkinds.h"
#include "ordering.h"
#include "sql.h"
#include "validation.h"

#include <QCoreApplication>

namespace hoego {
namespace {

// Names the context of this file's strings for tr() and for lupdate alike.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hoego::OutputRepository)
};

constexpr ordering::Scope kScope{"output", "year_id"};
constexpr int kMaxKindLength = 50;

const QString kSelect
        = QStringLiteral("SELECT o.id, o.year_id, o.kind, o.title, o.month, o.day, o.link, o.venue, o.area_id, "
                         "o.notes, o.position, y.number, o.private FROM output o JOIN year y ON y.id = o.year_id");
const QString kOrder
        = QStringLiteral(" ORDER BY o.month IS NOT NULL, o.month, o.day IS NOT NULL, o.day, o.position, o.id");

Output readOutput(const QSqlQuery &query)
{
    Output output;
    output.id = query.value(0).toLongLong();
    output.yearId = query.value(1).toLongLong();
    output.kind = query.value(2).toString();
    output.title = query.value(3).toString();
    const int year = query.value(11).toInt();
    const int month = query.value(4).toInt();
    const int day = query.value(5).toInt();
    output.date = day > 0 ? PartialDate::ofDay(year, month, day)
                          : (month > 0 ? PartialDate::ofMonth(year, month) : PartialDate::ofYear(year));
    output.link = QUrl(query.value(6).toString());
    output.venue = query.value(7).toString();
    output.areaId = query.value(8).toLongLong();
    output.notes = query.value(9).toString();
    output.position = query.value(10).toInt();
    output.isPrivate = query.value(12).toBool();
    return output;
}

QVariant nullableNumber(int value)
{
    return value > 0 ? QVariant(value) : QVariant(QMetaType::fromType<int>());
}

QString linkText(const Output &output)
{
    return output.link.isEmpty() ? QString() : output.link.toString(QUrl::FullyEncoded);
}

} // namespace

Result<Output> OutputRepository::cleaned(const Output &output)
{
    Output clean = output;
    auto kind = validation::title(outputkinds::fromText(output.kind), Tr::tr("The output's kind"));
    if (!kind.ok())
        return kind.error();
    if (kind->size() > kMaxKindLength)
        return Error::invalid(Tr::tr("The output's kind is too long (at most %1 characters).").arg(kMaxKindLength));
    clean.kind = *kind;
    auto title = validation::title(output.title, Tr::tr("The output's title"));
    if (!title.ok())
        return title.error();
    clean.title = *title;
    auto venue = validation::line(output.venue, Tr::tr("The output's venue"));
    if (!venue.ok())
        return venue.error();
    clean.venue = *venue;
    auto notes = validation::body(output.notes, Tr::tr("The output's notes"));
    if (!notes.ok())
        return notes.error();
    clean.notes = *notes;
    if (Status date = validation::date(output.date); !date.ok())
        return date.error();
    if (!output.link.isEmpty()) {
        auto link = validation::url(output.link.toString());
        if (!link.ok())
            return link.error();
        clean.link = *link;
    }
    return clean;
}

Result<QList<Output>> OutputRepository::forYear(Id yearId) const
{
    return sql::readAll<Output>(
            sql::exec(m_connection, kSelect + QStringLiteral(" WHERE o.year_id = ?") + kOrder, {yearId}), readOutput);
}

Result<Output> OutputRepository::get(Id id) const
{
    auto query = sql::single(m_connection, kSelect + QStringLiteral(" WHERE o.id = ?"), {id}, Tr::tr("The output"));
    if (!query.ok())
        return query.error();
    return readOutput(query.value());
}

Result<QStringList> OutputRepository::kindsInUse() const
{
    auto used = sql::readAll<QString>(sql::exec(m_connection,
                                                QStringLiteral("SELECT DISTINCT kind FROM output "
                                                               "ORDER BY kind")),
                                      [](const QSqlQuery &q) { return q.value(0).toString(); });
    if (!used.ok())
        return used.error();
    QStringList kinds = outputkinds::builtinKeys();
    for (const QString &kind : *used) {
        if (!kinds.contains(kind))
            kinds << kind;
    }
    return kinds;
}

Result<Id> OutputRepository::insert(const Output &output, bool keepId)
{
    auto clean = cleaned(output);
    if (!clean.ok())
        return clean.error();
    const Output &o = clean.value();
    return sql::inTransaction(m_connection, [&]() -> Result<Id> {
        auto year = sql::single(m_connection, QStringLiteral("SELECT number FROM year WHERE id = ?"), {o.yearId},
                                Tr::tr("The output's year"));
        if (!year.ok())
            return year.error();
        const int yearNumber = year.value().value(0).toInt();
        if (o.date.year() != yearNumber)
            return Error::invalid(
                    i18n::fillWords(Tr::tr("The date %1 is not in %2."), o.date.toIsoString(), yearNumber));
        int position = o.position;
        if (!keepId) {
            auto next = ordering::nextPosition(m_connection, kScope, o.yearId);
            if (!next.ok())
                return next.error();
            position = *next;
        }
        return sql::insert(m_connection, QStringLiteral("output"),
                           QStringLiteral("year_id, kind, title, precision, month, day, link, venue, area_id, notes, "
                                          "position, private"),
                           {o.yearId, o.kind, o.title, PartialDate::precisionKey(o.date.precision()),
                            nullableNumber(o.date.month()), nullableNumber(o.date.day()), linkText(o), o.venue,
                            sql::nullableId(o.areaId), o.notes, position, int(o.isPrivate)},
                           keepId ? o.id : 0);
    });
}

Result<Id> OutputRepository::create(const Output &output)
{
    return insert(output, false);
}

Status OutputRepository::update(const Output &output, const Output *shown)
{
    auto clean = cleaned(output);
    if (!clean.ok())
        return clean.error();
    const Output &o = clean.value();
    rowversion::ShownTexts shownTexts{QStringLiteral("output"), o.id, {}};
    if (shown)
        shownTexts.texts = {{QStringLiteral("title"), shown->title},
                            {QStringLiteral("venue"), shown->venue},
                            {QStringLiteral("notes"), shown->notes},
                            {QStringLiteral("link"), linkText(*shown)}};
    return rowversion::writeIfShown(m_connection, shownTexts, Tr::tr("The output"), [&]() -> Status {
        auto year = sql::single(m_connection,
                                QStringLiteral("SELECT y.number FROM output o JOIN year y ON y.id = o.year_id "
                                               "WHERE o.id = ?"),
                                {o.id}, Tr::tr("The output"));
        if (!year.ok())
            return year;
        const int yearNumber = year.value().value(0).toInt();
        if (o.date.year() != yearNumber)
            return Error::invalid(
                    i18n::fillWords(Tr::tr("The date %1 is not in %2."), o.date.toIsoString(), yearNumber));
        return sql::expectOneRow(
                sql::exec(m_connection,
                          QStringLiteral("UPDATE output SET kind = ?, title = ?, precision = ?, month = ?, day = ?, "
                                         "link = ?, venue = ?, area_id = ?, notes = ? WHERE id = ?"),
                          {o.kind, o.title, PartialDate::precisionKey(o.date.precision()),
                           nullableNumber(o.date.month()), nullableNumber(o.date.day()), linkText(o), o.venue,
                           sql::nullableId(o.areaId), o.notes, o.id}),
                Tr::tr("The output"));
    });
}

Status OutputRepository::move(Id id, int newIndex)
{
    return ordering::move(m_connection, kScope, id, newIndex);
}

Result<OutputSnapshot> OutputRepository::snapshot(Id id) const
{
    auto output = get(id);
    if (!output.ok())
        return output.error();
    auto goals = sql::readAll<Id>(
            sql::exec(m_connection, QStringLiteral("SELECT goal_id FROM goal_evidence WHERE output_id = ? ORDER BY id"),
                      {id}),
            [](const QSqlQuery &q) { return q.value(0).toLongLong(); });
    if (!goals.ok())
        return goals.error();
    return OutputSnapshot{*output, *goals};
}

Status OutputRepository::remove(Id id)
{
    return sql::inTransaction(m_connection, [&] {
        return sql::expectOneRow(sql::exec(m_connection, QStringLiteral("DELETE FROM output WHERE id = ?"), {id}),
                                 Tr::tr("The output"));
    });
}

Status OutputRepository::restore(const OutputSnapshot &snapshot)
{
    if (snapshot.output.id <= 0)
        return Error::invalid(Tr::tr("Only a stored output can be restored."));
    return sql::inTransaction(m_connection, [&]() -> Status {
        if (auto inserted = insert(snapshot.output, true); !inserted.ok())
            return inserted.error();
        // A goal deleted since is left out.
        for (const Id goal : snapshot.evidenceFor) {
            auto linked = sql::exec(m_connection,
                                    QStringLiteral("INSERT INTO goal_evidence (goal_id, output_id) "
                                                   "SELECT id, ? FROM goal WHERE id = ? ON CONFLICT DO NOTHING"),
                                    {snapshot.output.id, goal});
            if (!linked.ok())
                return linked.error();
        }
        return {};
    });
}

} // namespace hoego
