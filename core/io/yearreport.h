// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "i18n/language.h"
#include "model/yearhistory.h"
#include "model/yearpart.h"
#include "yeardata.h"

#include <QHash>
#include <QList>

#include <optional>

namespace hoego {

// What a published year summary shows: the year, the goals set for the next year and the areas' names.
struct YearReport
{
    YearData data;
    int nextYearNumber = 0;
    QList<Goal> nextYearGoals; // empty when the next year is not in the database
    QList<Area> areas; // in the user's order
    QHash<Id, Area> areaById;
    // Every year's outputs counted by kind and month, for the exports' "by month" and "year by year" tables
    // (issue 13). The public counts leave out private outputs and areas; a public report uses them instead.
    QList<OutputTally> outputTallies;
    QList<OutputTally> publicOutputTallies;
};

Result<YearReport> loadYearReport(const Repositories &repos, Id yearId);

// Where a Markdown export is going to be published (issue 14).
enum class MarkdownFlavour {
    StaticSite, // a Jekyll or Hugo post: front matter with title, date, tags and description
    CommonMark, // a plain post: no front matter
    BlogEditor, // pasted into the Velog or Tistory editor: no front matter, images as links to them
};
// "static-site", "commonmark", "blog-editor": the names on the command line and in the settings.
QString flavourKey(MarkdownFlavour flavour);
std::optional<MarkdownFlavour> flavourFromKey(const QString &key);

// Choices shared by the Markdown, HTML and PDF exports.
struct ReportOptions
{
    enum class Grouping { ByArea, ByMonth };
    i18n::Language language = i18n::Language::Korean; // of the headings and dates, not of the user's text
    Grouping grouping = Grouping::ByArea;
    MarkdownFlavour flavour = MarkdownFlavour::StaticSite; // Markdown only
    bool publicOnly = false; // leave out private items and areas (issue 14, see publicview.h)
    // The chosen export profile's heading renames (issue 14); a part without one keeps its default heading.
    QMap<YearPart, QString> headings;
};

} // namespace hoego
