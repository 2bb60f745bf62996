// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "model/entities.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace hoego {

struct Repositories;

// Every theme against every year that has themes: each cell names the theme's state that year, so
// "noticed 2023 → tried 2024 → adopted 2025" reads along a row. The last column lists the goals linked to the
// theme with their status.
class ThemeHistoryModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role { ThemeIdRole = Qt::UserRole + 1, YearNumberRole };

    using QAbstractTableModel::QAbstractTableModel;

    // Reads everything again; returns the error message, empty when it worked.
    QString load(const Repositories &repos);
    int columnOfYear(int yearNumber) const;
    int rowOfTheme(Id themeId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        Theme theme;
        QHash<int, ThemeYear> byYear; // year number -> that year's entry
        QStringList goals; // "☑ Vector DB 공부하기 (2024)"
    };

    QList<Row> m_rows;
    QList<int> m_years; // year numbers, oldest first
};

} // namespace hoego
