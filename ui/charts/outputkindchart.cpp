// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "outputkindchart.h"

#include "charttheme.h"
#include "chartvalues.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QEvent>
#include <QLegend>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>

namespace hoego {

OutputKindChart::OutputKindChart(const QString &title, Layout layout, QWidget *parent)
    : QChartView(new QChart, parent)
    , m_title(title)
    , m_layout(layout)
{
    setAccessibleName(title);
    charts::prepareView(this);
    setCounts({}, {}, tr("No outputs"));
}

void OutputKindChart::setCounts(const QStringList &categories, const QList<charts::KindSeries> &kinds,
                                const QString &description)
{
    m_categories = categories;
    m_kinds = kinds;
    m_description = description;
    const QPalette pal = palette();
    QChart *bars = chart();
    bars->removeAllSeries();
    for (QAbstractAxis *axis : bars->axes())
        bars->removeAxis(axis);
    charts::applyPalette(bars, pal);
    bars->setTitle(m_title);
    bars->legend()->setAlignment(Qt::AlignBottom);
    bars->legend()->setVisible(!kinds.isEmpty());

    QAbstractBarSeries *series = nullptr;
    if (m_layout == Layout::Stacked)
        series = new QStackedBarSeries;
    else
        series = new QBarSeries;
    series->setBarWidth(m_layout == Layout::Stacked ? 0.6 : 0.75);
    int highest = 0;
    QList<int> stackHeights(categories.size(), 0);
    for (const charts::KindSeries &kind : kinds) {
        auto *set = new QBarSet(kind.label);
        for (qsizetype i = 0; i < categories.size(); ++i) {
            const int value = kind.counts.value(i);
            *set << value;
            stackHeights[i] += value;
            highest = qMax(highest, value);
        }
        const QColor color = charts::seriesColor(pal, kind.colour);
        set->setColor(color);
        set->setBorderColor(color);
        set->setLabelColor(charts::textColor(pal));
        series->append(set);
    }
    if (m_layout == Layout::Stacked && !stackHeights.isEmpty())
        highest = *std::max_element(stackHeights.cbegin(), stackHeights.cend());
    // Numbers on the bars only where they fit: a few years side by side.
    const bool labels = m_layout == Layout::Grouped && categories.size() * kinds.size() <= 24;
    series->setLabelsVisible(labels);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(QStringLiteral("@value"));
    bars->addSeries(series);

    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories.isEmpty() ? QStringList{tr("Nothing yet")} : categories);
    bars->addAxis(categoryAxis, Qt::AlignBottom);
    series->attachAxis(categoryAxis);
    auto *valueAxis = new QValueAxis;
    // Headroom above the tallest bar keeps its label inside the chart.
    const int top = qMax(4, int(highest * 1.25) + 1);
    valueAxis->setRange(0, top);
    valueAxis->setLabelFormat(QStringLiteral("%d"));
    valueAxis->setTickType(QValueAxis::TicksDynamic);
    valueAxis->setTickAnchor(0);
    valueAxis->setTickInterval(qMax(1, (top + 4) / 5));
    bars->addAxis(valueAxis, Qt::AlignLeft);
    series->attachAxis(valueAxis);
    charts::styleAxes(bars, pal);
    setAccessibleDescription(description);
}

void OutputKindChart::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        setCounts(QStringList(m_categories), QList<charts::KindSeries>(m_kinds), QString(m_description));
}

QList<AccessibleItem> OutputKindChart::accessibleItems() const
{
    return charts::chartValues(this);
}

} // namespace hoego
