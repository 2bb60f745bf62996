// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "monthlinechart.h"

#include "charttheme.h"
#include "chartvalues.h"

#include <QCategoryAxis>
#include <QEvent>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QValueAxis>

namespace hoego {

MonthLineChart::MonthLineChart(QWidget *parent)
    : QChartView(new QChart, parent)
{
    setObjectName(QStringLiteral("completionsByMonth"));
    setAccessibleName(tr("Completions over the months"));
    charts::prepareView(this);
    setMonths({}, 0);
}

void MonthLineChart::setMonths(const QList<progress::MonthPoint> &months, int total)
{
    m_months = months;
    m_total = total;
    const QPalette pal = palette();
    QChart *lines = chart();
    lines->removeAllSeries();
    for (QAbstractAxis *axis : lines->axes())
        lines->removeAxis(axis);
    charts::applyPalette(lines, pal);
    lines->setTitle(tr("Completions over the months"));
    lines->legend()->setAlignment(Qt::AlignBottom);

    auto *pace = new QLineSeries;
    pace->setName(tr("Even pace"));
    QPen pacePen(charts::textColor(pal));
    pacePen.setStyle(Qt::DashLine);
    pacePen.setWidthF(1.5);
    QColor paceColor = pacePen.color();
    paceColor.setAlpha(150);
    pacePen.setColor(paceColor);
    pace->setPen(pacePen);
    pace->append(0, 0);

    auto *done = new QLineSeries;
    done->setName(tr("Goals done"));
    QPen donePen(charts::accent(pal));
    donePen.setWidthF(3);
    done->setPen(donePen);
    done->setPointsVisible(true);
    done->append(0, 0);
    for (const progress::MonthPoint &point : months) {
        pace->append(point.month, point.evenPace);
        done->append(point.month, point.cumulativeDone);
    }
    lines->addSeries(pace);
    lines->addSeries(done);

    auto *monthAxis = new QCategoryAxis;
    monthAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    monthAxis->setRange(0, 12);
    for (int month = 1; month <= 12; ++month)
        monthAxis->append(QLocale().standaloneMonthName(month, QLocale::ShortFormat), month);
    lines->addAxis(monthAxis, Qt::AlignBottom);
    auto *countAxis = new QValueAxis;
    const int top = qMax(1, total);
    countAxis->setRange(0, top);
    // At most about six whole-number ticks: more make the labels collide in a short chart.
    countAxis->setTickType(QValueAxis::TicksDynamic);
    countAxis->setTickAnchor(0);
    countAxis->setTickInterval(qMax(1, (top + 4) / 5));
    countAxis->setLabelFormat(QStringLiteral("%d"));
    lines->addAxis(countAxis, Qt::AlignLeft);
    for (QLineSeries *series : {pace, done}) {
        series->attachAxis(monthAxis);
        series->attachAxis(countAxis);
    }
    charts::styleAxes(lines, pal);
}

void MonthLineChart::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        setMonths(QList<progress::MonthPoint>(m_months), m_total);
}

QList<AccessibleItem> MonthLineChart::accessibleItems() const
{
    return charts::chartValues(this);
}

} // namespace hoego
