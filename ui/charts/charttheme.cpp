// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "charttheme.h"

#include <QAbstractAxis>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QLegend>

#include <iterator>

namespace hoego::charts {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor accent(const QPalette &palette)
{
    return palette.color(QPalette::Highlight);
}

QColor doneColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x4C, 0xC3, 0x8A) : QColor(0x2E, 0x9E, 0x6A);
}

QColor trackColor(const QPalette &palette)
{
    QColor color = palette.color(QPalette::Mid);
    color.setAlpha(isDark(palette) ? 110 : 80);
    return color;
}

QColor textColor(const QPalette &palette)
{
    return palette.color(QPalette::WindowText);
}

QColor seriesColor(const QPalette &palette, int index)
{
    static const QColor kColors[] = {
            QColor(0x00, 0x72, 0xB2), // blue
            QColor(0xE6, 0x9F, 0x00), // orange
            QColor(0x00, 0x9E, 0x73), // bluish green
            QColor(0xD5, 0x5E, 0x00), // vermilion
            QColor(0xCC, 0x79, 0xA7), // reddish purple
            QColor(0x56, 0xB4, 0xE9), // sky blue
            QColor(0x99, 0x99, 0x99), // grey
            QColor(0xF0, 0xE4, 0x42), // yellow
    };
    constexpr int count = int(std::size(kColors));
    const QColor color = kColors[((index % count) + count) % count];
    return isDark(palette) ? color.lighter(125) : color;
}

void applyPalette(QChart *chart, const QPalette &palette)
{
    chart->setTheme(isDark(palette) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundBrush(palette.color(QPalette::Base));
    chart->setBackgroundRoundness(6);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setAnimationOptions(QChart::NoAnimation);
    // The system font: fontconfig falls back to Noto Sans CJK for Korean labels.
    QFont titleFont = QApplication::font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.1);
    chart->setTitleFont(titleFont);
    chart->setTitleBrush(textColor(palette));
    chart->legend()->setFont(QApplication::font());
    chart->legend()->setLabelColor(textColor(palette));
    chart->setMargins(QMargins(6, 6, 6, 6));
}

void styleAxes(QChart *chart, const QPalette &palette)
{
    QColor grid = palette.color(QPalette::Mid);
    grid.setAlpha(isDark(palette) ? 90 : 60);
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsFont(QApplication::font());
        axis->setLabelsColor(textColor(palette));
        axis->setLinePenColor(grid);
        axis->setGridLineColor(grid);
        axis->setTitleBrush(textColor(palette));
        axis->setTitleFont(QApplication::font());
    }
}

void prepareView(QChartView *view)
{
    view->setRenderHint(QPainter::Antialiasing);
    view->setFrameShape(QFrame::NoFrame);
    view->setBackgroundRole(QPalette::Base);
    view->setMinimumHeight(220);
}

} // namespace hoego::charts
