// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "sectionsmodel.h"

#include "common/lockglyph.h"

#include <QGuiApplication>
#include <QPalette>
#include <QRegularExpression>

#include <algorithm>

namespace hoego {
namespace {

// The first line with words in it, without Markdown's heading, quote and list marks.
QString summaryOf(const QString &body)
{
    static const QRegularExpression marks(QStringLiteral("^(#{1,6}|>|[-*+]|\\d+\\.)\\s+|\\*\\*|__|`"));
    for (const QStringView line : QStringView(body).split(QLatin1Char('\n'))) {
        QString text = line.trimmed().toString();
        text.remove(marks);
        text = text.trimmed();
        if (!text.isEmpty())
            return text;
    }
    return {};
}

} // namespace

SectionsModel::SectionsModel(QObject *parent)
    : OrderedRowsModel(parent)
{ }

void SectionsModel::setSections(Id yearId, const QList<Section> &sections)
{
    beginResetModel();
    m_yearId = yearId;
    m_rows = sections;
    endResetModel();
}

void SectionsModel::setEditable(bool editable)
{
    if (m_editable == editable)
        return;
    emit layoutAboutToBeChanged();
    m_editable = editable;
    emit layoutChanged();
}

QModelIndex SectionsModel::indexOfSection(Id id) const
{
    const int row = rowOf(id);
    return row < 0 ? QModelIndex() : index(row);
}

Section SectionsModel::sectionAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row] : Section();
}

void SectionsModel::reportError(const QString &message)
{
    emit errorOccurred(message);
}

QVariant SectionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Section &section = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
    case Qt::ToolTipRole:
        return section.heading;
    case IdRole:
        return section.id;
    case BodyRole:
        return section.body;
    case SummaryRole:
        return summaryOf(section.body);
    case PrivateRole:
        return section.isPrivate;
    case Qt::DecorationRole:
        return section.isPrivate ? lockglyph::icon(QGuiApplication::palette().color(QPalette::Text)) : QVariant();
    case Qt::AccessibleTextRole:
        return section.isPrivate ? tr("%1 (private)").arg(section.heading) : section.heading;
    default:
        return {};
    }
}

bool SectionsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const Section before = m_rows[index.row()];
    const QString heading = value.toString();
    if (heading == before.heading)
        return false;
    emit renameRequested(before.id, heading);
    const QModelIndex after = indexOfSection(before.id);
    return after.isValid() && m_rows[after.row()].heading != before.heading;
}

Qt::ItemFlags SectionsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return m_editable ? Qt::ItemIsDropEnabled : Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (m_editable)
        flags |= Qt::ItemIsEditable | Qt::ItemIsDragEnabled;
    return flags;
}

Qt::DropActions SectionsModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

bool SectionsModel::moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                             const QModelIndex &destinationParent, int destinationChild)
{
    if (sourceParent.isValid() || destinationParent.isValid() || count != 1 || !m_editable || sourceRow < 0
        || sourceRow >= m_rows.size() || destinationChild < 0 || destinationChild > m_rows.size())
        return false;
    const int newIndex = destinationChild > sourceRow ? destinationChild - 1 : destinationChild;
    if (newIndex == sourceRow)
        return false;
    const Id id = m_rows[sourceRow].id;
    emit moveRequested(id, newIndex);
    return rowOf(id) == newIndex;
}

} // namespace hoego
