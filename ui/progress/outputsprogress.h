// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "progress/outputcounts.h"

#include <QWidget>

class QLabel;

namespace hoego {

class OutputKindChart;

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

    OutputKindChart *monthsChart() const { return m_months; }
    OutputKindChart *yearsChart() const { return m_years; }

private:
    QLabel *m_summary;
    OutputKindChart *m_months;
    OutputKindChart *m_years;
};

} // namespace hoego
