// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include <QStyledItemDelegate>

namespace hoego {

// Paints the board's rich cells: a progress bar with its "7/12" text, the status as a coloured chip, the area
// with its colour dot, and a "carried N years" badge after the title. Checkboxes stay the style's own.
class GoalsDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    void paintTitle(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;
    void paintArea(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;
    void paintProgress(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;
    void paintStatus(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;
};

} // namespace hoego
