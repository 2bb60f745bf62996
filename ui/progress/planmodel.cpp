// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "planmodel.h"

#include "goalreportmodel.h"
#include "i18n/dates.h"
#include "model/outputkinds.h"

#include <QFont>

namespace hoego {
namespace {

// Goal rows carry internal id 0; an evidence row carries its goal's row number plus one.
constexpr quintptr kGoalRow = 0;

QString sourceKey(EvidenceSource source)
{
    return source == EvidenceSource::Output ? QStringLiteral("output") : QStringLiteral("event");
}

} // namespace

PlanModel::PlanModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

void PlanModel::setPlan(const progress::PlanAgainstActual &plan)
{
    beginResetModel();
    m_plan = plan;
    endResetModel();
}

void PlanModel::setWarningColor(const QColor &color)
{
    if (m_warning == color)
        return;
    m_warning = color;
    if (!m_plan.rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::ForegroundRole});
}

QModelIndex PlanModel::indexOfGoal(Id goalId, int column) const
{
    for (int row = 0; row < m_plan.rows.size(); ++row) {
        if (m_plan.rows[row].goal.id == goalId)
            return index(row, column);
    }
    return {};
}

QString PlanModel::originText(const progress::GoalOrigin &origin, int yearNumber)
{
    if (origin.timesCarried >= progress::kCarriedAgainAndAgain)
        return tr("Carried %n time(s), since %1", nullptr, origin.timesCarried).arg(origin.firstYear);
    switch (origin.origin) {
    case progress::PlanOrigin::CarriedFromPreviousYear:
        return tr("Carried at the close of %1").arg(origin.fromYear);
    case progress::PlanOrigin::CarriedFromEarlierYear:
        return tr("Carried from %1").arg(origin.fromYear);
    case progress::PlanOrigin::SetForYear:
        break;
    }
    return tr("Set for %1").arg(yearNumber);
}

QModelIndex PlanModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_plan.rows.size() ? createIndex(row, column, kGoalRow) : QModelIndex();
    if (parent.internalId() != kGoalRow || parent.row() >= m_plan.rows.size()
        || row >= m_plan.rows[parent.row()].evidence.size())
        return {};
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex PlanModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kGoalRow)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kGoalRow);
}

int PlanModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_plan.rows.size());
    if (parent.internalId() != kGoalRow || parent.column() != 0 || parent.row() >= m_plan.rows.size())
        return 0;
    return int(m_plan.rows[parent.row()].evidence.size());
}

int PlanModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant PlanModel::data(const QModelIndex &index, int role) const
{
    // QAbstractItemModelTester asks for an invalid index's data too: an empty answer, without a warning.
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == kGoalRow)
        return goalData(m_plan.rows[index.row()], index.column(), role);
    const progress::PlanRow &row = m_plan.rows[qsizetype(index.internalId() - 1)];
    if (role == GoalIdRole)
        return row.goal.id;
    return evidenceData(row.evidence[index.row()], index.column(), role);
}

QString PlanModel::evidenceSummary(const progress::PlanRow &row) const
{
    int outputs = 0;
    int events = 0;
    for (const EvidenceItem &item : row.evidence)
        ++(item.link.source == EvidenceSource::Output ? outputs : events);
    QStringList parts;
    if (outputs > 0)
        parts << tr("%n output(s)", nullptr, outputs);
    if (events > 0)
        parts << tr("%n event(s)", nullptr, events);
    return parts.join(QStringLiteral(" · "));
}

QVariant PlanModel::goalData(const progress::PlanRow &row, int column, int role) const
{
    const bool standsOut = row.origin.carriedAgainAndAgain();
    const QString origin = originText(row.origin, m_plan.yearNumber);
    const QString actual = GoalReportModel::stateText(row.goal, row.carriedToYear);
    switch (role) {
    case GoalIdRole:
        return row.goal.id;
    case CarriedAgainRole:
        return standsOut;
    case TimesCarriedRole:
        return row.origin.timesCarried;
    case Qt::FontRole:
        if (standsOut || row.state == progress::GoalState::Dropped) {
            QFont font;
            font.setBold(standsOut);
            font.setStrikeOut(row.state == progress::GoalState::Dropped);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (standsOut && m_warning.isValid() && (column == GoalColumn || column == PlannedColumn))
            return m_warning;
        return {};
    case Qt::ToolTipRole: {
        QStringList years;
        for (int year : row.origin.years)
            years << QString::number(year);
        QString tip = row.goal.title + QLatin1Char('\n') + origin;
        if (row.origin.timesCarried > 0)
            tip += QLatin1Char('\n') + tr("Planned for %1").arg(years.join(QStringLiteral(" → ")));
        return QString(tip + QLatin1Char('\n') + actual);
    }
    case Qt::AccessibleDescriptionRole: {
        QStringList parts{origin, actual};
        if (const QString evidence = evidenceSummary(row); !evidence.isEmpty())
            parts << evidence;
        if (!row.themes.isEmpty())
            parts << tr("Themes: %1").arg(row.themes.join(QStringLiteral(", ")));
        return parts.join(QStringLiteral("; "));
    }
    default:
        break;
    }
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (column) {
    case GoalColumn:
        if (role == Qt::AccessibleTextRole)
            return row.goal.title;
        return QString(GoalReportModel::symbol(row.state) + QStringLiteral("  ") + row.goal.title);
    case PlannedColumn:
        // The same mark as the carried chip on the goals board.
        return row.origin.timesCarried > 0 && role == Qt::DisplayRole
                ? QStringLiteral("\u21BB%1  %2").arg(row.origin.timesCarried).arg(origin)
                : origin;
    case ActualColumn:
        return actual;
    case EvidenceColumn:
        return evidenceSummary(row);
    case ThemesColumn:
        return row.themes.join(QStringLiteral(", "));
    }
    return {};
}

QVariant PlanModel::evidenceData(const EvidenceItem &item, int column, int role) const
{
    const bool isOutput = item.link.source == EvidenceSource::Output;
    const QString kind = isOutput ? outputkinds::label(item.kind) : tr("Event");
    switch (role) {
    case SourceRole:
        return sourceKey(item.link.source);
    case SourceIdRole:
        return item.link.sourceId;
    case LinkRole:
        return item.url;
    case Qt::ToolTipRole:
        return item.url.isEmpty() ? item.title : QString(item.title + QLatin1Char('\n') + item.url.toDisplayString());
    case Qt::AccessibleDescriptionRole:
        return item.url.isEmpty()
                ? QStringLiteral("%1, %2").arg(kind, i18n::partialDateText(item.date))
                : QStringLiteral("%1, %2, %3").arg(kind, i18n::partialDateText(item.date), item.url.toDisplayString());
    default:
        break;
    }
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (column) {
    case GoalColumn:
        // ↗ marks what opens in the browser.
        if (role == Qt::AccessibleTextRole)
            return item.title;
        return item.url.isEmpty() ? item.title : QString(item.title + QStringLiteral("  \u2197"));
    case ActualColumn:
        return i18n::partialDateText(item.date);
    case EvidenceColumn:
        return kind;
    default:
        return {};
    }
}

QVariant PlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case GoalColumn:
        return tr("Goal");
    case PlannedColumn:
        return tr("Planned");
    case ActualColumn:
        return tr("What happened");
    case EvidenceColumn:
        return tr("Evidence");
    case ThemesColumn:
        return tr("Themes");
    }
    return {};
}

Qt::ItemFlags PlanModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.internalId() != kGoalRow)
        flags |= Qt::ItemNeverHasChildren;
    return flags;
}

} // namespace hoego
