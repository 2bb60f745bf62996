// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "twolinedelegate.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QPainter>

namespace hoego {
namespace {

constexpr int kPaddingX = 6;
constexpr int kPaddingY = 4;
constexpr int kLineGap = 1;
constexpr int kIconGap = 4;
constexpr int kFlags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;

QFont secondaryFont(const QFont &font)
{
    QFont small = font;
    small.setPointSizeF(font.pointSizeF() * 0.86);
    return small;
}

QColor faded(const QColor &text, const QColor &background)
{
    QColor mixed;
    mixed.setRgbF(text.redF() * 0.6 + background.redF() * 0.4, text.greenF() * 0.6 + background.greenF() * 0.4,
                  text.blueF() * 0.6 + background.blueF() * 0.4);
    return mixed;
}

int textWidth(const QStyleOptionViewItem &option)
{
    int width = option.rect.width();
    // While laying out, list views may pass no width: use the visible width of the list instead.
    if (const auto *view = qobject_cast<const QAbstractItemView *>(option.widget); view && width <= 0)
        width = view->viewport()->width();
    return qMax(40, width - 2 * kPaddingX);
}

} // namespace

TwoLineDelegate::TwoLineDelegate(int secondaryRole, const QString &secondaryPrefix, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_secondaryRole(secondaryRole)
    , m_secondaryPrefix(secondaryPrefix)
{ }

QString TwoLineDelegate::secondaryText(const QModelIndex &index) const
{
    const QString text = index.data(m_secondaryRole).toString();
    return text.isEmpty() ? text : m_secondaryPrefix + text;
}

void TwoLineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    // The decoration (a private item's padlock) goes before the first line, not centred over both.
    const QIcon icon = opt.icon;
    opt.icon = QIcon();
    opt.features &= ~QStyleOptionViewItem::HasDecoration;
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QColor textColor = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor background = opt.palette.color(group, selected ? QPalette::Highlight : QPalette::Base);

    painter->save();
    painter->setClipRect(option.rect);
    QRect area = option.rect.adjusted(kPaddingX, kPaddingY, -kPaddingX, -kPaddingY);
    painter->setFont(opt.font);
    painter->setPen(textColor);
    if (!icon.isNull()) {
        const int side = QFontMetrics(opt.font).height();
        icon.paint(painter, QRect(area.left(), area.top(), side, side));
        area.setLeft(area.left() + side + kIconGap);
    }
    QRect used;
    painter->drawText(area, kFlags, text, &used);

    const QString secondary = secondaryText(index);
    if (!secondary.isEmpty()) {
        const QFont small = secondaryFont(opt.font);
        const QFontMetrics metrics(small);
        painter->setFont(small);
        painter->setPen(faded(textColor, background));
        area.setTop(used.bottom() + 1 + kLineGap);
        painter->drawText(area, Qt::AlignLeft | Qt::AlignTop,
                          metrics.elidedText(secondary, Qt::ElideRight, area.width()));
    }
    painter->restore();
}

QSize TwoLineDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const int lineHeight = QFontMetrics(opt.font).height();
    const int iconWidth = opt.icon.isNull() ? 0 : lineHeight + kIconGap;
    const int width = qMax(40, textWidth(opt) - iconWidth);
    const QRect textRect = QFontMetrics(opt.font).boundingRect(QRect(0, 0, width, 100000), kFlags, opt.text);
    int height = qMax(textRect.height(), lineHeight);
    if (const QString secondary = secondaryText(index); !secondary.isEmpty()) {
        // Measure the text itself: Hangul comes from a fallback font taller than the list font's metrics.
        const QFontMetrics metrics(secondaryFont(opt.font));
        height += kLineGap + qMax(metrics.height(), metrics.boundingRect(secondary).height()) + 2;
    }
    return {width + iconWidth + 2 * kPaddingX, height + 2 * kPaddingY};
}

} // namespace hoego
