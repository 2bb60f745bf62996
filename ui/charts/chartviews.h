// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "accessibility/accessibleitems.h"
#include "model/entities.h"
#include "progress/areahistory.h"
#include "progress/goalcounts.h"
#include "progress/monthlyprogress.h"
#include "progress/yearprogress.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

class QWidget;

// The charts of the Progress tab, as the window sees them. They are drawn with Qt Charts, which with its OpenGL
// libraries costs start-up time in loading and relocation (issue 17): so they live in a module of their own
// (libhoego_charts, ui/charts/CMakeLists.txt) that the window loads when the first chart is made.
namespace hoego::charts {

// Every chart: its widget (owned by the parent it was made with) and, for screen readers, the values it draws.
class Chart
{
public:
    virtual ~Chart() = default;
    virtual QWidget *widget() = 0;
    virtual QList<AccessibleItem> accessibleItems() const = 0;
};

// The ring of goals done; `summary` is its tooltip ("3 of 8 done · 38% · …").
class GoalRing : public Chart
{
public:
    virtual void setCounts(const progress::GoalCounts &counts, const QString &summary) = 0;
};

class AreaBars : public Chart
{
public:
    virtual void setAreas(const QList<progress::AreaProgress> &progress, const QList<Area> &areas) = 0;
};

class MonthLine : public Chart
{
public:
    virtual void setMonths(const QList<progress::MonthPoint> &months, int total) = 0;
};

class YearBars : public Chart
{
public:
    // `percent`: values are 0..100 and the axis reads as a percentage.
    virtual void setYears(const QList<int> &years, const QList<int> &values, bool percent) = 0;
};

class AreaYears : public Chart
{
public:
    virtual void setHistory(const progress::CompletionByArea &history, const QList<Area> &areas) = 0;
};

// One kind of output in a bar chart: its legend label, its colour's place and a count per category.
struct KindSeries
{
    QString label;
    int colour = 0;
    QList<int> counts;
};

class KindBars : public Chart
{
public:
    enum class Layout { Stacked, Grouped };
    // `description` is what a screen reader says of the whole chart.
    virtual void setCounts(const QStringList &categories, const QList<KindSeries> &kinds, const QString &description)
            = 0;
};

// Makes the charts; each is made with `parent` as its widget's parent.
class Factory
{
public:
    virtual ~Factory() = default;
    virtual GoalRing *goalRing(QWidget *parent) = 0;
    virtual AreaBars *areaBars(QWidget *parent) = 0;
    virtual MonthLine *monthLine(QWidget *parent) = 0;
    virtual YearBars *yearBars(const QString &title, QWidget *parent) = 0;
    virtual AreaYears *areaYears(QWidget *parent) = 0;
    virtual KindBars *kindBars(const QString &title, KindBars::Layout layout, QWidget *parent) = 0;
};

// The module's factory, loaded on the first call and kept for the life of the process; nullptr when the module
// cannot be loaded, with the reason in `error`.
Factory *factory(QString *error = nullptr);

// Whether the module is loaded (for tests: nothing shown at start loads it).
bool isLoaded();

} // namespace hoego::charts

// A chart's widget answers qobject_cast<charts::Chart *>: the accessibility factory finds its values this way.
#define HoegoChartIid "io.github.hoego.Chart/1"
Q_DECLARE_INTERFACE(hoego::charts::Chart, HoegoChartIid)
