// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "storage/backup.h"

#include <QAbstractTableModel>
#include <QList>

namespace hoego {

// The backups of one database, newest first, with what each holds (read from the file opened read-only).
class BackupListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { DateColumn, YearsColumn, EventsColumn, GoalsColumn, SizeColumn, ColumnCount };
    enum Role { PathRole = Qt::UserRole + 1, ReadableRole };

    explicit BackupListModel(QObject *parent = nullptr);

    // Reads the backups folder of `databasePath` again.
    void reload(const QString &databasePath);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<backup::Summary> m_backups;
};

} // namespace hoego
