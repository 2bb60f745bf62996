// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include <QColor>
#include <QIcon>
#include <QRectF>

class QPainter;

// The small padlock that marks a private item (issue 14) in lists, cards and menus. Drawn, not taken from a
// font, so it looks the same where no emoji font is installed.
namespace hoego::lockglyph {

// Paints the padlock centred in `box` (its height sets the size) in `color`.
void paint(QPainter &painter, const QRectF &box, const QColor &color);

// The width the padlock takes beside text of `lineHeight` pixels, gap included.
int width(int lineHeight);

// The padlock as an icon, for item views' decoration role and actions.
QIcon icon(const QColor &color);

} // namespace hoego::lockglyph
