// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "areabarchart.h"

#include "charttheme.h"
#include "chartvalues.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QEvent>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QValueAxis>

namespace hoego {

AreaBarChart::AreaBarChart(QWidget *parent)
    : QChartView(new QChart, parent)
{
    setObjectName(QStringLiteral("progressByArea"));
    setAccessibleName(tr("Goals done by area"));
    charts::prepareView(this);
    setAreas({}, {});
}

void AreaBarChart::setAreas(const QList<progress::AreaProgress> &progress, const QList<Area> &areas)
{
    m_progress = progress;
    m_areaList = areas;
    const QPalette pal = palette();
    QChart *bars = chart();
    bars->removeAllSeries();
    for (QAbstractAxis *axis : bars->axes())
        bars->removeAxis(axis);
    charts::applyPalette(bars, pal);
    bars->setTitle(tr("Goals done by area"));
    bars->legend()->hide();

    // Stacked with one set per area, each holding only its own row: that gives every bar its area's colour.
    auto *series = new QHorizontalStackedBarSeries;
    series->setBarWidth(0.6);
    QStringList categories;
    const qsizetype count = progress.size();
    for (qsizetype i = count - 1; i >= 0; --i) { // first area on top
        const progress::AreaProgress &entry = progress[i];
        QString name = tr("No area");
        QColor color = charts::accent(pal);
        for (const Area &area : areas) {
            if (area.id == entry.areaId) {
                name = area.name;
                color = area.color;
            }
        }
        categories << tr("%1  %2/%3").arg(name).arg(entry.counts.done).arg(entry.counts.total());
        auto *set = new QBarSet(name);
        for (qsizetype row = 0; row < count; ++row)
            *set << (row == categories.size() - 1 ? entry.counts.percent() : 0);
        set->setColor(color);
        set->setBorderColor(color);
        series->append(set);
    }
    bars->addSeries(series);
    auto *names = new QBarCategoryAxis;
    names->append(categories.isEmpty() ? QStringList{tr("No goals")} : categories);
    bars->addAxis(names, Qt::AlignLeft);
    series->attachAxis(names);
    auto *percent = new QValueAxis;
    percent->setRange(0, 100);
    percent->setTickCount(6);
    percent->setLabelFormat(QStringLiteral("%d%%"));
    bars->addAxis(percent, Qt::AlignBottom);
    series->attachAxis(percent);
    charts::styleAxes(bars, pal);
}

void AreaBarChart::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        setAreas(QList<progress::AreaProgress>(m_progress), QList<Area>(m_areaList));
}

QList<AccessibleItem> AreaBarChart::accessibleItems() const
{
    return charts::chartValues(this);
}

} // namespace hoego
