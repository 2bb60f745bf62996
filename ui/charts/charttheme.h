// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include <QColor>
#include <QPalette>

class QChart;
class QChartView;

// Charts follow the application palette: the Qt Charts theme is chosen by the window's lightness, and
// backgrounds, text, axes and accents are taken from the palette so light and dark look native.
namespace hoego::charts {

bool isDark(const QPalette &palette);
// Theme, background, title, legend and fonts; call before adding series (a theme resets series colours).
void applyPalette(QChart *chart, const QPalette &palette);
// Axis labels, lines and grid; call after the axes are attached.
void styleAxes(QChart *chart, const QPalette &palette);
// Antialiasing, no frame, the palette's base behind the chart.
void prepareView(QChartView *view);

QColor accent(const QPalette &palette);
QColor doneColor(const QPalette &palette);
QColor trackColor(const QPalette &palette);
QColor textColor(const QPalette &palette);
// The colour of the n-th series of a chart with several (kinds of output): a colour-blind-safe qualitative set
// (Okabe and Ito), a little lighter on a dark background; it repeats after its eight colours.
QColor seriesColor(const QPalette &palette, int index);

} // namespace hoego::charts
