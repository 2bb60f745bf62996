// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "model/entities.h"

#include <QAbstractTableModel>

namespace hoego {

class YearRepository;

// The years of the database, newest first, with their title and counts (the first window's list).
class YearListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NumberColumn, TitleColumn, EventsColumn, GoalsColumn, ColumnCount };
    enum Role { YearIdRole = Qt::UserRole + 1, YearNumberRole };

    explicit YearListModel(const YearRepository &years, QObject *parent = nullptr);

    // Reads the years again; returns the error message on failure (the old rows stay).
    QString reload();
    // Shows `oldestFirst` (as YearTimelineModel holds them), newest first. The same years are updated in place,
    // so the view keeps its selection and layout.
    void setOverviews(const QList<YearOverview> &oldestFirst);
    QModelIndex indexOfYear(Id yearId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const YearRepository &m_years;
    QList<YearOverview> m_rows;
};

} // namespace hoego
