// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "ringchart.h"

#include "charttheme.h"
#include "chartvalues.h"

#include <QEvent>
#include <QLabel>
#include <QLegend>
#include <QPieSeries>
#include <QPieSlice>
#include <QVBoxLayout>

namespace hoego {

RingChart::RingChart(QWidget *parent)
    : QChartView(new QChart, parent)
{
    setObjectName(QStringLiteral("progressRing"));
    setAccessibleName(tr("Goals done"));
    charts::prepareView(this);
    setMinimumSize(240, 240);
    m_percent = new QLabel(this);
    m_percent->setObjectName(QStringLiteral("progressRingPercent"));
    m_percent->setAlignment(Qt::AlignCenter);
    m_percent->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("progressRingLabel"));
    m_count->setAccessibleName(tr("Goals done of all goals"));
    m_count->setAlignment(Qt::AlignCenter);
    m_count->setAttribute(Qt::WA_TransparentForMouseEvents);
    setCounts({}, {});
}

void RingChart::setCounts(const progress::GoalCounts &counts, const QString &summary)
{
    m_counts = counts;
    m_summary = summary;
    const QPalette pal = palette();
    QChart *ring = chart();
    ring->removeAllSeries();
    charts::applyPalette(ring, pal);
    ring->setTitle(tr("Goals done"));
    ring->legend()->hide();

    auto *series = new QPieSeries;
    series->setHoleSize(0.68);
    series->setPieSize(0.92);
    const int remaining = counts.total() - counts.done;
    if (counts.total() == 0) {
        series->append(tr("No goals"), 1)->setColor(charts::trackColor(pal));
    } else {
        QPieSlice *done = series->append(tr("Done"), counts.done);
        done->setColor(counts.done == counts.total() ? charts::doneColor(pal) : charts::accent(pal));
        series->append(tr("Not done"), remaining)->setColor(charts::trackColor(pal));
    }
    for (QPieSlice *slice : series->slices())
        slice->setBorderColor(pal.color(QPalette::Base));
    ring->addSeries(series);

    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 2.4);
    big.setBold(true);
    m_percent->setFont(big);
    m_percent->setText(counts.total() == 0 ? QStringLiteral("–") : QStringLiteral("%1%").arg(counts.percent()));
    m_count->setText(counts.total() == 0 ? tr("no goals") : tr("%1 of %2").arg(counts.done).arg(counts.total()));
    // The whole count, dropped and carried goals included, in the words every other surface uses.
    setToolTip(summary);
    setAccessibleDescription(toolTip());
    QPalette labels = m_count->palette();
    labels.setColor(QPalette::WindowText, charts::textColor(pal));
    m_percent->setPalette(labels);
    m_count->setPalette(labels);
    placeLabels();
}

void RingChart::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    placeLabels();
}

void RingChart::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_percent) // not while the constructor builds the view
        setCounts(progress::GoalCounts(m_counts), QString(m_summary));
}

void RingChart::placeLabels()
{
    m_percent->adjustSize();
    m_count->adjustSize();
    // The hole's centre is the plot area's centre, below the title.
    const QPointF centre = mapFromScene(chart()->mapToScene(chart()->plotArea().center()));
    const int height = m_percent->height() + m_count->height();
    const int top = int(centre.y()) - height / 2;
    m_percent->move(int(centre.x()) - m_percent->width() / 2, top);
    m_count->move(int(centre.x()) - m_count->width() / 2, top + m_percent->height());
}

QList<AccessibleItem> RingChart::accessibleItems() const
{
    return charts::chartValues(this);
}

} // namespace hoego
