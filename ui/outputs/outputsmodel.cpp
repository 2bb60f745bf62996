// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "outputsmodel.h"

#include "common/lockglyph.h"
#include "i18n/dates.h"
#include "model/outputkinds.h"

#include <QGuiApplication>
#include <QMimeData>
#include <QPalette>

namespace hoego {

void OutputsModel::setOutputs(const QList<Output> &outputs, const QHash<Id, int> &goalCounts)
{
    beginResetModel();
    m_outputs = outputs;
    m_goalCounts = goalCounts;
    endResetModel();
}

const Output *OutputsModel::outputAt(int row) const
{
    return row >= 0 && row < m_outputs.size() ? &m_outputs[row] : nullptr;
}

int OutputsModel::rowOf(Id id) const
{
    for (qsizetype i = 0; i < m_outputs.size(); ++i) {
        if (m_outputs[i].id == id)
            return int(i);
    }
    return -1;
}

int OutputsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_outputs.size());
}

int OutputsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OutputsModel::data(const QModelIndex &index, int role) const
{
    const Output *output = index.isValid() ? outputAt(index.row()) : nullptr;
    if (!output)
        return {};
    switch (role) {
    case IdRole:
        return output->id;
    case MonthRole:
        return output->date.month();
    case LinkRole:
        return output->link;
    case PrivateRole:
        return output->isPrivate;
    case Qt::DecorationRole:
        if (index.column() == TitleColumn && output->isPrivate)
            return lockglyph::icon(QGuiApplication::palette().color(QPalette::Text));
        break;
    case Qt::AccessibleTextRole:
        if (index.column() == TitleColumn && output->isPrivate)
            return tr("%1 (private)").arg(output->title);
        break;
    case Qt::ToolTipRole:
        return output->link.isEmpty() ? output->notes : output->link.toDisplayString();
    case Qt::DisplayRole:
        switch (index.column()) {
        case DateColumn:
            return i18n::partialDateText(output->date);
        case KindColumn:
            return outputkinds::label(output->kind);
        case TitleColumn:
            return output->title;
        case VenueColumn:
            return output->venue;
        case GoalsColumn: {
            const int goals = m_goalCounts.value(output->id);
            return goals > 0 ? tr("%n goal(s)", nullptr, goals) : QString();
        }
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant OutputsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn:
        return tr("Date");
    case KindColumn:
        return tr("Kind");
    case TitleColumn:
        return tr("Title");
    case VenueColumn:
        return tr("Venue");
    case GoalsColumn:
        return tr("Evidence for");
    }
    return {};
}

Qt::ItemFlags OutputsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
}

QStringList OutputsModel::mimeTypes() const
{
    return {QString::fromLatin1(kOutputMimeType)};
}

QMimeData *OutputsModel::mimeData(const QModelIndexList &indexes) const
{
    QStringList ids;
    for (const QModelIndex &index : indexes) {
        const QString id = QString::number(data(index, IdRole).toLongLong());
        if (index.isValid() && !ids.contains(id))
            ids << id;
    }
    auto *mime = new QMimeData;
    mime->setData(QString::fromLatin1(kOutputMimeType), ids.join(QLatin1Char(',')).toLatin1());
    return mime;
}

} // namespace hoego
