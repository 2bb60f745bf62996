// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "goalsmodel.h"

#include "progress/goalprogress.h"

#include <QDataStream>
#include <QIODevice>
#include <QLocale>
#include <QMimeData>

namespace hoego {
namespace {

const QString kMimeType = QStringLiteral("application/x-hoego-goal-id");

// Open work first, then finished, then what left the year.
int statusOrder(GoalStatus status)
{
    switch (status) {
    case GoalStatus::Open:
        return 0;
    case GoalStatus::Done:
        return 1;
    case GoalStatus::CarriedOver:
        return 2;
    case GoalStatus::Dropped:
        return 3;
    }
    return 4;
}

} // namespace

GoalsModel::GoalsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void GoalsModel::setGoals(const QList<Goal> &goals, const QHash<Id, int> &carriedYears, const QList<Area> &areas)
{
    bool sameRows = goals.size() == m_goals.size();
    for (qsizetype i = 0; sameRows && i < goals.size(); ++i)
        sameRows = goals[i].id == m_goals[i].id;
    if (!sameRows)
        beginResetModel();
    m_goals = goals;
    m_carriedYears = carriedYears;
    m_areas.clear();
    for (const Area &area : areas)
        m_areas.insert(area.id, area);
    if (!sameRows)
        endResetModel();
    else if (!m_goals.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_goals.size()) - 1, ColumnCount - 1));
}

bool GoalsModel::updateGoal(const Goal &goal)
{
    const int row = rowOfGoal(goal.id);
    if (row < 0)
        return false;
    m_goals[row] = goal;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    return true;
}

void GoalsModel::setReadOnly(bool readOnly)
{
    if (m_readOnly == readOnly)
        return;
    m_readOnly = readOnly;
    if (!m_goals.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_goals.size()) - 1, ColumnCount - 1));
}

int GoalsModel::rowOfGoal(Id goalId) const
{
    for (qsizetype i = 0; i < m_goals.size(); ++i) {
        if (m_goals[i].id == goalId)
            return int(i);
    }
    return -1;
}

const Goal *GoalsModel::goalAt(int row) const
{
    return row >= 0 && row < m_goals.size() ? &m_goals[row] : nullptr;
}

const Area *GoalsModel::areaOf(const Goal &goal) const
{
    auto it = m_areas.constFind(goal.areaId);
    return it == m_areas.constEnd() ? nullptr : &it.value();
}

QString GoalsModel::statusText(GoalStatus status)
{
    switch (status) {
    case GoalStatus::Open:
        return tr("Open", "goal status");
    case GoalStatus::Done:
        return tr("Done", "goal status");
    case GoalStatus::Dropped:
        return tr("Dropped", "goal status");
    case GoalStatus::CarriedOver:
        return tr("Carried over", "goal status");
    }
    return {};
}

QString GoalsModel::carriedText(int years)
{
    if (years <= 0)
        return {};
    // Spelled out rather than %n so the English reads right even before a translation is loaded.
    return years == 1 ? tr("carried 1 year") : tr("carried %1 years").arg(years);
}

int GoalsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_goals.size());
}

int GoalsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GoalsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Goal &goal = m_goals[index.row()];
    const Area *area = areaOf(goal);
    const int carried = m_carriedYears.value(goal.id);
    switch (role) {
    case GoalIdRole:
        return goal.id;
    case KindRole:
        return int(goal.kind);
    case StatusRole:
        return int(goal.status);
    case FractionRole:
        return progress::fraction(goal);
    case ProgressTextRole:
        return progress::label(goal);
    case CarriedYearsRole:
        return carried;
    case CarriedBadgeRole:
        return carriedText(carried);
    case AreaIdRole:
        return goal.areaId;
    case AreaColorRole:
        return area ? area->color : QColor();
    case PrivateRole:
        return goal.isPrivate;
    default:
        break;
    }
    switch (index.column()) {
    case CheckColumn:
        if (role == Qt::CheckStateRole)
            return goal.status == GoalStatus::Done ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::AccessibleTextRole)
            return goal.status == GoalStatus::Done ? tr("Done") : tr("Not done");
        if (role == SortRole)
            return goal.status == GoalStatus::Done ? 1 : 0;
        break;
    case TitleColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return goal.title;
        if (role == Qt::ToolTipRole) {
            // The whole title, the carried chip's full text (it is drawn short in a narrow column), the notes.
            QString tip = goal.title;
            if (const QString badge = carriedText(carried); !badge.isEmpty())
                tip += QStringLiteral(" (") + badge + QLatin1Char(')');
            return goal.notes.isEmpty() ? tip : tip + QStringLiteral("\n\n") + goal.notes;
        }
        if (role == SortRole)
            return goal.title;
        break;
    case AreaColumn:
        if (role == Qt::DisplayRole)
            return area ? area->name : QString();
        if (role == Qt::DecorationRole)
            return area ? QVariant(area->color) : QVariant();
        if (role == SortRole)
            return area ? area->position : 1'000'000;
        break;
    case ProgressColumn:
        if (role == Qt::DisplayRole)
            return progress::label(goal);
        if (role == SortRole)
            return progress::fraction(goal);
        break;
    case StatusColumn:
        if (role == Qt::DisplayRole)
            return statusText(goal.status);
        if (role == Qt::ToolTipRole) {
            if (goal.status == GoalStatus::Done && goal.doneOn.isValid())
                return tr("Done on %1").arg(QLocale().toString(goal.doneOn, QLocale::LongFormat));
            if (goal.status == GoalStatus::Dropped && !goal.dropReason.isEmpty())
                return tr("Dropped: %1").arg(goal.dropReason);
            return statusText(goal.status);
        }
        if (role == SortRole)
            return statusOrder(goal.status);
        break;
    default:
        break;
    }
    return {};
}

bool GoalsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || index.column() != CheckColumn || role != Qt::CheckStateRole || !(flags(index) & Qt::ItemIsUserCheckable))
        return false;
    const Goal &goal = m_goals[index.row()];
    const bool done = value.value<Qt::CheckState>() == Qt::Checked;
    if (done == (goal.status == GoalStatus::Done))
        return false;
    emit checkRequested(goal.id, done);
    return true;
}

QVariant GoalsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CheckColumn:
        return QString();
    case TitleColumn:
        return tr("Goal");
    case AreaColumn:
        return tr("Area");
    case ProgressColumn:
        return tr("Progress");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

Qt::ItemFlags GoalsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return m_readOnly ? Qt::NoItemFlags : Qt::ItemIsDropEnabled;
    Qt::ItemFlags result = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (m_readOnly)
        return result;
    result |= Qt::ItemIsDragEnabled;
    const GoalStatus status = m_goals[index.row()].status;
    // Dropped and carried goals are decided: reopen them first (from the details panel) to check them off.
    if (index.column() == CheckColumn && (status == GoalStatus::Open || status == GoalStatus::Done))
        result |= Qt::ItemIsUserCheckable;
    return result;
}

Qt::DropActions GoalsModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList GoalsModel::mimeTypes() const
{
    return {kMimeType};
}

QMimeData *GoalsModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    QByteArray bytes;
    QDataStream stream(&bytes, QIODevice::WriteOnly);
    stream << m_goals[indexes.first().row()].id;
    data->setData(kMimeType, bytes);
    return data;
}

bool GoalsModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int, const QModelIndex &) const
{
    return !m_readOnly && action == Qt::MoveAction && data && data->hasFormat(kMimeType);
}

bool GoalsModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                              const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    QByteArray bytes = data->data(kMimeType);
    QDataStream stream(&bytes, QIODevice::ReadOnly);
    Id goalId = 0;
    stream >> goalId;
    const int from = rowOfGoal(goalId);
    if (from < 0)
        return false;
    // Dropping on a row puts the goal in its place; dropping below the last row puts it at the end.
    int to = parent.isValid() ? parent.row() : (row < 0 ? int(m_goals.size()) : row);
    if (to > from)
        --to;
    if (to == from)
        return false;
    emit moveRequested(goalId, from, to);
    // False: the board reloads from storage; the view must not remove the dragged row itself.
    return false;
}

} // namespace hoego
