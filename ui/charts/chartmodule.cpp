// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "areabarchart.h"
#include "areayearschart.h"
#include "chartviews.h"
#include "monthlinechart.h"
#include "outputkindchart.h"
#include "ringchart.h"
#include "yearbarchart.h"

namespace hoego::charts {
namespace {

class ModuleFactory final : public Factory
{
public:
    GoalRing *goalRing(QWidget *parent) override { return new RingChart(parent); }
    AreaBars *areaBars(QWidget *parent) override { return new AreaBarChart(parent); }
    MonthLine *monthLine(QWidget *parent) override { return new MonthLineChart(parent); }
    YearBars *yearBars(const QString &title, QWidget *parent) override { return new YearBarChart(title, parent); }
    AreaYears *areaYears(QWidget *parent) override { return new AreaYearsChart(parent); }
    KindBars *kindBars(const QString &title, KindBars::Layout layout, QWidget *parent) override
    {
        return new OutputKindChart(title, layout, parent);
    }
};

} // namespace
} // namespace hoego::charts

// The module's one exported symbol, resolved by chartloader.cpp.
extern "C" Q_DECL_EXPORT hoego::charts::Factory *hoego_charts_factory()
{
    static hoego::charts::ModuleFactory factory;
    return &factory;
}
