// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "legiblestyle.h"

#include "common/contrast.h"
#include "common/drawnicon.h"

#include <QGuiApplication>
#include <QPainter>
#include <QStyleOption>
#include <QWidget>

namespace hoego {

LegibleStyle::LegibleStyle(QStyle *base)
    : QProxyStyle(base)
{ }

void LegibleStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                                 const QWidget *widget) const
{
    QProxyStyle::drawPrimitive(element, option, painter, widget);
    const bool box = element == PE_IndicatorCheckBox || element == PE_IndicatorItemViewItemCheck;
    if ((!box && element != PE_IndicatorRadioButton) || !(option->state & State_Enabled))
        return;
    const QPalette &palette = option->palette;
    // Legible on the box (Base) and on what surrounds it (Window), whichever is harder.
    const QColor inside = palette.color(QPalette::Base);
    const QColor around = palette.color(option->state & State_Selected ? QPalette::Highlight : QPalette::Window);
    QColor outline = contrast::legibleOn(palette.color(QPalette::PlaceholderText), inside);
    outline = contrast::legibleOn(outline, around);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setBrush(Qt::NoBrush);
    painter->setPen(QPen(outline, 1.0));
    const QRectF rect = QRectF(option->rect).adjusted(0.5, 0.5, -0.5, -0.5);
    if (box)
        painter->drawRoundedRect(rect, 2, 2);
    else
        painter->drawEllipse(rect);
    painter->restore();
}

QIcon LegibleStyle::standardIcon(StandardPixmap icon, const QStyleOption *option, const QWidget *widget) const
{
    // Fusion's are dark grey pictures, faint on the dark palette. Reading one also made Qt's image reader load every
    // image format plugin while the menu bar was being made, before the first paint.
    using drawnicon::Glyph;
    if (icon == SP_ToolBarHorizontalExtensionButton) {
        const bool rightToLeft = widget ? widget->layoutDirection() == Qt::RightToLeft
                                        : QGuiApplication::layoutDirection() == Qt::RightToLeft;
        return drawnicon::drawn(rightToLeft ? Glyph::OverflowLeft : Glyph::Overflow);
    }
    if (icon == SP_ToolBarVerticalExtensionButton)
        return drawnicon::drawn(Glyph::OverflowDown);
    return QProxyStyle::standardIcon(icon, option, widget);
}

} // namespace hoego
