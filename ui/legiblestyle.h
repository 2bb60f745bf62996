// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include <QProxyStyle>

namespace hoego {

// Fusion with check boxes and radio buttons whose outline can be seen: Fusion draws an empty box in a shade
// barely apart from the window (1.1:1 in the dark palette), so an unchecked goal looked like no control at all.
// The outline is redrawn at 4.5:1 against the box and the window. The overflow buttons of toolbars and the menu
// bar get drawn chevrons in the palette's colour instead of Fusion's grey pictures.
class LegibleStyle final : public QProxyStyle
{
    Q_OBJECT

public:
    explicit LegibleStyle(QStyle *base);

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;
    QIcon standardIcon(StandardPixmap icon, const QStyleOption *option = nullptr,
                       const QWidget *widget = nullptr) const override;
};

} // namespace hoego
