// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include <QStyledItemDelegate>

class QTextDocument;

namespace hoego {

// Draws a search hit as its title over a snippet, the matched words bold on a tint of the palette's highlight
// colour; group headers as a small bold line.
class SearchResultDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    void layoutHit(QTextDocument &document, const QStyleOptionViewItem &option, const QModelIndex &index,
                   int width) const;
};

} // namespace hoego
