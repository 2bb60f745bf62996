// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include <QFrame>

class QLabel;
class QTimer;

namespace hoego {

// A slim bar above a page's content that tells why an edit was refused. It never blocks (no modal box) and
// hides itself after a while or when the user closes it.
class InlineMessage final : public QFrame
{
    Q_OBJECT

public:
    explicit InlineMessage(QWidget *parent = nullptr);

    void showError(const QString &message);
    QString text() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyPalette();

    QLabel *m_label = nullptr;
    QTimer *m_hideTimer = nullptr;
};

} // namespace hoego
