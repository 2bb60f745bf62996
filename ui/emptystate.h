// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include <QWidget>

namespace hoego {

// What a new, empty database shows: a short invitation and the first actions to take.
class EmptyState final : public QWidget
{
    Q_OBJECT

public:
    explicit EmptyState(QWidget *parent = nullptr);

signals:
    void addYearRequested();
    void loadSampleRequested();
};

} // namespace hoego
