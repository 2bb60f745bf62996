// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "changedyears.h"

#include "sql.h"

#include <QStringList>

namespace hoego {
namespace {

// The counted kinds: each row holds its year's id.
constexpr Stored kCounted[] = {Stored::Event, Stored::Section, Stored::Lesson, Stored::Unfinished, Stored::Goal};

// Beyond this (an import), reading every year's counts at once is cheaper than looking the rows up.
constexpr qsizetype kMostRowsLookedUp = 256;

// Adds the years of the rows `ids` of `table`, read from `yearColumn`; false when a row is gone or the read failed.
bool addYearsOf(const QString &connection, const QString &table, const QString &yearColumn, const QSet<Id> &ids,
                QSet<Id> &years)
{
    if (ids.size() > kMostRowsLookedUp)
        return false;
    const QStringList placeholders(ids.size(), QStringLiteral("?"));
    const QString statement = QStringLiteral("SELECT %1 FROM %2 WHERE id IN (%3)")
                                      .arg(yearColumn, table, placeholders.join(QLatin1Char(',')));
    auto rows = sql::readAll<Id>(sql::exec(connection, statement, QVariantList(ids.begin(), ids.end())),
                                 [](const QSqlQuery &query) { return query.value(0).toLongLong(); });
    if (!rows.ok() || rows->size() != ids.size())
        return false;
    for (const Id year : rows.value())
        years.insert(year);
    return true;
}

} // namespace

std::optional<QSet<Id>> yearsWhoseCountsChanged(const QString &connection, const ChangeSet &changes)
{
    QSet<Id> years;
    // A year's own row (its title, its closing note) names itself. A year added or removed changes the list of
    // years, which the caller reads whole.
    if (changes.touches(Stored::Year)
        && !addYearsOf(connection, QStringLiteral("year"), QStringLiteral("id"), changes.ids(Stored::Year), years))
        return std::nullopt;
    for (const Stored kind : kCounted) {
        if (changes.touches(kind)
            && !addYearsOf(connection, ChangeSet::tableOf(kind), QStringLiteral("year_id"), changes.ids(kind), years))
            return std::nullopt;
    }
    return years;
}

} // namespace hoego
