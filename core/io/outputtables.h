// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "i18n/language.h"
#include "yearreport.h"

#include <QList>
#include <QString>
#include <QStringList>

// What was made, in numbers, for the exports (issue 13): the year's outputs by month and year against year. Each
// table has a row per month or year and a column per kind, so it stays narrow enough for a blog's column; the
// Markdown, HTML and PDF exports draw the same tables in their own syntax.
namespace hoego {

struct CountTable
{
    QString heading; // "월별" / "By month"
    QStringList columns; // the rows' label, one per kind, the total
    QList<QStringList> rows; // label, counts ("–" for none), total; the last row totals the columns
};

// The tables a year summary shows under its outputs: by month when an output is dated to a month, year by year
// when outputs were recorded in two years or more of the ten up to this one. Empty when there is nothing to count.
QList<CountTable> outputCountTables(const YearReport &report, i18n::Language language);

// Whether `cells` (a table's header row) is the header of one of these tables in either language, so that the
// Markdown importer can leave the derived tables out instead of keeping them as text.
bool isOutputCountHeader(const QStringList &cells);

} // namespace hoego
