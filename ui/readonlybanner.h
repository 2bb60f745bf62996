// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include <QFrame>

class QLabel;
class QMainWindow;

namespace hoego {

// The visible notice that a database is open read-only, with the reason (a read-only file or folder, or on
// request), and that reading, searching and exporting still work while editing is off.
class ReadOnlyBanner final : public QFrame
{
    Q_OBJECT

public:
    explicit ReadOnlyBanner(const QString &reason, QWidget *parent = nullptr);

    QString text() const;

    // Puts a banner across the top of `window`, below its toolbars, where it cannot be moved or hidden.
    static ReadOnlyBanner *addTo(QMainWindow *window, const QString &reason);

private:
    QLabel *m_text = nullptr;
};

} // namespace hoego
