// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include <QDialog>

class QLabel;
class QListView;
class QPushButton;
class QUndoStack;

namespace hoego {

class AreaRepository;
class AreasModel;
class StoredCommand;

// Edit > Areas…: rename (in place, F2), recolour, add, remove and reorder the areas events and goals belong
// to. Every change is a step on the window's undo stack (Ctrl+Z works here too); a refused change (an empty
// or duplicate name) is explained in the dialog and nothing is stored.
class AreasDialog final : public QDialog
{
    Q_OBJECT

public:
    AreasDialog(AreaRepository &areas, QUndoStack *undo, bool readOnly, QWidget *parent = nullptr);

    AreasModel *model() const { return m_model; }
    // What the buttons do, callable directly (the colour button asks with a QColorDialog first).
    bool addArea();
    bool recolorCurrent(const QColor &color);
    bool removeCurrent();
    bool moveCurrent(int delta);

private:
    void reload();
    void selectArea(long long id);
    void showMessage(const QString &text, bool error);
    void updateButtons();
    void togglePrivateOfCurrent();
    bool push(StoredCommand *command, long long selectId);

    AreaRepository &m_areas;
    QUndoStack *m_undo;
    bool m_readOnly;
    AreasModel *m_model;
    QListView *m_list;
    QLabel *m_message;
    QPushButton *m_add;
    QPushButton *m_rename;
    QPushButton *m_color;
    QPushButton *m_remove;
    QPushButton *m_up;
    QPushButton *m_down;
    QPushButton *m_private;
};

} // namespace hoego
