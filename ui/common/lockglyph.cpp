// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "lockglyph.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace hoego::lockglyph {

void paint(QPainter &painter, const QRectF &box, const QColor &color)
{
    const qreal size = std::min(box.width(), box.height()) * 0.8;
    const QRectF glyph(box.center().x() - size * 0.4, box.center().y() - size * 0.5, size * 0.8, size);
    // The body is the lower 55%, the shackle an arch above it.
    const QRectF body(glyph.left(), glyph.top() + glyph.height() * 0.45, glyph.width(), glyph.height() * 0.55);
    const qreal stroke = std::max<qreal>(1.2, size / 9.0);
    const QRectF shackle(glyph.left() + glyph.width() * 0.2, glyph.top() + stroke / 2, glyph.width() * 0.6,
                         glyph.height() * 0.7);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(color, stroke, Qt::SolidLine, Qt::RoundCap));
    painter.setBrush(Qt::NoBrush);
    QPainterPath arch;
    arch.moveTo(shackle.left(), body.top());
    arch.lineTo(shackle.left(), shackle.top() + shackle.width() / 2);
    arch.arcTo(QRectF(shackle.left(), shackle.top(), shackle.width(), shackle.width()), 180, -180);
    arch.lineTo(shackle.right(), body.top());
    painter.drawPath(arch);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawRoundedRect(body, stroke, stroke);
    painter.restore();
}

int width(int lineHeight)
{
    return int(lineHeight * 0.8) + 4;
}

QIcon icon(const QColor &color)
{
    QIcon result;
    for (int size : {16, 24, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        paint(painter, QRectF(0, 0, size, size), color);
        painter.end();
        result.addPixmap(pixmap);
    }
    return result;
}

} // namespace hoego::lockglyph
