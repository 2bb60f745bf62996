// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "chartvalues.h"

#include <QAbstractBarSeries>
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

namespace hoego::charts {
namespace {

class Reader
{
public:
    explicit Reader(const QChartView *view)
        : m_view(view)
    { }

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

private:
    const QChartView *m_view;
};

} // namespace

QList<AccessibleItem> chartValues(const QChartView *view)
{
    return Reader(view).items();
}

} // namespace hoego::charts
