// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include <QDialog>

namespace hoego {

// Help > About: version, license, the database in use and the Qt it runs on.
class AboutDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(const QString &databasePath, QWidget *parent = nullptr);
};

} // namespace hoego
