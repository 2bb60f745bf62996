// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "backuplistmodel.h"
#include "i18n/dates.h"

#include <QFileInfo>
#include <QLocale>

namespace hoego {

BackupListModel::BackupListModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void BackupListModel::reload(const QString &databasePath)
{
    beginResetModel();
    m_backups.clear();
    for (const QString &path : backup::list(databasePath))
        m_backups << backup::inspect(path);
    endResetModel();
}

int BackupListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_backups.size());
}

int BackupListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BackupListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const backup::Summary &summary = m_backups[index.row()];
    switch (role) {
    case PathRole:
        return summary.path;
    case ReadableRole:
        return summary.readable;
    case Qt::ToolTipRole:
        return summary.readable ? summary.path : summary.problem;
    case Qt::TextAlignmentRole:
        return index.column() == DateColumn ? QVariant() : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    const QLocale locale;
    switch (index.column()) {
    case DateColumn:
        return summary.createdAt.isValid()
                ? locale.toString(summary.createdAt.toLocalTime(),
                                  i18n::fourDigitYearFormat(locale.dateTimeFormat(QLocale::ShortFormat)))
                : QFileInfo(summary.path).fileName();
    case YearsColumn:
        return summary.readable ? QVariant(summary.years) : QVariant(tr("damaged"));
    case EventsColumn:
        return summary.readable ? QVariant(summary.events) : QVariant();
    case GoalsColumn:
        return summary.readable ? QVariant(summary.goals) : QVariant();
    case SizeColumn:
        return locale.formattedDataSize(summary.size);
    default:
        return {};
    }
}

QVariant BackupListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn:
        return tr("Taken");
    case YearsColumn:
        return tr("Years");
    case EventsColumn:
        return tr("Events");
    case GoalsColumn:
        return tr("Goals");
    case SizeColumn:
        return tr("Size");
    default:
        return {};
    }
}

} // namespace hoego
