// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "areayearschart.h"

#include "charttheme.h"
#include "chartvalues.h"

#include <QBarCategoryAxis>
#include <QEvent>
#include <QLegend>
#include <QLineSeries>
#include <QValueAxis>

namespace hoego {

AreaYearsChart::AreaYearsChart(QWidget *parent)
    : QChartView(new QChart, parent)
{
    setObjectName(QStringLiteral("completionByAreaOverYears"));
    setAccessibleName(tr("Completion rate by area over the years"));
    charts::prepareView(this);
    setHistory({}, {});
}

QString AreaYearsChart::areaName(Id areaId) const
{
    for (const Area &area : m_areas) {
        if (area.id == areaId)
            return area.name;
    }
    return tr("No area");
}

void AreaYearsChart::setHistory(const progress::CompletionByArea &history, const QList<Area> &areas)
{
    m_history = history;
    m_areas = areas;
    const QPalette pal = palette();
    QChart *lines = chart();
    lines->removeAllSeries();
    for (QAbstractAxis *axis : lines->axes())
        lines->removeAxis(axis);
    charts::applyPalette(lines, pal);
    lines->setTitle(tr("Completion rate by area over the years"));
    lines->legend()->setAlignment(Qt::AlignBottom);
    lines->legend()->setVisible(!history.areas.isEmpty());

    QStringList categories;
    for (int year : history.years)
        categories << QString::number(year);
    auto *yearAxis = new QBarCategoryAxis;
    yearAxis->append(categories.isEmpty() ? QStringList{tr("No years")} : categories);
    lines->addAxis(yearAxis, Qt::AlignBottom);
    auto *percentAxis = new QValueAxis;
    percentAxis->setRange(0, 100);
    percentAxis->setTickCount(5);
    percentAxis->setLabelFormat(QStringLiteral("%d%%"));
    lines->addAxis(percentAxis, Qt::AlignLeft);

    for (const progress::AreaYears &area : history.areas) {
        auto *series = new QLineSeries;
        series->setName(areaName(area.areaId));
        QColor color = charts::textColor(pal);
        for (const Area &known : areas) {
            if (known.id == area.areaId)
                color = known.color;
        }
        QPen pen(color);
        pen.setWidthF(2.5);
        series->setPen(pen);
        series->setPointsVisible(true);
        // A year without counted goals in the area has no rate: the line goes on to the next year that has one.
        for (qsizetype i = 0; i < area.years.size(); ++i) {
            if (area.years[i].total() > 0)
                series->append(qreal(i), area.years[i].percent());
        }
        lines->addSeries(series);
        series->attachAxis(yearAxis);
        series->attachAxis(percentAxis);
    }
    charts::styleAxes(lines, pal);
    setAccessibleDescription(valuesText());
}

QString AreaYearsChart::valuesText() const
{
    QStringList parts;
    for (const progress::AreaYears &area : m_history.areas) {
        QStringList years;
        for (qsizetype i = 0; i < area.years.size() && i < m_history.years.size(); ++i) {
            if (area.years[i].total() > 0)
                years << QStringLiteral("%1 %2%").arg(m_history.years[i]).arg(area.years[i].percent());
        }
        parts << QStringLiteral("%1: %2").arg(areaName(area.areaId), years.join(QStringLiteral(", ")));
    }
    return parts.isEmpty() ? tr("No goals counted") : parts.join(QStringLiteral("; "));
}

void AreaYearsChart::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        setHistory(progress::CompletionByArea(m_history), QList<Area>(m_areas));
}

QList<AccessibleItem> AreaYearsChart::accessibleItems() const
{
    return charts::chartValues(this);
}

} // namespace hoego
