// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "yeartimelinemodel.h"

#include "progress/goalcounts.h"
#include "storage/yearrepository.h"

#include <QDate>

namespace hoego {

YearTimelineModel::YearTimelineModel(const YearRepository &years, QObject *parent)
    : QAbstractListModel(parent)
    , m_years(years)
    , m_currentYearNumber(QDate::currentDate().year())
{ }

QString YearTimelineModel::reload()
{
    auto overviews = m_years.overviews();
    if (!overviews.ok())
        return overviews.error().message;
    QList<YearOverview> rows = std::move(overviews).value();
    if (hasSameYears(rows, m_rows)) {
        m_rows = std::move(rows);
        if (!m_rows.isEmpty())
            emit dataChanged(index(0), index(int(m_rows.size()) - 1));
        return {};
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    return {};
}

bool YearTimelineModel::reloadYears(const QSet<Id> &years)
{
    for (const Id year : years) {
        const QModelIndex shown = indexOfYear(year);
        auto overview = m_years.overview(year);
        // A year renumbered would move on the strip: only a whole reload puts it in its place.
        if (!shown.isValid() || !overview.ok() || overview->year.number != m_rows[shown.row()].year.number)
            return false;
        m_rows[shown.row()] = std::move(overview).value();
        emit dataChanged(shown, shown);
    }
    return true;
}

void YearTimelineModel::setCurrentYearNumber(int number)
{
    m_currentYearNumber = number;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0), index(int(m_rows.size()) - 1), {IsCurrentYearRole});
}

QModelIndex YearTimelineModel::indexOfYear(Id yearId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].year.id == yearId)
            return index(row);
    }
    return {};
}

QString YearTimelineModel::goalsText(int done, int total)
{
    return tr("%1/%2 goals").arg(done).arg(total);
}

Id YearTimelineModel::yearIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].year.id : 0;
}

int YearTimelineModel::yearNumberAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].year.number : 0;
}

int YearTimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant YearTimelineModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const YearOverview &row = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return QString::number(row.year.number);
    case Qt::ToolTipRole: {
        QString tip = row.year.title.isEmpty() ? QString::number(row.year.number)
                                               : tr("%1 — %2").arg(row.year.number).arg(row.year.title);
        tip += QLatin1Char('\n') + tr("%n event(s)", "", row.eventCount);
        if (row.goalCount > 0)
            tip += QLatin1Char('\n') + progress::CountsText::withoutSplit(progress::countsOf(row));
        return tip;
    }
    case Qt::AccessibleTextRole:
        return tr("%1, %n event(s)", "", row.eventCount).arg(row.year.number);
    case Qt::AccessibleDescriptionRole:
        return row.goalCount > 0 ? progress::CountsText::withoutSplit(progress::countsOf(row)) : QString();
    case YearIdRole:
        return row.year.id;
    case YearNumberRole:
        return row.year.number;
    case TitleRole:
        return row.year.title;
    case EventCountRole:
        return row.eventCount;
    case GoalCountRole:
        return progress::countsOf(row).total();
    case GoalsDoneRole:
        return row.goalsDone;
    case GoalShareRole:
        return progress::countsOf(row).rate();
    case IsCurrentYearRole:
        return row.year.number == m_currentYearNumber;
    case GoalsTextRole: {
        const progress::GoalCounts counts = progress::countsOf(row);
        return counts.total() > 0 ? goalsText(counts.done, counts.total()) : QString();
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> YearTimelineModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(YearIdRole, "yearId");
    names.insert(YearNumberRole, "yearNumber");
    names.insert(TitleRole, "title");
    names.insert(EventCountRole, "eventCount");
    names.insert(GoalCountRole, "goalCount");
    names.insert(GoalsDoneRole, "goalsDone");
    names.insert(GoalShareRole, "goalShare");
    names.insert(IsCurrentYearRole, "isCurrentYear");
    names.insert(GoalsTextRole, "goalsText");
    return names;
}

} // namespace hoego
