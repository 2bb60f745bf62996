// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "yearreport.h"

#include "storage/repositories.h"

namespace hoego {
namespace {

constexpr std::pair<MarkdownFlavour, const char *> kFlavourKeys[] = {
        {MarkdownFlavour::StaticSite, "static-site"},
        {MarkdownFlavour::CommonMark, "commonmark"},
        {MarkdownFlavour::BlogEditor, "blog-editor"},
};

} // namespace

QString flavourKey(MarkdownFlavour flavour)
{
    for (const auto &[candidate, key] : kFlavourKeys) {
        if (candidate == flavour)
            return QString::fromLatin1(key);
    }
    return {};
}

std::optional<MarkdownFlavour> flavourFromKey(const QString &key)
{
    for (const auto &[flavour, name] : kFlavourKeys) {
        if (key == QLatin1String(name))
            return flavour;
    }
    return std::nullopt;
}

Result<YearReport> loadYearReport(const Repositories &repos, Id yearId)
{
    YearReport report;
    auto data = loadYearData(repos, yearId);
    if (!data.ok())
        return data.error();
    report.data = std::move(data).value();
    report.nextYearNumber = report.data.year.number + 1;
    auto next = repos.years.byNumber(report.nextYearNumber);
    if (next.ok()) {
        auto goals = repos.goals.forYear(next->id);
        if (!goals.ok())
            return goals.error();
        report.nextYearGoals = *goals;
    } else if (next.error().code != Error::Code::NotFound) {
        return next.error();
    }
    auto areas = repos.areas.all();
    if (!areas.ok())
        return areas.error();
    report.areas = *areas;
    for (const Area &area : report.areas)
        report.areaById.insert(area.id, area);
    auto tallies = repos.history.outputTallies();
    if (!tallies.ok())
        return tallies.error();
    report.outputTallies = *tallies;
    auto publicTallies = repos.history.outputTallies(HistoryRepository::Outputs::PublicOnly);
    if (!publicTallies.ok())
        return publicTallies.error();
    report.publicOutputTallies = *publicTallies;
    return report;
}

} // namespace hoego
