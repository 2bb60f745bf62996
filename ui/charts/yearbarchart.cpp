// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "yearbarchart.h"

#include "charttheme.h"
#include "chartvalues.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QEvent>
#include <QLegend>
#include <QValueAxis>

#include <algorithm>

namespace hoego {

YearBarChart::YearBarChart(const QString &title, QWidget *parent)
    : QChartView(new QChart, parent)
    , m_title(title)
{
    setAccessibleName(title);
    charts::prepareView(this);
}

void YearBarChart::setYears(const QList<int> &years, const QList<int> &values, bool percent)
{
    m_years = years;
    m_values = values;
    m_percent = percent;
    const QPalette pal = palette();
    const QColor color = percent ? charts::doneColor(pal) : charts::accent(pal);
    QChart *bars = chart();
    bars->removeAllSeries();
    for (QAbstractAxis *axis : bars->axes())
        bars->removeAxis(axis);
    charts::applyPalette(bars, pal);
    bars->setTitle(m_title);
    bars->legend()->hide();

    auto *set = new QBarSet(m_title);
    for (int value : values)
        *set << value;
    set->setColor(color);
    set->setBorderColor(color);
    set->setLabelColor(charts::textColor(pal));
    auto *series = new QBarSeries;
    series->append(set);
    series->setBarWidth(0.55);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(percent ? QStringLiteral("@value%") : QStringLiteral("@value"));
    bars->addSeries(series);

    QStringList categories;
    for (int year : years)
        categories << QString::number(year);
    auto *yearAxis = new QBarCategoryAxis;
    yearAxis->append(categories.isEmpty() ? QStringList{tr("No years")} : categories);
    bars->addAxis(yearAxis, Qt::AlignBottom);
    series->attachAxis(yearAxis);
    auto *valueAxis = new QValueAxis;
    const int highest = values.isEmpty() ? 0 : *std::max_element(values.cbegin(), values.cend());
    // Headroom above the tallest bar keeps its label inside the chart.
    const int top = percent ? 115 : qMax(5, int(highest * 1.25) + 1);
    valueAxis->setRange(0, top);
    valueAxis->setLabelFormat(percent ? QStringLiteral("%d%%") : QStringLiteral("%d"));
    valueAxis->setTickType(QValueAxis::TicksDynamic);
    valueAxis->setTickAnchor(0);
    valueAxis->setTickInterval(percent ? 25 : qMax(1, top / 5));
    bars->addAxis(valueAxis, Qt::AlignLeft);
    series->attachAxis(valueAxis);
    charts::styleAxes(bars, pal);
}

void YearBarChart::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        setYears(QList<int>(m_years), QList<int>(m_values), m_percent);
}

QList<AccessibleItem> YearBarChart::accessibleItems() const
{
    return charts::chartValues(this);
}

} // namespace hoego
