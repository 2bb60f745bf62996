// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "goalreportmodel.h"

#include "i18n/dates.h"
#include "progress/goalprogress.h"

#include <QFont>

#include <algorithm>

namespace hoego {
namespace {

// Area rows carry internal id 0; a goal row carries its area row's number plus one.
constexpr quintptr kAreaRow = 0;

int milestonesDone(const Goal &goal)
{
    return int(std::count_if(goal.milestones.cbegin(), goal.milestones.cend(),
                             [](const Milestone &milestone) { return milestone.done; }));
}

} // namespace

GoalReportModel::GoalReportModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

void GoalReportModel::setGoals(const QList<Goal> &goals, const QList<Area> &areas, const QHash<Id, int> &carriedTo)
{
    QList<Group> groups;
    for (const Area &area : areas)
        groups << Group{area.id, area.name, area.color, {}, {}};
    groups << Group{0, tr("No area"), QColor(), {}, {}};
    for (const Goal &goal : goals) {
        auto group = std::find_if(groups.begin(), groups.end(),
                                  [&goal](const Group &candidate) { return candidate.areaId == goal.areaId; });
        if (group == groups.end())
            group = groups.end() - 1; // an area removed meanwhile: show the goal rather than lose it
        group->goals << goal;
        group->counts.add(progress::stateOf(goal));
    }
    groups.removeIf([](const Group &group) { return group.goals.isEmpty(); });

    beginResetModel();
    m_groups = std::move(groups);
    m_carriedTo = carriedTo;
    endResetModel();
}

void GoalReportModel::setReadOnly(bool readOnly)
{
    if (m_readOnly == readOnly)
        return;
    m_readOnly = readOnly;
    for (int row = 0; row < m_groups.size(); ++row) {
        const QModelIndex area = index(row, 0);
        if (const int goals = rowCount(area); goals > 0)
            emit dataChanged(index(0, 0, area), index(goals - 1, ColumnCount - 1, area));
    }
}

QModelIndex GoalReportModel::indexOfGoal(Id goalId, int column) const
{
    for (int group = 0; group < m_groups.size(); ++group) {
        const QList<Goal> &goals = m_groups[group].goals;
        for (int row = 0; row < goals.size(); ++row) {
            if (goals[row].id == goalId)
                return createIndex(row, column, quintptr(group) + 1);
        }
    }
    return {};
}

QString GoalReportModel::symbol(progress::GoalState state)
{
    switch (state) {
    case progress::GoalState::Done:
        return QStringLiteral("\u2611");
    case progress::GoalState::InProgress:
        return QStringLiteral("\u25D0");
    case progress::GoalState::Dropped:
        return QStringLiteral("\u2717");
    case progress::GoalState::Carried:
        return QStringLiteral("\u2192");
    case progress::GoalState::Open:
        break;
    }
    return QStringLiteral("\u25CB");
}

QModelIndex GoalReportModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_groups.size() ? createIndex(row, column, kAreaRow) : QModelIndex();
    if (parent.internalId() != kAreaRow || parent.row() >= m_groups.size()
        || row >= m_groups[parent.row()].goals.size())
        return {};
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex GoalReportModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kAreaRow)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kAreaRow);
}

int GoalReportModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() != kAreaRow || parent.column() != 0 || parent.row() >= m_groups.size())
        return 0;
    return int(m_groups[parent.row()].goals.size());
}

int GoalReportModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

const Goal *GoalReportModel::goalAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == kAreaRow)
        return nullptr;
    const qsizetype group = qsizetype(index.internalId() - 1);
    if (group >= m_groups.size() || index.row() >= m_groups[group].goals.size())
        return nullptr;
    return &m_groups[group].goals[index.row()];
}

bool GoalReportModel::isCheckable(const Goal &goal) const
{
    // Only a plain check goal is ticked here; counts and milestones are changed on the board, where they show.
    return !m_readOnly && goal.kind == GoalKind::Check
            && (goal.status == GoalStatus::Open || goal.status == GoalStatus::Done);
}

QVariant GoalReportModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (const Goal *goal = goalAt(index))
        return goalData(*goal, index.column(), role);
    return areaData(m_groups[index.row()], index.column(), role);
}

QVariant GoalReportModel::areaData(const Group &group, int column, int role) const
{
    switch (role) {
    case AreaIdRole:
        return group.areaId;
    case GoalIdRole:
        return Id(0);
    case Qt::FontRole: {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    default:
        break;
    }
    if (column == GoalColumn) {
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
            return group.name;
        if (role == Qt::DecorationRole && group.color.isValid())
            return group.color;
    } else if (column == DetailColumn) {
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
            return group.counts.total() > 0 ? progress::CountsText::doneOfTotal(group.counts)
                                            : progress::CountsText::breakdown(group.counts);
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QString GoalReportModel::detailText(const Goal &goal) const
{
    return stateText(goal, m_carriedTo.value(goal.id));
}

QString GoalReportModel::stateText(const Goal &goal, int carriedToYear)
{
    const progress::GoalState state = progress::stateOf(goal);
    switch (state) {
    case progress::GoalState::Done:
        return goal.doneOn.isValid() ? tr("Done on %1").arg(i18n::dayText(goal.doneOn)) : tr("Done");
    case progress::GoalState::Dropped:
        return goal.dropReason.isEmpty() ? tr("Dropped") : tr("Dropped: %1").arg(goal.dropReason);
    case progress::GoalState::Carried:
        return carriedToYear != 0 ? tr("Carried over to %1").arg(carriedToYear) : tr("Carried over");
    case progress::GoalState::InProgress:
    case progress::GoalState::Open:
        break;
    }
    switch (goal.kind) {
    case GoalKind::Count:
        return progress::label(goal);
    case GoalKind::Milestones:
        if (!goal.milestones.isEmpty())
            return tr("%1 of %2 milestones").arg(milestonesDone(goal)).arg(goal.milestones.size());
        break;
    case GoalKind::Check:
        break;
    }
    return tr("Not started");
}

QVariant GoalReportModel::goalData(const Goal &goal, int column, int role) const
{
    const progress::GoalState state = progress::stateOf(goal);
    switch (role) {
    case GoalIdRole:
        return goal.id;
    case StateRole:
        return int(state);
    case AreaIdRole:
        return goal.areaId;
    case Qt::ToolTipRole: {
        // The whole title and detail, as they may be cut short in a narrow column.
        QString tip = goal.title + QLatin1Char('\n') + detailText(goal);
        if (!goal.notes.isEmpty())
            tip += QStringLiteral("\n\n") + goal.notes;
        return tip;
    }
    case Qt::FontRole:
        if (state == progress::GoalState::Dropped) {
            QFont struck;
            struck.setStrikeOut(true);
            return struck;
        }
        return {};
    default:
        break;
    }
    if (column == GoalColumn) {
        switch (role) {
        case Qt::DisplayRole:
            // The symbol also beside a check goal's box: a style may draw an empty box too faintly to read.
            return QString(symbol(state) + QStringLiteral("  ") + goal.title);
        case Qt::AccessibleTextRole:
            return goal.title;
        case Qt::AccessibleDescriptionRole:
            return detailText(goal);
        case Qt::CheckStateRole:
            if (isCheckable(goal))
                return goal.status == GoalStatus::Done ? Qt::Checked : Qt::Unchecked;
            return {};
        default:
            return {};
        }
    }
    if (column == DetailColumn) {
        switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole:
            return detailText(goal);
        case Qt::TextAlignmentRole:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    }
    return {};
}

bool GoalReportModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const Goal *goal = goalAt(index);
    if (!goal || index.column() != GoalColumn || role != Qt::CheckStateRole || !isCheckable(*goal))
        return false;
    const bool done = value.value<Qt::CheckState>() == Qt::Checked;
    if (done == (goal->status == GoalStatus::Done))
        return false;
    // The stored goal comes back through setGoals once the command has written it.
    emit checkRequested(goal->id, done);
    return true;
}

Qt::ItemFlags GoalReportModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (const Goal *goal = goalAt(index)) {
        flags |= Qt::ItemNeverHasChildren;
        if (index.column() == GoalColumn && isCheckable(*goal))
            flags |= Qt::ItemIsUserCheckable;
    }
    return flags;
}

} // namespace hoego
