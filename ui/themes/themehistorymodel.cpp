// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "themehistorymodel.h"

#include "themestates.h"

#include "i18n/collation.h"
#include "storage/repositories.h"

#include <QGuiApplication>
#include <QPalette>

#include <algorithm>

namespace hoego {
namespace {

QString statusMark(GoalStatus status)
{
    switch (status) {
    case GoalStatus::Done:
        return QStringLiteral("☑");
    case GoalStatus::Dropped:
        return QStringLiteral("✗");
    case GoalStatus::CarriedOver:
        return QStringLiteral("→");
    case GoalStatus::Open:
        break;
    }
    return QStringLiteral("○");
}

} // namespace

QString ThemeHistoryModel::load(const Repositories &repos)
{
    auto themes = repos.themes.all();
    auto entries = repos.themes.allYears();
    auto years = repos.years.overviews();
    if (!themes.ok() || !entries.ok() || !years.ok())
        return (!themes.ok() ? themes.error() : !entries.ok() ? entries.error() : years.error()).message;
    QHash<Id, int> numbers;
    for (const YearOverview &overview : years.value())
        numbers.insert(overview.year.id, overview.year.number);

    QList<Row> rows;
    QHash<Id, qsizetype> rowOf;
    for (const Theme &theme : themes.value()) {
        rowOf.insert(theme.id, rows.size());
        rows.append(Row{theme, {}, {}});
    }
    QList<int> yearNumbers;
    for (const ThemeYear &entry : entries.value()) {
        const int number = numbers.value(entry.yearId);
        rows[rowOf.value(entry.themeId)].byYear.insert(number, entry);
        if (!yearNumbers.contains(number))
            yearNumbers << number;
    }
    std::sort(yearNumbers.begin(), yearNumbers.end());
    for (Row &row : rows) {
        auto links = repos.themes.linksOf(row.theme.id);
        if (!links.ok())
            return links.error().message;
        for (const ThemeLink &link : links.value()) {
            if (link.target != ThemeLinkTarget::Goal)
                continue;
            auto goal = repos.goals.get(link.targetId);
            if (!goal.ok())
                continue; // removed meanwhile: the link went with it
            row.goals << QStringLiteral("%1 %2 (%3)")
                                 .arg(statusMark(goal->status), goal->title)
                                 .arg(numbers.value(goal->yearId));
        }
    }
    // Themes in the order people read names, Korean and English alike.
    i18n::sortByText(rows, [](const Row &row) { return row.theme.name; });
    beginResetModel();
    m_rows = rows;
    m_years = yearNumbers;
    endResetModel();
    return {};
}

int ThemeHistoryModel::columnOfYear(int yearNumber) const
{
    return int(m_years.indexOf(yearNumber));
}

int ThemeHistoryModel::rowOfTheme(Id themeId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].theme.id == themeId)
            return row;
    }
    return -1;
}

int ThemeHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ThemeHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_years.size()) + 1;
}

QVariant ThemeHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[index.row()];
    if (role == ThemeIdRole)
        return row.theme.id;
    const bool goalsColumn = index.column() == m_years.size();
    if (goalsColumn) {
        if (role == Qt::DisplayRole)
            return row.goals.join(QStringLiteral(", "));
        if (role == Qt::ToolTipRole)
            return row.goals.join(QLatin1Char('\n'));
        return {};
    }
    const int year = m_years[index.column()];
    if (role == YearNumberRole)
        return year;
    const auto entry = row.byYear.constFind(year);
    if (entry == row.byYear.constEnd())
        return role == Qt::DisplayRole ? QVariant(QStringLiteral("·")) : QVariant();
    switch (role) {
    case Qt::DisplayRole:
        return themestates::name(entry->state);
    case Qt::ForegroundRole:
        return themestates::color(entry->state, QGuiApplication::palette());
    case Qt::ToolTipRole:
        return entry->note.isEmpty() ? themestates::description(entry->state)
                                     : QStringLiteral("%1\n%2").arg(themestates::name(entry->state), entry->note);
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    default:
        return {};
    }
}

QVariant ThemeHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section >= 0 && section < m_rows.size() ? QVariant(m_rows[section].theme.name) : QVariant();
    if (section == m_years.size())
        return tr("Linked goals");
    return section >= 0 && section < m_years.size() ? QVariant(QString::number(m_years[section])) : QVariant();
}

} // namespace hoego
