#include "notesmodel.h"

#include <algorithm>

namespace hoego {

NotesModel::NotesModel(NoteKind kind, QObject *parent) : QAbstractListModel(parent), m_kind(kind) {}

void NotesModel::setItems(Id yearId, const QList<NoteItem> &items)
{
    beginResetModel();
    m_yearId = yearId;
    m_items = items;
    endResetModel();
}

void NotesModel::setLinkTargets(const QList<LinkTarget> &targets)
{
    m_targets = targets;
    if (!m_items.isEmpty())
        emit dataChanged(index(0), index(rowCount() - 1), {LinkLabelRole, Qt::ToolTipRole, Qt::AccessibleDescriptionRole});
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

NoteItem NotesModel::itemAt(int row) const { return row >= 0 && row < m_items.size() ? m_items[row] : NoteItem(); }

QString NotesModel::linkLabel(const NoteItem &item) const
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

int NotesModel::rowOf(Id id) const
{
    for (int row = 0; row < m_items.size(); ++row) {
        if (m_items[row].id == id)
            return row;
    }
    return -1;
}

void NotesModel::applyInserted(const NoteItem &item)
{
    emit changed();
    if (item.yearId != m_yearId || rowOf(item.id) >= 0)
        return;
    // The database orders by (position, id); insert where a fresh read would put the row.
    const auto before = [](const NoteItem &a, const NoteItem &b) {
        return a.position != b.position ? a.position < b.position : a.id < b.id;
    };
    const int row = int(std::upper_bound(m_items.cbegin(), m_items.cend(), item, before) - m_items.cbegin());
    beginInsertRows({}, row, row);
    m_items.insert(row, item);
    endInsertRows();
}

void NotesModel::applyUpdated(const NoteItem &item)
{
    emit changed();
    const int row = rowOf(item.id);
    if (row < 0)
        return;
    m_items[row] = item;
    emit dataChanged(index(row), index(row));
}

void NotesModel::applyRemoved(Id id)
{
    emit changed();
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_items.removeAt(row);
    endRemoveRows();
}

void NotesModel::applyMoved(Id id, int newIndex)
{
    emit changed();
    const int row = rowOf(id);
    if (row < 0)
        return;
    const int target = qBound(0, newIndex, int(m_items.size()) - 1);
    if (target != row) {
        // beginMoveRows names the row the item goes before, counted before the move.
        beginMoveRows({}, row, row, {}, target > row ? target + 1 : target);
        m_items.move(row, target);
        endMoveRows();
    }
    // The repository renumbers positions 0..n-1 on every move; keep the copy identical.
    for (int i = 0; i < m_items.size(); ++i)
        m_items[i].position = i;
}

void NotesModel::reportError(const QString &message) { emit errorOccurred(message); }

int NotesModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_items.size()); }

QVariant NotesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const NoteItem &item = m_items[index.row()];
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
    default:
        return {};
    }
}

bool NotesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const NoteItem before = m_items[index.row()];
    const QString text = value.toString();
    if (text == before.text)
        return false;
    // The command's write calls applyUpdated, which emits dataChanged when it succeeds.
    emit textEditRequested(before.id, text);
    const QModelIndex after = indexOfItem(before.id);
    return after.isValid() && m_items[after.row()].text != before.text;
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

Qt::DropActions NotesModel::supportedDropActions() const { return Qt::MoveAction; }

bool NotesModel::moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                          const QModelIndex &destinationParent, int destinationChild)
{
    // Views move one row at a time (QListView's internal move); the repository moves one item too.
    if (sourceParent.isValid() || destinationParent.isValid() || count != 1 || !m_editable || sourceRow < 0
        || sourceRow >= m_items.size() || destinationChild < 0 || destinationChild > m_items.size())
        return false;
    const int newIndex = destinationChild > sourceRow ? destinationChild - 1 : destinationChild;
    if (newIndex == sourceRow)
        return false;
    const Id id = m_items[sourceRow].id;
    emit moveRequested(id, newIndex);
    return rowOf(id) == newIndex;
}

} // namespace hoego
