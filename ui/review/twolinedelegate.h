// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include <QStyledItemDelegate>

namespace hoego {

// A list row as wrapped text over an optional small, faded line (a section's first words, the item a lesson
// is linked to). Rows grow with long Korean text instead of cutting it off.
class TwoLineDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    TwoLineDelegate(int secondaryRole, const QString &secondaryPrefix, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    QString secondaryText(const QModelIndex &index) const;

    int m_secondaryRole;
    QString m_secondaryPrefix;
};

} // namespace hoego
