// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "outputsprogress.h"

#include "outputkindchart.h"

#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace hoego {

OutputsProgressView::OutputsProgressView(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_months(new OutputKindChart(tr("Outputs by month"), OutputKindChart::Layout::Stacked, this))
    , m_years(new OutputKindChart(tr("Outputs per year by kind"), OutputKindChart::Layout::Grouped, this))
{
    setObjectName(QStringLiteral("outputsProgress"));
    setAccessibleName(tr("What I made"));
    // Drawn on the base colour like the other charts, so a saved image looks the same.
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    m_summary->setObjectName(QStringLiteral("outputsProgressSummary"));
    m_summary->setWordWrap(true);
    m_months->setObjectName(QStringLiteral("outputsByMonth"));
    m_years->setObjectName(QStringLiteral("outputsByYear"));
    // Both fit a 1024×700 window without scrolling.
    m_months->setMinimumHeight(170);
    m_years->setMinimumHeight(170);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_months, 1);
    layout->addWidget(m_years, 1);
}

QString OutputsProgressView::summaryLine(const progress::OutputsByMonth &months)
{
    if (months.total == 0)
        return tr("Nothing recorded as made in %1 yet: add posts, talks and more on the Outputs tab.")
                .arg(months.yearNumber);
    QStringList kinds;
    for (const progress::KindCounts &kind : months.kinds)
        kinds << OutputKindChart::countOf(kind.total, kind.kind);
    return tr("%n output(s) in %1: %2", nullptr, months.total)
            .arg(months.yearNumber)
            .arg(kinds.join(QStringLiteral(", ")));
}

void OutputsProgressView::setCounts(const progress::OutputsByMonth &months, const progress::OutputsAcrossYears &years)
{
    m_summary->setText(summaryLine(months));

    // The months, and a column for the outputs dated to the year only when there are any.
    const bool yearOnly = months.inMonth(0) > 0;
    QStringList monthNames;
    if (yearOnly)
        monthNames << tr("Year");
    for (int month = 1; month <= 12; ++month)
        monthNames << QLocale().standaloneMonthName(month, QLocale::ShortFormat);
    QList<progress::KindCounts> byMonth = months.kinds;
    if (!yearOnly) {
        for (progress::KindCounts &kind : byMonth)
            kind.counts.removeFirst();
    }
    m_months->setCounts(months.kinds.isEmpty() ? QStringList() : monthNames, byMonth);

    QStringList yearNames;
    for (int year : years.years)
        yearNames << QString::number(year);
    m_years->setCounts(yearNames, years.kinds);
}

} // namespace hoego
