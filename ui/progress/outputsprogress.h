// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "progress/outputcounts.h"

#include <QWidget>

class QLabel;

namespace hoego {

namespace charts {
class KindBars;
} // namespace charts

// What was made, in the Progress tab (issue 13): the year's outputs by kind and by month, and year against year
// by kind (posts per year, talks per year).
class OutputsProgressView final : public QWidget
{
    Q_OBJECT

public:
    explicit OutputsProgressView(QWidget *parent = nullptr);

    void setCounts(const progress::OutputsByMonth &months, const progress::OutputsAcrossYears &years);
    // "12 outputs in 2026: 8 posts, 1 talk, 1 course…", or that there are none.
    static QString summaryLine(const progress::OutputsByMonth &months);

    // "2 posts", "1 talk", "3 팟캐스트": a count of a kind inside a sentence (a user's kind as written).
    static QString countOf(int count, const QString &kind);
    // "Mar: 2 posts, 1 talk; Aug: 1 talk", the categories with nothing left out: what a screen reader says of a
    // chart of these counts.
    static QString valuesText(const QStringList &categories, const QList<progress::KindCounts> &kinds);

    // Null when the charts module could not be loaded.
    charts::KindBars *monthsChart() const { return m_months; }
    charts::KindBars *yearsChart() const { return m_years; }

private:
    QLabel *m_summary;
    charts::KindBars *m_months = nullptr;
    charts::KindBars *m_years = nullptr;
};

} // namespace hoego
