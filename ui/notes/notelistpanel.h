// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "notestore.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QUndoStack;

namespace hoego {

struct ChangeSet;
class Journal;
class NotesModel;
class StoredCommand;
class PrivateToggle;

// One titled list of a year's lessons or unfinished items: edit in place, reorder, delete, link, and an entry
// line at the bottom that adds what is typed (or every line of what is pasted).
class NoteListPanel final : public QWidget
{
    Q_OBJECT

public:
    struct Texts
    {
        QString title;
        QString entryPlaceholder;
        QString emptyHint;
        QString objectPrefix; // "lesson" or "unfinished": objectNames are <prefix>List, <prefix>Entry...
    };

    NoteListPanel(Journal &journal, ListKind kind, QUndoStack *undo, const Texts &texts, QWidget *parent = nullptr);
    ~NoteListPanel() override;

    NotesModel *model() const { return m_model; }
    QListView *view() const { return m_view; }
    // Loads the year's items and link targets; returns the error message on failure.
    QString setYear(Id yearId);
    // Reads the year's items again and shows what differs, row by row; the current item stays current. The
    // panel calls it whenever the change feed reports a write to its table, whoever made it.
    void syncWithStore();
    void setReadOnly(bool readOnly);
    bool showItem(Id id);
    // Reads the events, sections or goals offered as links again (they may have changed on other pages).
    void refreshLinkTargets();
    // Adds one item per pasted line in one undo step; returns how many were added.
    int addLines(const QString &text);

signals:
    void errorOccurred(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    void followStoredChanges(const ChangeSet &changes);
    // Pushes an edit of this list and shows it at once; false when it was not stored (the list says why).
    bool push(StoredCommand *command);
    void addFromEntry();
    void removeCurrent();
    void moveCurrent(int delta);
    void requestTextEdit(Id id, const QString &text);
    void requestMove(Id id, int newIndex);
    void linkCurrentTo(int comboIndex);
    void showLinkTargets(const QList<LinkTarget> &targets);
    void updateLinkRow();
    void updateEmptyHint();
    ListItem currentItem() const;

    Journal &m_journal;
    NoteStore m_store;
    QUndoStack *m_undo;
    NotesModel *m_model;
    QListView *m_view;
    PrivateToggle *m_private = nullptr;
    QLabel *m_emptyHint;
    QComboBox *m_linkCombo;
    QLabel *m_linkLabel;
    QLineEdit *m_entry;
    bool m_readOnly = false;
    bool m_updatingLinkRow = false;
};

} // namespace hoego
