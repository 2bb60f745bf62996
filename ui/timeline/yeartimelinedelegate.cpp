// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "yeartimelinedelegate.h"

#include "yeartimelinemodel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace hoego {
namespace {

constexpr int kMargin = 3;
constexpr qreal kRadius = 7.0;

QFont numberFont(const QFont &base)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * 1.35);
    font.setBold(true);
    return font;
}

QFont smallFont(const QFont &base)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * 0.85);
    return font;
}

} // namespace

QSize YearTimelineDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    Q_UNUSED(index)
    const QFontMetrics big(numberFont(option.font));
    const QFontMetrics small(smallFont(option.font));
    const int width = std::max({big.horizontalAdvance(QStringLiteral("0000")), small.horizontalAdvance(tr("99 events")),
                                small.horizontalAdvance(YearTimelineModel::goalsText(99, 99))})
            + 28;
    // The number, the events, the goals done of counted goals, and the bar.
    const int height = big.height() + 2 * small.height() + 24;
    return {width + 2 * kMargin, height + 2 * kMargin};
}

void YearTimelineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QPalette &palette = option.palette;
    const bool selected = option.state.testFlag(QStyle::State_Selected);
    const bool hovered = option.state.testFlag(QStyle::State_MouseOver);
    const bool current = index.data(YearTimelineModel::IsCurrentYearRole).toBool();
    const QRectF card = QRectF(option.rect).adjusted(kMargin + 0.5, kMargin + 0.5, -kMargin - 0.5, -kMargin - 0.5);

    QColor fill = palette.color(QPalette::Base);
    if (selected)
        fill = palette.color(QPalette::Highlight);
    else if (hovered)
        fill = palette.color(QPalette::AlternateBase);
    QColor border = palette.color(QPalette::Mid);
    if (current && !selected)
        border = palette.color(QPalette::Highlight);
    QPainterPath path;
    path.addRoundedRect(card, kRadius, kRadius);
    painter->fillPath(path, fill);
    painter->setPen(QPen(border, current ? 1.6 : 1.0));
    painter->drawPath(path);

    const QColor text = palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    QColor dim = text;
    dim.setAlphaF(0.7f);

    const QFont big = numberFont(option.font);
    const QFont small = smallFont(option.font);
    const QFontMetrics bigMetrics(big);
    const QFontMetrics smallMetrics(small);
    const QRectF inner = card.adjusted(8, 6, -8, -6);

    painter->setFont(big);
    painter->setPen(text);
    const QRectF numberRect(inner.left(), inner.top(), inner.width(), bigMetrics.height());
    painter->drawText(numberRect, Qt::AlignHCenter | Qt::AlignVCenter, index.data(Qt::DisplayRole).toString());

    if (current) {
        // A dot in the corner says "this is now" without taking room from the number.
        const QColor mark = palette.color(selected ? QPalette::HighlightedText : QPalette::Highlight);
        painter->setPen(Qt::NoPen);
        painter->setBrush(mark);
        painter->drawEllipse(QPointF(card.right() - 8, card.top() + 8), 3.0, 3.0);
    }

    painter->setFont(small);
    painter->setPen(dim);
    const int events = index.data(YearTimelineModel::EventCountRole).toInt();
    const QRectF countRect(inner.left(), numberRect.bottom() + 1, inner.width(), smallMetrics.height());
    painter->drawText(countRect, Qt::AlignHCenter | Qt::AlignVCenter,
                      smallMetrics.elidedText(tr("%n event(s)", "", events), Qt::ElideRight, int(inner.width())));

    // Goals done of counted goals, by the one counting rule (dropped and carried goals left out).
    const int goals = index.data(YearTimelineModel::GoalCountRole).toInt();
    if (const QString goalsText = index.data(YearTimelineModel::GoalsTextRole).toString(); !goalsText.isEmpty()) {
        const QRectF goalsRect(inner.left(), countRect.bottom() + 1, inner.width(), smallMetrics.height());
        painter->drawText(goalsRect, Qt::AlignHCenter | Qt::AlignVCenter,
                          smallMetrics.elidedText(goalsText, Qt::ElideRight, int(inner.width())));
    }

    // The goals bar: a track with the done share filled; absent goals leave an empty track.
    const double share = index.data(YearTimelineModel::GoalShareRole).toDouble();
    const QRectF track(inner.left() + 4, inner.bottom() - 4, inner.width() - 8, 4);
    QColor trackColor = selected ? palette.color(QPalette::HighlightedText) : palette.color(QPalette::Mid);
    trackColor.setAlphaF(goals > 0 ? 0.35f : 0.18f);
    painter->setPen(Qt::NoPen);
    painter->setBrush(trackColor);
    painter->drawRoundedRect(track, 2, 2);
    if (goals > 0 && share > 0) {
        QRectF done = track;
        done.setWidth(std::max(4.0, track.width() * share));
        painter->setBrush(selected ? palette.color(QPalette::HighlightedText) : palette.color(QPalette::Highlight));
        painter->drawRoundedRect(done, 2, 2);
    }

    if (option.state.testFlag(QStyle::State_HasFocus)) {
        QPen focusPen(palette.color(QPalette::Highlight), 1.0, Qt::DotLine);
        if (selected)
            focusPen.setColor(palette.color(QPalette::HighlightedText));
        painter->setPen(focusPen);
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(card.adjusted(2, 2, -2, -2), kRadius - 2, kRadius - 2);
    }
    painter->restore();
}

} // namespace hoego
