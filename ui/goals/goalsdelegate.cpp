// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "goalsdelegate.h"

#include "common/contrast.h"
#include "common/lockglyph.h"
#include "goalsmodel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>
#include <QRegularExpression>

namespace hoego {
namespace {

constexpr int kPadding = 8;
constexpr int kMinTitleWidth = 120; // below this a carried goal's chip is drawn short

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

// Status colours keep their meaning in both palettes; only their strength changes, so that they stay legible
// on the list's background.
QColor statusColor(GoalStatus status, const QPalette &palette)
{
    QColor color = palette.color(QPalette::Highlight);
    switch (status) {
    case GoalStatus::Done:
        color = QColor(0x2E, 0x9E, 0x6A);
        break;
    case GoalStatus::Dropped:
        color = palette.color(QPalette::Disabled, QPalette::Text);
        break;
    case GoalStatus::CarriedOver:
        color = QColor(0xC7, 0x7D, 0x1A);
        break;
    case GoalStatus::Open:
        break;
    }
    return contrast::legibleOn(color, palette.color(QPalette::Base));
}

// What a cell's content is painted on: the highlight when selected, else the row's base.
QColor cellBackground(const QStyleOptionViewItem &option)
{
    if (option.state & QStyle::State_Selected)
        return option.palette.color(QPalette::Highlight);
    return option.palette.color(option.features & QStyleOptionViewItem::Alternate ? QPalette::AlternateBase
                                                                                  : QPalette::Base);
}

// A rounded chip with text; returns its width.
int drawChip(QPainter *painter, const QRect &area, const QString &text, const QColor &color, const QFont &font,
             const QStyleOptionViewItem &option, Qt::Alignment alignment)
{
    const QPalette &palette = option.palette;
    const bool selected = option.state & QStyle::State_Selected;
    QFont chipFont = font;
    chipFont.setPointSizeF(font.pointSizeF() * 0.86);
    const QFontMetrics metrics(chipFont);
    const int width = metrics.horizontalAdvance(text) + 2 * kPadding;
    const int height = metrics.height() + 4;
    const int x = alignment & Qt::AlignRight ? area.right() - width : area.left();
    const QRect chip(x, area.center().y() - height / 2, width, height);
    // On a selected row the chip is drawn in the highlighted text colour so it stays readable on the highlight.
    QColor fill = selected ? palette.color(QPalette::HighlightedText) : color;
    fill.setAlpha(selected ? 255 : (isDark(palette) ? 90 : 40)); // opaque: the chip itself stands out at 4.5:1
    painter->setPen(Qt::NoPen);
    painter->setBrush(fill);
    painter->drawRoundedRect(chip, height / 2.0, height / 2.0);
    painter->setFont(chipFont);
    const QColor wanted = selected ? color.darker(isDark(palette) ? 100 : 120)
                                   : (isDark(palette) ? color.lighter(150) : color.darker(135));
    painter->setPen(contrast::legibleOn(wanted, contrast::composited(fill, cellBackground(option))));
    painter->drawText(chip, Qt::AlignCenter, text);
    return width;
}

// Draws the selection/hover background the style would, without the text, so custom content sits on top.
void drawBackground(QPainter *painter, const QStyleOptionViewItem &option)
{
    QStyleOptionViewItem background = option;
    background.text.clear();
    background.icon = QIcon();
    background.features &= ~QStyleOptionViewItem::HasDisplay;
    background.features &= ~QStyleOptionViewItem::HasDecoration;
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);
}

} // namespace

void GoalsDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    switch (index.column()) {
    case GoalsModel::TitleColumn:
        paintTitle(painter, option, index);
        return;
    case GoalsModel::AreaColumn:
        paintArea(painter, option, index);
        return;
    case GoalsModel::ProgressColumn:
        paintProgress(painter, option, index);
        return;
    case GoalsModel::StatusColumn:
        paintStatus(painter, option, index);
        return;
    default:
        QStyledItemDelegate::paint(painter, option, index);
    }
}

QSize GoalsDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(qMax(size.height(), option.fontMetrics.height() + 18));
    if (index.column() == GoalsModel::ProgressColumn)
        size.setWidth(qMax(size.width(), 150));
    if (index.column() == GoalsModel::StatusColumn)
        size.setWidth(size.width() + 3 * kPadding);
    return size;
}

void GoalsDelegate::paintTitle(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString title = opt.text;
    drawBackground(painter, opt);

    painter->save();
    const auto status = GoalStatus(index.data(GoalsModel::StatusRole).toInt());
    const bool selected = opt.state & QStyle::State_Selected;
    QRect text = opt.rect.adjusted(kPadding, 0, -kPadding, 0);
    const QString badge = index.data(GoalsModel::CarriedBadgeRole).toString();
    if (!badge.isEmpty()) {
        // In a narrow column the chip shrinks to "↻2" (the full text is in the tooltip), so the title keeps room.
        QString shown = badge;
        if (text.width() - opt.fontMetrics.horizontalAdvance(badge) - 3 * kPadding < kMinTitleWidth) {
            static const QRegularExpression years(QStringLiteral("\\d+"));
            shown = QStringLiteral("↻") + years.match(badge).captured();
        }
        const int width = drawChip(painter, text, shown, QColor(0xC7, 0x7D, 0x1A), opt.font, opt, Qt::AlignRight);
        text.setRight(text.right() - width - kPadding);
    }
    QFont font = opt.font;
    font.setStrikeOut(status == GoalStatus::Dropped);
    painter->setFont(font);
    QColor color = opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    if (status == GoalStatus::Dropped || status == GoalStatus::CarriedOver)
        color = contrast::legibleOn(opt.palette.color(QPalette::Disabled, QPalette::Text), cellBackground(opt));
    painter->setPen(color);
    // A private goal carries a small padlock before its title (issue 14).
    if (index.data(GoalsModel::PrivateRole).toBool()) {
        const int lock = lockglyph::width(QFontMetrics(font).height());
        lockglyph::paint(*painter, QRectF(text.left(), text.top(), lock - 4, text.height()), color);
        text.setLeft(text.left() + lock);
    }
    painter->drawText(text, Qt::AlignVCenter | Qt::AlignLeft,
                      QFontMetrics(font).elidedText(title, Qt::ElideMiddle, text.width()));
    painter->restore();
}

void GoalsDelegate::paintArea(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString name = index.data(Qt::DisplayRole).toString();
    drawBackground(painter, opt);
    if (name.isEmpty())
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QColor color = index.data(GoalsModel::AreaColorRole).value<QColor>();
    const int dot = 10;
    const QRect rect = opt.rect.adjusted(kPadding, 0, -kPadding, 0);
    painter->setPen(Qt::NoPen);
    painter->setBrush(color.isValid()
                              ? color
                              : contrast::legibleOn(opt.palette.color(QPalette::PlaceholderText), cellBackground(opt)));
    painter->drawEllipse(QRect(rect.left(), rect.center().y() - dot / 2, dot, dot));
    painter->setPen(opt.palette.color(opt.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
    const QRect text = rect.adjusted(dot + 6, 0, 0, 0);
    painter->drawText(text, Qt::AlignVCenter | Qt::AlignLeft,
                      opt.fontMetrics.elidedText(name, Qt::ElideRight, text.width()));
    painter->restore();
}

void GoalsDelegate::paintProgress(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    drawBackground(painter, opt);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const auto status = GoalStatus(index.data(GoalsModel::StatusRole).toInt());
    const double fraction = index.data(GoalsModel::FractionRole).toDouble();
    const QString label = index.data(GoalsModel::ProgressTextRole).toString();
    const QRect rect = opt.rect.adjusted(kPadding, 0, -kPadding, 0);
    const int labelWidth = opt.fontMetrics.horizontalAdvance(QStringLiteral("100/100")) + 4;
    const int barHeight = 8;
    const QRectF bar(rect.left(), rect.center().y() - barHeight / 2.0, qMax(10, rect.width() - labelWidth - kPadding),
                     barHeight);
    const bool selected = opt.state & QStyle::State_Selected;
    QColor track = selected ? opt.palette.color(QPalette::HighlightedText) : opt.palette.color(QPalette::Mid);
    track.setAlpha(selected ? 90 : (isDark(opt.palette) ? 120 : 70));
    painter->setPen(Qt::NoPen);
    painter->setBrush(track);
    painter->drawRoundedRect(bar, barHeight / 2.0, barHeight / 2.0);
    if (fraction > 0) {
        QRectF filled = bar;
        filled.setWidth(qMax(double(barHeight), bar.width() * fraction));
        QColor fill = statusColor(status, opt.palette);
        if (status == GoalStatus::Open)
            fill = selected ? opt.palette.color(QPalette::HighlightedText)
                            : contrast::legibleOn(opt.palette.color(QPalette::Highlight), cellBackground(opt));
        painter->setBrush(fill);
        painter->drawRoundedRect(filled, barHeight / 2.0, barHeight / 2.0);
    }
    painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(QRect(int(bar.right()) + kPadding, rect.top(), labelWidth, rect.height()),
                      Qt::AlignVCenter | Qt::AlignRight, label);
    painter->restore();
}

void GoalsDelegate::paintStatus(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    drawBackground(painter, opt);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const auto status = GoalStatus(index.data(GoalsModel::StatusRole).toInt());
    drawChip(painter, opt.rect.adjusted(kPadding, 0, -kPadding, 0), text, statusColor(status, opt.palette), opt.font,
             opt, Qt::AlignLeft);
    painter->restore();
}

} // namespace hoego
