// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "yearrepository.h"

#include "rowversion.h"
#include "sql.h"
#include "validation.h"

#include <QCoreApplication>

namespace hoego {
namespace {

// Names the context of this file's strings for tr() and for lupdate alike.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hoego::YearRepository)
};

const QString kYearColumns = QStringLiteral("y.id, y.number, y.title, y.summary, y.closing_note");

Year readYear(const QSqlQuery &query)
{
    Year year;
    year.id = query.value(0).toLongLong();
    year.number = query.value(1).toInt();
    year.title = query.value(2).toString();
    year.summary = query.value(3).toString();
    year.closingNote = query.value(4).toString();
    return year;
}

// Counts come from correlated subqueries on indexed year_id columns: one pass, no full load of the items.
const QString kOverviewSelect
        = QStringLiteral("SELECT y.id, y.number, y.title, y.summary, y.closing_note,"
                         " (SELECT count(*) FROM event WHERE year_id = y.id),"
                         " (SELECT count(*) FROM section WHERE year_id = y.id),"
                         " (SELECT count(*) FROM lesson WHERE year_id = y.id),"
                         " (SELECT count(*) FROM unfinished WHERE year_id = y.id),"
                         " (SELECT count(*) FROM goal WHERE year_id = y.id),"
                         " (SELECT count(*) FROM goal WHERE year_id = y.id AND status = 'done'),"
                         " (SELECT count(*) FROM goal WHERE year_id = y.id AND status = 'dropped'),"
                         " (SELECT count(*) FROM goal WHERE year_id = y.id AND status = 'carried')"
                         " FROM year y");

YearOverview readOverview(const QSqlQuery &query)
{
    YearOverview overview;
    overview.year = readYear(query);
    overview.eventCount = query.value(5).toInt();
    overview.sectionCount = query.value(6).toInt();
    overview.lessonCount = query.value(7).toInt();
    overview.unfinishedCount = query.value(8).toInt();
    overview.goalCount = query.value(9).toInt();
    overview.goalsDone = query.value(10).toInt();
    overview.goalsDropped = query.value(11).toInt();
    overview.goalsCarried = query.value(12).toInt();
    return overview;
}

} // namespace

Result<Id> YearRepository::create(int number, const QString &title, const QString &summary)
{
    auto checkedNumber = validation::yearNumber(number);
    if (!checkedNumber.ok())
        return checkedNumber.error();
    auto checkedTitle = validation::line(title, Tr::tr("The year's title"));
    if (!checkedTitle.ok())
        return checkedTitle.error();
    auto checkedSummary = validation::line(summary, Tr::tr("The year's summary"));
    if (!checkedSummary.ok())
        return checkedSummary.error();
    auto inserted = sql::insert(m_connection, QStringLiteral("year"), QStringLiteral("number, title, summary"),
                                {number, *checkedTitle, *checkedSummary});
    if (!inserted.ok() && inserted.error().code == Error::Code::Conflict)
        return Error{Error::Code::Conflict, Tr::tr("The year %1 already exists.").arg(number)};
    return inserted;
}

Status YearRepository::restore(const Year &year)
{
    if (year.id <= 0)
        return Error::invalid(Tr::tr("Only a stored year can be restored."));
    auto checkedNumber = validation::yearNumber(year.number);
    if (!checkedNumber.ok())
        return checkedNumber.error();
    auto inserted = sql::exec(
            m_connection,
            QStringLiteral("INSERT INTO year (id, number, title, summary, closing_note) VALUES (?, ?, ?, ?, ?)"),
            {year.id, year.number, year.title, year.summary, year.closingNote});
    if (!inserted.ok() && inserted.error().code == Error::Code::Conflict)
        return Error{Error::Code::Conflict, Tr::tr("The year %1 already exists.").arg(year.number)};
    return inserted;
}

Result<Year> YearRepository::get(Id id) const
{
    auto query = sql::single(m_connection, QStringLiteral("SELECT %1 FROM year y WHERE y.id = ?").arg(kYearColumns),
                             {id}, Tr::tr("The year"));
    if (!query.ok())
        return query.error();
    return readYear(query.value());
}

Result<Year> YearRepository::byNumber(int number) const
{
    auto query = sql::single(m_connection, QStringLiteral("SELECT %1 FROM year y WHERE y.number = ?").arg(kYearColumns),
                             {number}, Tr::tr("The year %1").arg(number));
    if (!query.ok())
        return query.error();
    return readYear(query.value());
}

Result<QList<YearOverview>> YearRepository::overviews() const
{
    auto query = sql::exec(m_connection, kOverviewSelect + QStringLiteral(" ORDER BY y.number"));
    if (!query.ok())
        return query.error();
    QList<YearOverview> result;
    while (query.value().next())
        result << readOverview(query.value());
    return result;
}

Result<YearOverview> YearRepository::overview(Id id) const
{
    auto query
            = sql::single(m_connection, kOverviewSelect + QStringLiteral(" WHERE y.id = ?"), {id}, Tr::tr("The year"));
    if (!query.ok())
        return query.error();
    return readOverview(query.value());
}

Status YearRepository::setText(Id id, const char *column, const QString &value, const std::optional<QString> &shown)
{
    const QString name = QLatin1String(column);
    return rowversion::writeIfShown(
            m_connection, rowversion::shownText(QStringLiteral("year"), id, name, shown), Tr::tr("The year"), [&] {
                return sql::expectOneRow(sql::exec(m_connection,
                                                   QStringLiteral("UPDATE year SET %1 = ? WHERE id = ?").arg(name),
                                                   {value, id}),
                                         Tr::tr("The year"));
            });
}

Status YearRepository::setTitle(Id id, const QString &title, const std::optional<QString> &shown)
{
    auto checked = validation::line(title, Tr::tr("The year's title"));
    if (!checked.ok())
        return checked.error();
    return setText(id, "title", *checked, shown);
}

Status YearRepository::setSummary(Id id, const QString &summary, const std::optional<QString> &shown)
{
    auto checked = validation::line(summary, Tr::tr("The year's summary"));
    if (!checked.ok())
        return checked.error();
    return setText(id, "summary", *checked, shown);
}

Status YearRepository::setClosingNote(Id id, const QString &note)
{
    auto checked = validation::body(note, Tr::tr("The closing note"));
    if (!checked.ok())
        return checked.error();
    return setText(id, "closing_note", *checked, std::nullopt);
}

Status YearRepository::remove(Id id)
{
    return sql::expectOneRow(sql::exec(m_connection, QStringLiteral("DELETE FROM year WHERE id = ?"), {id}),
                             Tr::tr("The year"));
}

} // namespace hoego
