// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "outputsprogress.h"

#include "charts/chartviews.h"
#include "model/outputkinds.h"

#include <QCoreApplication>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace hoego {
namespace {

// A built-in kind has the colour of its place among the built-in kinds; the user's kinds take the next ones.
int colourIndex(const QString &kind, const QList<progress::KindCounts> &kinds)
{
    const QStringList builtin = outputkinds::builtinKeys();
    if (const qsizetype index = builtin.indexOf(kind); index >= 0)
        return int(index);
    int own = 0;
    for (const progress::KindCounts &other : kinds) {
        if (other.kind == kind)
            break;
        if (!outputkinds::isBuiltin(other.kind))
            ++own;
    }
    return int(builtin.size()) + own;
}

// Draws `kinds` along `categories` in `chart`, the kinds named and coloured as in every chart of outputs.
void drawCounts(charts::KindBars *chart, const QStringList &categories, const QList<progress::KindCounts> &kinds)
{
    if (!chart)
        return;
    QList<charts::KindSeries> series;
    for (const progress::KindCounts &kind : kinds)
        series << charts::KindSeries{outputkinds::pluralLabel(kind.kind), colourIndex(kind.kind, kinds), kind.counts};
    chart->setCounts(categories, series, OutputsProgressView::valuesText(categories, kinds));
}

} // namespace

OutputsProgressView::OutputsProgressView(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("outputsProgress"));
    setAccessibleName(tr("What I made"));
    // Drawn on the base colour like the other charts, so a saved image looks the same.
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    m_summary->setObjectName(QStringLiteral("outputsProgressSummary"));
    m_summary->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    // The charts module says why it is missing on the Charts view; here the summary line is left.
    if (charts::Factory *make = charts::factory()) {
        m_months = make->kindBars(tr("Outputs by month"), charts::KindBars::Layout::Stacked, this);
        m_years = make->kindBars(tr("Outputs per year by kind"), charts::KindBars::Layout::Grouped, this);
        m_months->widget()->setObjectName(QStringLiteral("outputsByMonth"));
        m_years->widget()->setObjectName(QStringLiteral("outputsByYear"));
        // Both fit a 1024×700 window without scrolling.
        m_months->widget()->setMinimumHeight(170);
        m_years->widget()->setMinimumHeight(170);
        layout->addWidget(m_months->widget(), 1);
        layout->addWidget(m_years->widget(), 1);
    }
}

QString OutputsProgressView::countOf(int count, const QString &kind)
{
    const QString word = !outputkinds::isBuiltin(kind) ? kind
            : count == 1                               ? outputkinds::label(kind).toLower()
                                                       : outputkinds::pluralLabel(kind).toLower();
    // In the context of the chart that said it before the charts moved to their module: translated as it was.
    return QCoreApplication::translate("hoego::OutputKindChart", "%1 %2", "a count and a kind of output: 2 posts")
            .arg(count)
            .arg(word);
}

QString OutputsProgressView::valuesText(const QStringList &categories, const QList<progress::KindCounts> &kinds)
{
    QStringList parts;
    for (qsizetype i = 0; i < categories.size(); ++i) {
        QStringList counts;
        for (const progress::KindCounts &kind : kinds) {
            if (const int value = kind.counts.value(i); value > 0)
                counts << countOf(value, kind.kind);
        }
        if (!counts.isEmpty())
            parts << QStringLiteral("%1: %2").arg(categories[i], counts.join(QStringLiteral(", ")));
    }
    return parts.isEmpty() ? QCoreApplication::translate("hoego::OutputKindChart", "No outputs")
                           : parts.join(QStringLiteral("; "));
}

QString OutputsProgressView::summaryLine(const progress::OutputsByMonth &months)
{
    if (months.total == 0)
        return tr("Nothing recorded as made in %1 yet: add posts, talks and more on the Outputs tab.")
                .arg(months.yearNumber);
    QStringList kinds;
    for (const progress::KindCounts &kind : months.kinds)
        kinds << countOf(kind.total, kind.kind);
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
    drawCounts(m_months, months.kinds.isEmpty() ? QStringList() : monthNames, byMonth);

    QStringList yearNames;
    for (int year : years.years)
        yearNames << QString::number(year);
    drawCounts(m_years, yearNames, years.kinds);
}

} // namespace hoego
