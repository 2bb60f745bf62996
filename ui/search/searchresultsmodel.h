// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "search/searchservice.h"

#include <QAbstractListModel>

namespace hoego {

// Search hits grouped by year (newest first) and then by kind, as one flat list where each group starts with a
// header row ("2024 · Sections"). Headers are neither selectable nor enabled, so keyboard and activation skip
// them.
class SearchResultsModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        IsHeaderRole = Qt::UserRole + 1,
        KindRole,
        ItemIdRole,
        YearIdRole,
        YearNumberRole,
        TitleRole,
        SnippetRole,
    };

    explicit SearchResultsModel(QObject *parent = nullptr);

    void setResults(const QList<SearchHit> &hits, const QStringList &terms);
    const QStringList &terms() const { return m_terms; }
    int hitCount() const { return m_hitCount; }
    bool isHit(int row) const;
    SearchHit hitAt(int row) const;
    // The first hit row at or after `row` going in `step` direction (+1/-1); -1 when there is none.
    int hitRowFrom(int row, int step) const;

    static QString kindName(const QString &kind);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    struct Row
    {
        bool header = false;
        QString headerText;
        SearchHit hit;
    };

    QList<Row> m_rows;
    QStringList m_terms;
    int m_hitCount = 0;
};

} // namespace hoego
