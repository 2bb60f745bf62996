// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include <QDialog>

class QLineEdit;

namespace hoego {

// Asks why a goal is dropped; the reason is kept with the goal. Opened with open(), read on accepted().
class DropGoalDialog final : public QDialog
{
    Q_OBJECT

public:
    DropGoalDialog(const QString &goalTitle, QWidget *parent = nullptr);
    QString reason() const;

private:
    QLineEdit *m_reason = nullptr;
};

} // namespace hoego
