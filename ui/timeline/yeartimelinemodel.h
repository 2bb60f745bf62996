// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "model/entities.h"

#include <QAbstractListModel>
#include <QSet>

namespace hoego {

class YearRepository;

// Every year of the database, oldest first, with what the timeline strip shows of it.
class YearTimelineModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        YearIdRole = Qt::UserRole + 1,
        YearNumberRole,
        TitleRole,
        EventCountRole,
        GoalCountRole, // counted goals: dropped and carried ones left out (progress/goalcounts.h)
        GoalsDoneRole,
        GoalShareRole, // 0..1, done of counted goals (0 when there are none)
        IsCurrentYearRole, // the calendar year of today
        GoalsTextRole, // "2/6 goals" as the card shows it; empty when no goal counts
    };

    explicit YearTimelineModel(const YearRepository &years, QObject *parent = nullptr);

    // Reads the years again; returns the error message on failure (the old rows stay). When the same years come
    // back (an edit changed counts or titles), the rows are updated in place, so views keep their layout.
    QString reload();
    // Reads the counts of `years` alone (a goal checked moves one year's counts, not thirty); false when one of
    // them is not shown, was renumbered or cannot be read, and the caller then reloads.
    bool reloadYears(const QSet<Id> &years);
    // Which calendar year counts as "now"; tests pin it.
    void setCurrentYearNumber(int number);

    QModelIndex indexOfYear(Id yearId) const;
    static QString goalsText(int done, int total);
    Id yearIdAt(int row) const;
    int yearNumberAt(int row) const;
    const QList<YearOverview> &overviews() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    const YearRepository &m_years;
    QList<YearOverview> m_rows;
    int m_currentYearNumber;
};

} // namespace hoego
