// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "model/ids.h"
#include "storage/privacy.h"

#include <QModelIndex>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class QAbstractItemView;
class QItemSelectionModel;
class QAction;
class QUndoStack;

namespace hoego {

// The checkable "Private" action of one list (issue 14): Ctrl+Shift+P while the list has focus, in its context
// menu, checked when the current item is private. The mark is written by one undoable SetPrivateCommand. The
// list's model gives the item's id in `idRole` and its mark in `privateRole`.
class PrivateToggle final : public QObject
{
    Q_OBJECT

public:
    struct Setup
    {
        PrivateKind kind;
        int idRole;
        int privateRole;
        QString objectName;
        QString toolTip;
    };

    PrivateToggle(QAbstractItemView *view, QUndoStack *undo, QString connection, std::function<Id()> yearId,
                  const Setup &setup);

    QAction *action() const { return m_action; }
    void setReadOnly(bool readOnly);
    // Follows the current item; call when the list was read again.
    void update();
    void toggle();

signals:
    // After a mark was stored, so the page can show it at once.
    void stored();

private:
    QModelIndex currentIndex() const;

    // The list's selection model, not the list: a QListWidget resets its own model while the list is being
    // destroyed, and the list must not be called then; its selection model is still whole.
    QPointer<QItemSelectionModel> m_selection;
    QUndoStack *m_undo;
    QString m_connection;
    std::function<Id()> m_yearId;
    Setup m_setup;
    QAction *m_action;
    bool m_readOnly = false;
};

} // namespace hoego
