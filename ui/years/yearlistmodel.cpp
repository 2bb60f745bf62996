// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "yearlistmodel.h"

#include "progress/goalcounts.h"
#include "storage/yearrepository.h"

#include <algorithm>

namespace hoego {

YearListModel::YearListModel(const YearRepository &years, QObject *parent)
    : QAbstractTableModel(parent)
    , m_years(years)
{ }

QString YearListModel::reload()
{
    auto overviews = m_years.overviews();
    if (!overviews.ok())
        return overviews.error().message;
    setOverviews(overviews.value());
    return {};
}

void YearListModel::setOverviews(const QList<YearOverview> &oldestFirst)
{
    QList<YearOverview> rows(oldestFirst.rbegin(), oldestFirst.rend());
    if (hasSameYears(rows, m_rows)) {
        m_rows = std::move(rows);
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

QModelIndex YearListModel::indexOfYear(Id yearId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].year.id == yearId)
            return index(row, NumberColumn);
    }
    return {};
}

int YearListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int YearListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant YearListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const YearOverview &row = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NumberColumn:
            return row.year.number;
        case TitleColumn:
            return row.year.title.isEmpty() ? row.year.summary : row.year.title;
        case EventsColumn:
            return tr("%n event(s)", "", row.eventCount);
        case GoalsColumn:
            return row.goalCount > 0 ? progress::CountsText::doneOfTotal(progress::countsOf(row)) : QString();
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return row.year.summary;
    case YearIdRole:
        return row.year.id;
    case YearNumberRole:
        return row.year.number;
    default:
        return {};
    }
}

QVariant YearListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn:
        return tr("Year");
    case TitleColumn:
        return tr("Title");
    case EventsColumn:
        return tr("Events");
    case GoalsColumn:
        return tr("Goals");
    default:
        return {};
    }
}

} // namespace hoego
