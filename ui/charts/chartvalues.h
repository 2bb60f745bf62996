// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "accessibility/accessibleitems.h"

#include <QList>

class QChartView;

namespace hoego::charts {

// The values a Qt Charts view draws, one item per slice, bar or point, named by what the axis or the legend calls
// it: what a screen reader lists for the chart. Read from the chart's series, so every chart is covered alike.
QList<AccessibleItem> chartValues(const QChartView *view);

} // namespace hoego::charts
