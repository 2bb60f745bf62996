// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "accessibleviews.h"

#include "accessibleitems.h"
#include "events/eventtimelineview.h"
#include "themes/radarchart.h"
#include "themes/themestates.h"

#include <QAbstractBarSeries>
#include <QAbstractItemModel>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QLocale>
#include <QPieSeries>
#include <QPieSlice>
#include <QValueAxis>
#include <QXYSeries>

#include <cmath>

namespace hoego {
namespace {

// The events timeline: one item per event card, in the model's order.
class EventCards final : public AccessibleItemSource
{
public:
    explicit EventCards(EventTimelineView *view)
        : m_view(view)
    { }

    int count() const override { return m_view && m_view->model() ? m_view->model()->rowCount() : 0; }
    AccessibleItem item(int row) const override
    {
        const QModelIndex index = m_view->model()->index(row, 0);
        AccessibleItem item;
        item.name = index.data().toString();
        item.description = index.data(Qt::AccessibleDescriptionRole).toString();
        item.rect = m_view->visualRect(index).translated(m_view->viewport()->pos());
        item.selected = m_view->currentIndex() == index;
        return item;
    }
    bool select(int row) override
    {
        m_view->setCurrentIndex(m_view->model()->index(row, 0));
        return true;
    }

private:
    QPointer<EventTimelineView> m_view;
};

// The radar: one item per theme, its ring as the value and its area as the description.
class RadarDots final : public AccessibleItemSource
{
public:
    explicit RadarDots(RadarChart *radar)
        : m_radar(radar)
    { }

    int count() const override { return m_radar ? int(m_radar->themes().size()) : 0; }
    AccessibleItem item(int index) const override
    {
        const YearTheme &theme = m_radar->themes().at(index);
        AccessibleItem item;
        item.name = theme.theme.name;
        item.value = themestates::name(theme.entry.state);
        item.description = m_radar->areaName(theme.theme.areaId);
        if (const QPointF dot = m_radar->dotPosition(theme.entry.id); !dot.isNull())
            item.rect = QRect(dot.toPoint() - QPoint(8, 8), QSize(16, 16));
        item.selected = m_radar->selectedEntry() == theme.entry.id;
        return item;
    }

private:
    QPointer<RadarChart> m_radar;
};

// A Qt Charts view: one item per value drawn (a slice, a bar, a point), named by what the axis or the
// legend calls it. Read from the chart's series, so any chart of the window is covered.
class ChartValues final : public AccessibleItemSource
{
public:
    explicit ChartValues(QChartView *view)
        : m_view(view)
    { }

    int count() const override { return int(items().size()); }
    AccessibleItem item(int index) const override
    {
        const QList<AccessibleItem> all = items();
        return index < all.size() ? all[index] : AccessibleItem{};
    }

private:
    QList<AccessibleItem> items() const
    {
        QList<AccessibleItem> all;
        if (!m_view || !m_view->chart())
            return all;
        for (QAbstractSeries *series : m_view->chart()->series()) {
            if (auto *pie = qobject_cast<QPieSeries *>(series))
                addSlices(pie, all);
            else if (auto *bars = qobject_cast<QAbstractBarSeries *>(series))
                addBars(bars, all);
            else if (auto *xy = qobject_cast<QXYSeries *>(series))
                addPoints(xy, all);
        }
        return all;
    }

    // Whole numbers as they are; a fraction (an even pace of 1/12 goal a month) to one decimal, as it is heard:
    // "0.1", not "0.0833333".
    static QString number(qreal value)
    {
        const qreal whole = std::round(value);
        return qFuzzyCompare(whole + 1, value + 1) ? QLocale().toString(qint64(whole))
                                                   : QLocale().toString(value, 'f', 1);
    }

    // One value drawn: named by its category, said as text and given as a number.
    AccessibleItem valueItem(const QString &name, const QString &text, qreal value, const QRect &rect) const
    {
        AccessibleItem item;
        item.name = name;
        item.value = text;
        item.number = value;
        item.description = m_view->chart()->title();
        item.rect = rect;
        return item;
    }

    // "100%" on an axis labelled "%d%%" (a rate), else the plain number.
    static QString withUnit(qreal value, const QString &format)
    {
        return format.isEmpty() ? number(value) : QString(format).replace(QLatin1String("@value"), number(value));
    }

    QRect around(const QPointF &value, QAbstractSeries *series) const
    {
        QChart *chart = m_view->chart();
        const QPoint point = m_view->mapFromScene(chart->mapToScene(chart->mapToPosition(value, series)));
        return QRect(point - QPoint(6, 6), QSize(12, 12));
    }

    void addSlices(QPieSeries *pie, QList<AccessibleItem> &all) const
    {
        QChart *chart = m_view->chart();
        const QRect plot = m_view->mapFromScene(chart->mapToScene(chart->plotArea())).boundingRect();
        for (QPieSlice *slice : pie->slices())
            all << valueItem(slice->label(), number(slice->value()), slice->value(), plot);
    }

    void addBars(QAbstractBarSeries *bars, QList<AccessibleItem> &all) const
    {
        QStringList categories;
        QString valueFormat = bars->labelsFormat();
        for (QAbstractAxis *axis : bars->attachedAxes()) {
            if (auto *names = qobject_cast<QBarCategoryAxis *>(axis))
                categories = names->categories();
            else if (auto *values = qobject_cast<QValueAxis *>(axis); values && valueFormat.isEmpty())
                valueFormat
                        = values->labelFormat().endsWith(QLatin1String("%%")) ? QStringLiteral("@value%") : QString();
        }
        const bool horizontal = bars->type() == QAbstractSeries::SeriesTypeHorizontalBar
                || bars->type() == QAbstractSeries::SeriesTypeHorizontalStackedBar
                || bars->type() == QAbstractSeries::SeriesTypeHorizontalPercentBar;
        const QList<QBarSet *> sets = bars->barSets();
        // Without sets (nothing counted yet) each category still says its value: 0.
        const bool stacked = sets.isEmpty()
                || (bars->type() != QAbstractSeries::SeriesTypeBar
                    && bars->type() != QAbstractSeries::SeriesTypeHorizontalBar);

        // A label set on two lines or padded for the axis ("Study  1/1") is read as one line.
        for (QString &category : categories)
            category = category.simplified();
        for (qsizetype c = 0; c < categories.size(); ++c) {
            // Stacked sets make one bar per category: its value is their sum.
            qreal sum = 0;
            for (QBarSet *set : sets) {
                const qreal value = c < set->count() ? set->at(c) : 0;
                sum += value;
                if (!stacked) {
                    const QString name
                            = sets.size() > 1 ? set->label() + QStringLiteral(", ") + categories[c] : categories[c];
                    const QPointF at = horizontal ? QPointF(value, c) : QPointF(c, value);
                    all << valueItem(name, withUnit(value, valueFormat), value, around(at, bars));
                }
            }
            if (stacked) {
                const QPointF at = horizontal ? QPointF(sum, c) : QPointF(c, sum);
                all << valueItem(categories[c], withUnit(sum, valueFormat), sum, around(at, bars));
            }
        }
    }

    void addPoints(QXYSeries *xy, QList<AccessibleItem> &all) const
    {
        QCategoryAxis *xLabels = nullptr;
        QStringList xCategories;
        QString valueFormat;
        for (QAbstractAxis *axis : xy->attachedAxes()) {
            if (auto *labels = qobject_cast<QCategoryAxis *>(axis); labels && axis->orientation() == Qt::Horizontal)
                xLabels = labels;
            else if (auto *names = qobject_cast<QBarCategoryAxis *>(axis);
                     names && axis->orientation() == Qt::Horizontal)
                xCategories = names->categories();
            else if (auto *values = qobject_cast<QValueAxis *>(axis); values && axis->orientation() == Qt::Vertical)
                valueFormat
                        = values->labelFormat().endsWith(QLatin1String("%%")) ? QStringLiteral("@value%") : QString();
        }
        for (const QPointF &point : xy->points()) {
            QString where;
            if (xLabels) {
                for (const QString &label : xLabels->categoriesLabels()) {
                    if (qFuzzyCompare(xLabels->endValue(label) + 1, point.x() + 1))
                        where = label;
                }
                // The origin a line starts from (month 0) has no label: it is no value of its own.
                if (where.isEmpty())
                    continue;
            } else if (const qsizetype column = qRound(point.x()); column >= 0 && column < xCategories.size()) {
                where = xCategories[column]; // a line over years: "Life, 2026", not "Life, 2"
            } else {
                where = number(point.x());
            }
            all << valueItem(xy->name() + QStringLiteral(", ") + where, withUnit(point.y(), valueFormat), point.y(),
                             around(point, xy));
        }
    }

    QPointer<QChartView> m_view;
};

QAccessibleInterface *hoegoViews(const QString &className, QObject *object)
{
    // Asked once per class up the object's hierarchy: answer for its own class only.
    if (!object || !object->isWidgetType() || className != QLatin1String(object->metaObject()->className()))
        return nullptr;
    if (auto *timeline = qobject_cast<EventTimelineView *>(object))
        return new AccessibleItemsWidget(timeline, QAccessible::List, QAccessible::ListItem,
                                         std::make_unique<EventCards>(timeline));
    if (auto *radar = qobject_cast<RadarChart *>(object))
        return new AccessibleItemsWidget(radar, QAccessible::List, QAccessible::ListItem,
                                         std::make_unique<RadarDots>(radar));
    if (auto *chart = qobject_cast<QChartView *>(object))
        return new AccessibleItemsWidget(chart, QAccessible::Chart, QAccessible::ListItem,
                                         std::make_unique<ChartValues>(chart));
    return nullptr;
}

} // namespace

void installAccessibleViews()
{
    static bool installed = false;
    if (installed)
        return;
    installed = true;
    QAccessible::installFactory(hoegoViews);
}

} // namespace hoego
