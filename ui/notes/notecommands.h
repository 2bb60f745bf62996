// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "notestore.h"
#include "undo/storedcommand.h"

#include <QPointer>

namespace hoego {

class NotesModel;

// Undoable edits of lessons and unfinished items. Each writes through its own copy of the store; after a
// successful write it tells the model what is stored now. A failed write is dropped by StoredCommand (and
// announced there) and also shown next to the list through the model. The model may be gone (page closed):
// the database is still updated.
class NoteCommand : public StoredCommand
{
public:
    NoteCommand(const QString &text, const NoteStore &store, NotesModel *model, QUndoCommand *parent);

protected:
    // Passes `status` on, telling the model's page when it is a failure.
    Status reported(const Status &status);
    // Reads the stored item back into the model.
    Status applyStored(Id id);

    NoteStore m_store;
    QPointer<NotesModel> m_model;
};

class AddNoteCommand final : public NoteCommand
{
public:
    AddNoteCommand(const NoteStore &store, NotesModel *model, Id yearId, const QString &text,
                   QUndoCommand *parent = nullptr);
    Id itemId() const { return m_item.id; }

protected:
    Status apply() override;
    Status revert() override;

private:
    NoteItem m_item;
};

class EditNoteTextCommand final : public NoteCommand
{
public:
    EditNoteTextCommand(const NoteStore &store, NotesModel *model, Id id, const QString &oldText,
                        const QString &newText, QUndoCommand *parent = nullptr);

protected:
    Status apply() override;
    Status revert() override;

private:
    Status write(const QString &text);

    Id m_id;
    QString m_oldText;
    QString m_newText;
};

class RemoveNoteCommand final : public NoteCommand
{
public:
    RemoveNoteCommand(const NoteStore &store, NotesModel *model, const NoteItem &item, QUndoCommand *parent = nullptr);

protected:
    Status apply() override;
    Status revert() override;

private:
    NoteItem m_item;
};

class MoveNoteCommand final : public NoteCommand
{
public:
    MoveNoteCommand(const NoteStore &store, NotesModel *model, Id id, int fromIndex, int toIndex,
                    QUndoCommand *parent = nullptr);

protected:
    Status apply() override;
    Status revert() override;

private:
    Status moveTo(int index);

    Id m_id;
    int m_fromIndex;
    int m_toIndex;
};

class LinkNoteCommand final : public NoteCommand
{
public:
    LinkNoteCommand(const NoteStore &store, NotesModel *model, const NoteItem &item, Id firstLink, Id secondLink,
                    QUndoCommand *parent = nullptr);

protected:
    Status apply() override;
    Status revert() override;

private:
    Status link(Id firstLink, Id secondLink);

    Id m_id;
    Id m_oldFirst;
    Id m_oldSecond;
    Id m_newFirst;
    Id m_newSecond;
};

} // namespace hoego
