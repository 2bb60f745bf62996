// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "notesmodel.h"

#include "common/lockglyph.h"

#include <QGuiApplication>
#include <QPalette>

#include <algorithm>

namespace hoego {

NotesModel::NotesModel(ListKind kind, QObject *parent)
    : OrderedRowsModel(parent)
    , m_kind(kind)
{ }

void NotesModel::setItems(Id yearId, const QList<ListItem> &items)
{
    beginResetModel();
    m_yearId = yearId;
    m_rows = items;
    endResetModel();
}

void NotesModel::setLinkTargets(const QList<LinkTarget> &targets)
{
    m_targets = targets;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0), index(rowCount() - 1),
                         {LinkLabelRole, Qt::ToolTipRole, Qt::AccessibleDescriptionRole});
}

void NotesModel::setEditable(bool editable)
{
    if (m_editable == editable)
        return;
    // Flags are not announced by a signal; a layout change makes views ask again.
    emit layoutAboutToBeChanged();
    m_editable = editable;
    emit layoutChanged();
}

QModelIndex NotesModel::indexOfItem(Id id) const
{
    const int row = rowOf(id);
    return row < 0 ? QModelIndex() : index(row);
}

ListItem NotesModel::itemAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row] : ListItem();
}

QString NotesModel::linkLabel(const ListItem &item) const
{
    if (item.firstLink == 0 && item.secondLink == 0)
        return {};
    for (const LinkTarget &target : m_targets) {
        if (target.firstLink == item.firstLink && target.secondLink == item.secondLink)
            return target.label;
    }
    // A lesson imported with both an event and a section: name the event.
    for (const LinkTarget &target : m_targets) {
        if (target.firstLink != 0 && target.firstLink == item.firstLink)
            return target.label;
    }
    return tr("Linked item");
}

void NotesModel::reportError(const QString &message)
{
    emit errorOccurred(message);
}

QVariant NotesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ListItem &item = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return item.text;
    case Qt::ToolTipRole: {
        const QString link = linkLabel(item);
        return link.isEmpty() ? item.text : item.text + QLatin1Char('\n') + tr("Linked to %1").arg(link);
    }
    case Qt::AccessibleDescriptionRole:
        return linkLabel(item);
    case IdRole:
        return item.id;
    case FirstLinkRole:
        return item.firstLink;
    case SecondLinkRole:
        return item.secondLink;
    case LinkLabelRole:
        return linkLabel(item);
    case PrivateRole:
        return item.isPrivate;
    case Qt::DecorationRole:
        return item.isPrivate ? lockglyph::icon(QGuiApplication::palette().color(QPalette::Text)) : QVariant();
    case Qt::AccessibleTextRole:
        return item.isPrivate ? tr("%1 (private)").arg(item.text) : item.text;
    default:
        return {};
    }
}

bool NotesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const ListItem before = m_rows[index.row()];
    const QString text = value.toString();
    if (text == before.text)
        return false;
    // The stored text comes back through the change feed (showStored), which emits dataChanged.
    emit textEditRequested(before.id, text);
    const QModelIndex after = indexOfItem(before.id);
    return after.isValid() && m_rows[after.row()].text != before.text;
}

Qt::ItemFlags NotesModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return m_editable ? Qt::ItemIsDropEnabled : Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (m_editable)
        flags |= Qt::ItemIsEditable | Qt::ItemIsDragEnabled;
    return flags;
}

Qt::DropActions NotesModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

bool NotesModel::moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                          const QModelIndex &destinationParent, int destinationChild)
{
    // Views move one row at a time (QListView's internal move); the repository moves one item too.
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
