// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "contrast.h"

#include <algorithm>
#include <cmath>

namespace hoego::contrast {

double relativeLuminance(const QColor &color)
{
    const auto linear = [](double channel) {
        return channel <= 0.03928 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
    };
    const QColor rgb = color.toRgb();
    return 0.2126 * linear(rgb.redF()) + 0.7152 * linear(rgb.greenF()) + 0.0722 * linear(rgb.blueF());
}

double ratio(const QColor &a, const QColor &b)
{
    const double first = relativeLuminance(a);
    const double second = relativeLuminance(b);
    return (std::max(first, second) + 0.05) / (std::min(first, second) + 0.05);
}

QColor composited(const QColor &over, const QColor &under)
{
    const QColor top = over.toRgb();
    const QColor bottom = under.toRgb();
    const double alpha = top.alphaF();
    const auto mix = [alpha](double a, double b) { return a * alpha + b * (1.0 - alpha); };
    return QColor::fromRgbF(float(mix(top.redF(), bottom.redF())), float(mix(top.greenF(), bottom.greenF())),
                            float(mix(top.blueF(), bottom.blueF())));
}

QColor legibleOn(const QColor &wanted, const QColor &background, double minimum)
{
    QColor color = composited(wanted, background);
    if (ratio(color, background) >= minimum)
        return color;
    // Move the lightness away from the background's, keeping hue and saturation, in small steps: the first
    // colour that reaches the minimum is the one closest to what was asked for.
    const bool darken = ratio(Qt::black, background) > ratio(Qt::white, background);
    QColor hsl = color.toHsl();
    const float hue = hsl.hslHueF();
    const float saturation = hsl.hslSaturationF();
    float lightness = hsl.lightnessF();
    for (int step = 0; step < 100; ++step) {
        lightness = std::clamp(lightness + (darken ? -0.01f : 0.01f), 0.0f, 1.0f);
        color = QColor::fromHslF(hue, saturation, lightness).toRgb();
        if (ratio(color, background) >= minimum || lightness <= 0.0f || lightness >= 1.0f)
            break;
    }
    if (ratio(color, background) >= minimum)
        return color;
    // Neither way reached it along this hue: fall back to black or white, whichever is legible.
    return ratio(Qt::black, background) >= ratio(Qt::white, background) ? QColor(Qt::black) : QColor(Qt::white);
}

} // namespace hoego::contrast
