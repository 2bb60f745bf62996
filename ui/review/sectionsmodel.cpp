#include "sectionsmodel.h"

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

SectionsModel::SectionsModel(QObject *parent) : QAbstractListModel(parent) {}

void SectionsModel::setSections(Id yearId, const QList<Section> &sections)
{
    beginResetModel();
    m_yearId = yearId;
    m_sections = sections;
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
    return row >= 0 && row < m_sections.size() ? m_sections[row] : Section();
}

int SectionsModel::rowOf(Id id) const
{
    for (int row = 0; row < m_sections.size(); ++row) {
        if (m_sections[row].id == id)
            return row;
    }
    return -1;
}

void SectionsModel::applyInserted(const Section &section)
{
    emit changed();
    if (section.yearId != m_yearId || rowOf(section.id) >= 0)
        return;
    // The repository orders by (position, id): insert where a fresh read would put the row.
    const auto before = [](const Section &a, const Section &b) {
        return a.position != b.position ? a.position < b.position : a.id < b.id;
    };
    const int row = int(std::upper_bound(m_sections.cbegin(), m_sections.cend(), section, before) - m_sections.cbegin());
    beginInsertRows({}, row, row);
    m_sections.insert(row, section);
    endInsertRows();
}

void SectionsModel::applyUpdated(const Section &section)
{
    emit changed();
    const int row = rowOf(section.id);
    if (row < 0)
        return;
    m_sections[row] = section;
    emit dataChanged(index(row), index(row));
}

void SectionsModel::applyRemoved(Id id)
{
    emit changed();
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_sections.removeAt(row);
    endRemoveRows();
}

void SectionsModel::applyMoved(Id id, int newIndex)
{
    emit changed();
    const int row = rowOf(id);
    if (row < 0)
        return;
    const int target = qBound(0, newIndex, int(m_sections.size()) - 1);
    if (target != row) {
        beginMoveRows({}, row, row, {}, target > row ? target + 1 : target);
        m_sections.move(row, target);
        endMoveRows();
    }
    // The repository renumbers positions 0..n-1 on every move; keep the copy identical.
    for (int i = 0; i < m_sections.size(); ++i)
        m_sections[i].position = i;
}

void SectionsModel::reportError(const QString &message) { emit errorOccurred(message); }

int SectionsModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_sections.size()); }

QVariant SectionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Section &section = m_sections[index.row()];
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
    default:
        return {};
    }
}

bool SectionsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const Section before = m_sections[index.row()];
    const QString heading = value.toString();
    if (heading == before.heading)
        return false;
    emit renameRequested(before.id, heading);
    const QModelIndex after = indexOfSection(before.id);
    return after.isValid() && m_sections[after.row()].heading != before.heading;
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

Qt::DropActions SectionsModel::supportedDropActions() const { return Qt::MoveAction; }

bool SectionsModel::moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                             const QModelIndex &destinationParent, int destinationChild)
{
    if (sourceParent.isValid() || destinationParent.isValid() || count != 1 || !m_editable || sourceRow < 0
        || sourceRow >= m_sections.size() || destinationChild < 0 || destinationChild > m_sections.size())
        return false;
    const int newIndex = destinationChild > sourceRow ? destinationChild - 1 : destinationChild;
    if (newIndex == sourceRow)
        return false;
    const Id id = m_sections[sourceRow].id;
    emit moveRequested(id, newIndex);
    return rowOf(id) == newIndex;
}

} // namespace hoego
