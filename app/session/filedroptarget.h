// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include <QObject>
#include <QStringList>

class QWidget;

namespace hoego {

// Lets files be dropped on a window: local files and folders are announced; text and anything else is left to
// the widgets that take it (a dropped path still lands in a text editor under the pointer).
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
};

} // namespace hoego
