// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "accessibleviews.h"

#include "accessibleitems.h"
#include "charts/chartviews.h"
#include "events/eventtimelineview.h"
#include "themes/radarchart.h"
#include "themes/themestates.h"

#include <QAbstractItemModel>

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

// A chart of the Progress tab: one item per value drawn (a slice, a bar, a point), as the charts module reads them.
class ChartValues final : public AccessibleItemSource
{
public:
    ChartValues(QWidget *widget, const charts::Chart *chart)
        : m_widget(widget)
        , m_chart(chart)
    { }

    int count() const override { return int(items().size()); }
    AccessibleItem item(int index) const override
    {
        const QList<AccessibleItem> all = items();
        return index < all.size() ? all[index] : AccessibleItem{};
    }

private:
    // Nothing once the widget is gone: the chart is the widget.
    QList<AccessibleItem> items() const { return m_widget ? m_chart->accessibleItems() : QList<AccessibleItem>{}; }

    QPointer<QWidget> m_widget;
    const charts::Chart *m_chart;
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
    if (auto *chart = qobject_cast<charts::Chart *>(object))
        return new AccessibleItemsWidget(chart->widget(), QAccessible::Chart, QAccessible::ListItem,
                                         std::make_unique<ChartValues>(chart->widget(), chart));
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
