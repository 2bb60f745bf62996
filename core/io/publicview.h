// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "yearreport.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

// What a public export shows (issue 14): the year without its private items and without anything in a private
// area. Every export (Markdown, HTML, PDF, JSON) filters the gathered data here and then counts and draws from
// what is left, so the progress figures are those of the public goals only.
namespace hoego {

// One thing a public export leaves out, for the list beside the public preview.
struct LeftOutItem
{
    QString kind; // "Event", "Goal"... in the interface's language
    QString title;
    QString areaName; // set when the item is left out because its area is private
    int year = 0; // the year the item belongs to; 0 for an area
};

// The ids of the private areas among `areas`.
QSet<Id> privateAreaIds(const QList<Area> &areas);

// `data` without its private items and the items of `privateAreas`; links to what was left out (a lesson's
// event, an unfinished item's goal, a theme link, a goal's evidence) are dropped with it. What was left out is
// appended to `leftOut` when it is given; `areaNames` names the areas there.
YearData publicYearData(const YearData &data, const QSet<Id> &privateAreas, QList<LeftOutItem> *leftOut = nullptr,
                        const QHash<Id, Area> &areaNames = {});

// The report of a public export: the year's data and the next year's goals filtered, the private areas gone.
YearReport publicReport(const YearReport &report, QList<LeftOutItem> *leftOut = nullptr);

// What a public export of the year (with the next year's goals it shows), or of every year, leaves out.
Result<QList<LeftOutItem>> leftOutOfPublicExport(const Repositories &repos, std::optional<Id> yearId);

} // namespace hoego
