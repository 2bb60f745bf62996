// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "yearsfootprint.h"

#include "repositories.h"
#include "sql.h"

#include <QHash>
#include <QSet>

namespace hoego {
namespace {

template<typename T>
QHash<Id, T> byId(const QList<T> &rows)
{
    QHash<Id, T> map;
    for (const T &row : rows)
        map.insert(row.id, row);
    return map;
}

// Years by number as stored now.
Result<QHash<int, Id>> storedYears(const Repositories &repos)
{
    auto overviews = repos.years.overviews();
    if (!overviews.ok())
        return overviews.error();
    QHash<int, Id> years;
    for (const YearOverview &overview : overviews.value())
        years.insert(overview.year.number, overview.year.id);
    return years;
}

Status restoreAreas(Repositories &repos, const QList<Area> &target, const QList<Area> &now)
{
    const QHash<Id, Area> current = byId(now);
    for (const Area &area : target) {
        const auto found = current.constFind(area.id);
        if (found == current.cend()) {
            if (Status restored = repos.areas.restore(area); !restored.ok())
                return restored;
            continue;
        }
        if (found->name != area.name) {
            if (Status renamed = repos.areas.rename(area.id, area.name); !renamed.ok())
                return renamed;
        }
        if (found->color != area.color) {
            if (Status recoloured = repos.areas.setColor(area.id, area.color); !recoloured.ok())
                return recoloured;
        }
    }
    return {};
}

Status restoreThemes(Repositories &repos, const QList<Theme> &target, const QList<Theme> &now)
{
    const QHash<Id, Theme> current = byId(now);
    for (const Theme &theme : target) {
        const auto found = current.constFind(theme.id);
        if (found == current.cend()) {
            if (Status restored = repos.themes.restore(ThemeSnapshot{theme, {}, {}}); !restored.ok())
                return restored;
            continue;
        }
        if (found->name != theme.name) {
            if (Status renamed = repos.themes.rename(theme.id, theme.name); !renamed.ok())
                return renamed;
        }
        if (found->areaId != theme.areaId) {
            if (Status moved = repos.themes.setArea(theme.id, theme.areaId); !moved.ok())
                return moved;
        }
        if (found->notes != theme.notes) {
            if (Status noted = repos.themes.setNotes(theme.id, theme.notes); !noted.ok())
                return noted;
        }
    }
    return {};
}

Status restoreQuestions(Repositories &repos, const QList<Question> &target, const QList<Question> &now)
{
    const QHash<Id, Question> current = byId(now);
    for (const Question &question : target) {
        const auto found = current.constFind(question.id);
        if (found == current.cend()) {
            if (Status restored = repos.questions.restore(QuestionSnapshot{question, {}}); !restored.ok())
                return restored;
        } else if (found->text != question.text) {
            if (Status edited = repos.questions.setText(question.id, question.text); !edited.ok())
                return edited;
        }
    }
    return {};
}

// Removes the rows of `now` that `target` does not have.
template<typename T, typename Remove>
Status removeExtra(const QList<T> &target, const QList<T> &now, Remove remove)
{
    const QHash<Id, T> wanted = byId(target);
    for (const T &row : now) {
        if (!wanted.contains(row.id)) {
            if (Status removed = remove(row.id); !removed.ok())
                return removed;
        }
    }
    return {};
}

} // namespace

Result<YearsFootprint> readYearsFootprint(const Repositories &repos, const QList<int> &yearNumbers)
{
    YearsFootprint footprint;
    footprint.yearNumbers = yearNumbers;
    auto stored = storedYears(repos);
    if (!stored.ok())
        return stored.error();
    for (int number : yearNumbers) {
        if (!stored.value().contains(number))
            continue;
        auto snapshot = snapshotYear(repos, stored.value().value(number));
        if (!snapshot.ok())
            return snapshot.error();
        footprint.years << snapshot.value();
    }
    auto areas = repos.areas.all();
    auto themes = repos.themes.all();
    auto questions = repos.questions.all();
    if (!areas.ok())
        return areas.error();
    if (!themes.ok())
        return themes.error();
    if (!questions.ok())
        return questions.error();
    footprint.areas = areas.value();
    footprint.themes = themes.value();
    footprint.questions = questions.value();
    return footprint;
}

Status restoreYearsFootprint(const QString &connection, const YearsFootprint &target)
{
    Repositories repos(connection);
    return sql::inTransaction(connection, [&]() -> Status {
        auto stored = storedYears(repos);
        if (!stored.ok())
            return stored.error();
        for (int number : target.yearNumbers) {
            if (const Id year = stored.value().value(number); year > 0) {
                if (Status removed = repos.years.remove(year); !removed.ok())
                    return removed;
            }
        }
        auto areas = repos.areas.all();
        auto themes = repos.themes.all();
        auto questions = repos.questions.all();
        if (!areas.ok())
            return areas.error();
        if (!themes.ok())
            return themes.error();
        if (!questions.ok())
            return questions.error();
        // Shared rows first go or come back, so that the years written after them find what they point at.
        if (Status status = removeExtra(target.themes, themes.value(), [&](Id id) { return repos.themes.remove(id); });
            !status.ok())
            return status;
        if (Status status
            = removeExtra(target.questions, questions.value(), [&](Id id) { return repos.questions.remove(id); });
            !status.ok())
            return status;
        if (Status status = removeExtra(target.areas, areas.value(), [&](Id id) { return repos.areas.remove(id); });
            !status.ok())
            return status;
        if (Status status = restoreAreas(repos, target.areas, areas.value()); !status.ok())
            return status;
        if (Status status = restoreThemes(repos, target.themes, themes.value()); !status.ok())
            return status;
        if (Status status = restoreQuestions(repos, target.questions, questions.value()); !status.ok())
            return status;
        for (const YearSnapshot &year : target.years) {
            if (Status restored = restoreYear(connection, year); !restored.ok())
                return restored;
        }
        return {};
    });
}

} // namespace hoego
