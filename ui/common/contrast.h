// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include <QColor>

// Legibility of text and marks (WCAG 2 contrast ratio), so that every colour Hoego paints keeps 4.5:1 against
// what it is painted on, in the light and the dark palette alike.
namespace hoego::contrast {

constexpr double kMinimum = 4.5;

double relativeLuminance(const QColor &color);
// From 1 (same colour) to 21 (black on white); alpha is ignored.
double ratio(const QColor &a, const QColor &b);
// `over` painted with its alpha on an opaque `under`.
QColor composited(const QColor &over, const QColor &under);
// `wanted` itself when it is legible on `background`; otherwise the same hue made darker or lighter (away from
// the background) until it reaches `minimum`. Opaque.
QColor legibleOn(const QColor &wanted, const QColor &background, double minimum = kMinimum);

} // namespace hoego::contrast
