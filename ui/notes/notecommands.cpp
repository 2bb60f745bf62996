// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "notecommands.h"

#include "undo/setvaluecommand.h"

#include <QCoreApplication>

namespace hoego {
namespace {

// Names the context of this file's strings for tr() and for lupdate alike.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hoego::NoteCommand)
};

QString named(const NoteStore &store, const char *lessonText, const char *unfinishedText)
{
    return Tr::tr(store.kind() == ListKind::Lesson ? lessonText : unfinishedText);
}

} // namespace

NoteCommand::NoteCommand(const QString &text, const NoteStore &store, QUndoCommand *parent)
    : StoredCommand(text, parent)
    , m_store(store)
{ }

AddNoteCommand::AddNoteCommand(const NoteStore &store, Id yearId, const QString &text, QUndoCommand *parent)
    : NoteCommand(named(store, QT_TRANSLATE_NOOP("hoego::NoteCommand", "Add Lesson"),
                        QT_TRANSLATE_NOOP("hoego::NoteCommand", "Add Unfinished Item")),
                  store, parent)
{
    m_item.yearId = yearId;
    m_item.text = text;
}

Status AddNoteCommand::apply()
{
    if (m_item.id > 0) {
        // A redo: the same row under the same id, so later commands still find it.
        if (Status restored = m_store.restore(m_item); !restored.ok())
            return restored;
    } else {
        auto created = m_store.create(m_item.yearId, m_item.text);
        if (!created.ok())
            return created;
        auto stored = m_store.get(created.value());
        if (!stored.ok())
            return stored;
        m_item = stored.value();
    }
    return {};
}

Status AddNoteCommand::revert()
{
    return m_store.remove(m_item.id);
}

StoredCommand *editNoteTextCommand(const NoteStore &store, Id id, const QString &oldText, const QString &newText)
{
    return new SetValueCommand<QString>(
            named(store, QT_TRANSLATE_NOOP("hoego::NoteCommand", "Edit Lesson"),
                  QT_TRANSLATE_NOOP("hoego::NoteCommand", "Edit Unfinished Item")),
            [copy = store, id](const QString &text, const std::optional<QString> &shown) mutable {
                return copy.setText(id, text, shown);
            },
            oldText, newText);
}

RemoveNoteCommand::RemoveNoteCommand(const NoteStore &store, const ListItem &item, QUndoCommand *parent)
    : NoteCommand(named(store, QT_TRANSLATE_NOOP("hoego::NoteCommand", "Delete Lesson"),
                        QT_TRANSLATE_NOOP("hoego::NoteCommand", "Delete Unfinished Item")),
                  store, parent)
    , m_item(item)
{ }

Status RemoveNoteCommand::apply()
{
    // Keep the row as stored right now (links and position included) so undo puts back exactly that.
    auto current = m_store.get(m_item.id);
    if (!current.ok())
        return current;
    m_item = current.value();
    return m_store.remove(m_item.id);
}

Status RemoveNoteCommand::revert()
{
    return m_store.restore(m_item);
}

MoveNoteCommand::MoveNoteCommand(const NoteStore &store, Id id, int fromIndex, int toIndex, QUndoCommand *parent)
    : NoteCommand(named(store, QT_TRANSLATE_NOOP("hoego::NoteCommand", "Move Lesson"),
                        QT_TRANSLATE_NOOP("hoego::NoteCommand", "Move Unfinished Item")),
                  store, parent)
    , m_id(id)
    , m_fromIndex(fromIndex)
    , m_toIndex(toIndex)
{ }

Status MoveNoteCommand::apply()
{
    return moveTo(m_toIndex);
}

Status MoveNoteCommand::revert()
{
    return moveTo(m_fromIndex);
}

Status MoveNoteCommand::moveTo(int index)
{
    return m_store.move(m_id, index);
}

LinkNoteCommand::LinkNoteCommand(const NoteStore &store, const ListItem &item, Id firstLink, Id secondLink,
                                 QUndoCommand *parent)
    : NoteCommand(firstLink == 0 && secondLink == 0
                          ? Tr::tr("Remove Link")
                          : named(store, QT_TRANSLATE_NOOP("hoego::NoteCommand", "Link Lesson"),
                                  QT_TRANSLATE_NOOP("hoego::NoteCommand", "Link Unfinished Item")),
                  store, parent)
    , m_id(item.id)
    , m_oldFirst(item.firstLink)
    , m_oldSecond(item.secondLink)
    , m_newFirst(firstLink)
    , m_newSecond(secondLink)
{ }

Status LinkNoteCommand::apply()
{
    return link(m_newFirst, m_newSecond);
}

Status LinkNoteCommand::revert()
{
    return link(m_oldFirst, m_oldSecond);
}

Status LinkNoteCommand::link(Id firstLink, Id secondLink)
{
    return m_store.setLinks(m_id, firstLink, secondLink);
}

} // namespace hoego
