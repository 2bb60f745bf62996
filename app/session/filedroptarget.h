// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include <QObject>
#include <QStringList>

class QWidget;

namespace hoego {

// Lets files be dropped anywhere on a window: local files and folders are announced, also over a list, the
// timeline or the tab bar that take drops of their own; text and anything else is left to the widgets that take
// it, and so is a file dropped on a text field (its path lands there, as in any editor).
class FileDropTarget final : public QObject
{
    Q_OBJECT

public:
    // Watches `window` (and is deleted with it).
    static FileDropTarget *install(QWidget *window);

signals:
    void filesDropped(const QStringList &paths);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit FileDropTarget(QWidget *window);

    QWidget *m_window;
};

} // namespace hoego
