// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "notestore.h"
#include "undo/storedcommand.h"

namespace hoego {

// Undoable edits of lessons and unfinished items. Each writes through its own copy of the store and nothing else:
// the list shows what is stored when the change feed announces it. A failed write is dropped by StoredCommand
// (and announced there); the list that pushed it shows the message in place.
class NoteCommand : public StoredCommand
{
public:
    NoteCommand(const QString &text, const NoteStore &store, QUndoCommand *parent);

protected:
    NoteStore m_store;
};

class AddNoteCommand final : public NoteCommand
{
public:
    AddNoteCommand(const NoteStore &store, Id yearId, const QString &text, QUndoCommand *parent = nullptr);
    Id itemId() const { return m_item.id; }

protected:
    Status apply() override;
    Status revert() override;

private:
    ListItem m_item;
};

StoredCommand *editNoteTextCommand(const NoteStore &store, Id id, const QString &oldText, const QString &newText);

class RemoveNoteCommand final : public NoteCommand
{
public:
    RemoveNoteCommand(const NoteStore &store, const ListItem &item, QUndoCommand *parent = nullptr);

protected:
    Status apply() override;
    Status revert() override;

private:
    ListItem m_item;
};

class MoveNoteCommand final : public NoteCommand
{
public:
    MoveNoteCommand(const NoteStore &store, Id id, int fromIndex, int toIndex, QUndoCommand *parent = nullptr);

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
    LinkNoteCommand(const NoteStore &store, const ListItem &item, Id firstLink, Id secondLink,
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
