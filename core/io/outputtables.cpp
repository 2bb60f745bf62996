// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "outputtables.h"

#include "progress/outputcounts.h"
#include "reportwords.h"

#include <optional>

namespace hoego {
namespace {

using i18n::Language;

// A decade is what a yearly post compares against; thirty rows would bury the year itself.
constexpr int kYearsShown = 10;

bool korean(Language language)
{
    return language == Language::Korean;
}

QString monthColumnWord(Language language)
{
    return korean(language) ? QStringLiteral("월") : QStringLiteral("Month");
}

QString yearColumnWord(Language language)
{
    return korean(language) ? QStringLiteral("연도") : QStringLiteral("Year");
}

QString totalWord(Language language)
{
    return korean(language) ? QStringLiteral("합계") : QStringLiteral("Total");
}

QString countText(int count)
{
    return count == 0 ? QStringLiteral("–") : QString::number(count);
}

QStringList headerRow(const QString &label, const QList<progress::KindCounts> &kinds, Language language)
{
    QStringList columns{label};
    for (const progress::KindCounts &kind : kinds)
        columns << reportwords::outputKindHeading(kind.kind, language);
    columns << totalWord(language);
    return columns;
}

// One row per column of the counts (a month, a year) that `include` keeps, then a row of totals.
template<typename LabelOf, typename Include>
QList<QStringList> rowsOf(const QList<progress::KindCounts> &kinds, qsizetype columns, LabelOf labelOf, Include include,
                          Language language)
{
    QList<QStringList> rows;
    for (qsizetype column = 0; column < columns; ++column) {
        if (!include(column))
            continue;
        QStringList row{labelOf(column)};
        int sum = 0;
        for (const progress::KindCounts &kind : kinds) {
            row << countText(kind.counts.value(column));
            sum += kind.counts.value(column);
        }
        rows << (row << countText(sum));
    }
    QStringList totals{totalWord(language)};
    int all = 0;
    for (const progress::KindCounts &kind : kinds) {
        totals << countText(kind.total);
        all += kind.total;
    }
    rows << (totals << countText(all));
    return rows;
}

std::optional<CountTable> byMonthTable(const YearReport &report, Language language)
{
    const progress::OutputsByMonth byMonth = progress::outputsByMonth(report.outputTallies, report.data.year.number);
    if (byMonth.total == 0 || byMonth.inMonth(0) == byMonth.total)
        return std::nullopt; // nothing dated to a month: the table would say only what the lists say
    CountTable table;
    table.heading = korean(language) ? QStringLiteral("월별") : QStringLiteral("By month");
    table.columns = headerRow(monthColumnWord(language), byMonth.kinds, language);
    // Months without an output are left out, to keep a sparse year short; the year-only ones come last.
    const auto labelOf = [language](qsizetype column) {
        const int month = column == 12 ? 0 : int(column) + 1;
        return month == 0 ? (korean(language) ? QStringLiteral("연중") : QStringLiteral("Sometime"))
                          : reportwords::monthName(month, language);
    };
    QList<progress::KindCounts> rotated = byMonth.kinds; // month 0 moved to the end
    for (progress::KindCounts &kind : rotated)
        kind.counts.append(kind.counts.takeFirst());
    table.rows = rowsOf(
            rotated, 13, labelOf,
            [&byMonth](qsizetype column) { return byMonth.inMonth(column == 12 ? 0 : int(column) + 1) > 0; }, language);
    return table;
}

std::optional<CountTable> yearByYearTable(const YearReport &report, Language language)
{
    const int thisYear = report.data.year.number;
    int first = thisYear;
    for (const OutputTally &tally : report.outputTallies) {
        if (tally.count > 0)
            first = qMin(first, tally.yearNumber);
    }
    first = qMax(first, thisYear - kYearsShown + 1);
    QList<int> years;
    for (int year = first; year <= thisYear; ++year)
        years << year;
    const progress::OutputsAcrossYears across = progress::outputsAcrossYears(report.outputTallies, years);
    if (across.years.size() < 2)
        return std::nullopt;
    CountTable table;
    table.heading = korean(language) ? QStringLiteral("해마다") : QStringLiteral("Year by year");
    table.columns = headerRow(yearColumnWord(language), across.kinds, language);
    table.rows = rowsOf(
            across.kinds, across.years.size(),
            [&across](qsizetype column) { return QString::number(across.years.at(column)); },
            [](qsizetype) { return true; }, language);
    return table;
}

} // namespace

QList<CountTable> outputCountTables(const YearReport &report, Language language)
{
    QList<CountTable> tables;
    if (auto table = byMonthTable(report, language))
        tables << *table;
    if (auto table = yearByYearTable(report, language))
        tables << *table;
    return tables;
}

bool isOutputCountHeader(const QStringList &cells)
{
    if (cells.size() < 3)
        return false;
    const QString first = cells.first().trimmed();
    const QString last = cells.last().trimmed();
    for (Language language : {Language::Korean, Language::English}) {
        if ((first == monthColumnWord(language) || first == yearColumnWord(language)) && last == totalWord(language))
            return true;
    }
    return false;
}

} // namespace hoego
