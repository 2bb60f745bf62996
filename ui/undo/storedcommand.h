// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "model/ids.h"
#include "result.h"
#include "storage/server/clientledger.h"

#include <QObject>
#include <QUndoCommand>

#include <memory>

class QUndoStack;

namespace hoego {

// Where failed writes of undo commands are announced. A write can fail on redo, undo or the first push (disk
// full, read-only file, a row removed meanwhile); the window shows the message without blocking.
class CommandFailures final : public QObject
{
    Q_OBJECT

public:
    static CommandFailures *instance();

signals:
    // `action` is the command's text ("Add Event"), `message` the core's explanation. `shownInPage`: the page
    // that owns the edit already shows the message in place, so the window only notes it in the status bar.
    void failed(const QString &action, const QString &message, bool shownInPage);

private:
    CommandFailures() = default;
};

// An undoable edit that writes through a core repository. Subclasses implement apply() (do and redo) and
// revert() (undo); each returns the core's Status. When a write fails the command marks itself obsolete, so
// QUndoStack drops it instead of keeping an entry whose undo would replay a write that never happened.
class StoredCommand : public QUndoCommand
{
public:
    explicit StoredCommand(const QString &text, QUndoCommand *parent = nullptr);

    void redo() final;
    void undo() final;

    // The outcome of the latest redo or undo; shared so it outlives the command when the stack deletes it.
    std::shared_ptr<const Status> lastStatus() const { return m_lastStatus; }

    // The year the edit belongs to (0: none or unknown). The window opens it when the edit is undone or
    // redone from elsewhere, so the user sees what changed.
    Id yearId() const { return m_yearId; }
    void setYearId(Id yearId) { m_yearId = yearId; }
    // The year of `command`, or of the first child of a macro that has one.
    static Id yearOf(const QUndoCommand *command);

    // Called while a failing apply() or revert() hands its error to the page that shows it in place.
    void setShownInPage() { m_shownInPage = true; }

protected:
    virtual Status apply() = 0;
    virtual Status revert() = 0;

private:
    template<typename Write>
    void run(Write write);
    void record(Status status);

    // The rows this command's latest redo or undo wrote on a server, as the client ledger heard them: the next undo
    // or redo is refused when another client wrote one of them since (issue 16). Empty on a SQLite file.
    QList<clientledger::WrittenRow> m_written;

    std::shared_ptr<Status> m_lastStatus = std::make_shared<Status>();
    Id m_yearId = 0;
    bool m_shownInPage = false;
};

// Pushes `command` and returns whether its first write succeeded (the stack then owns or has deleted it).
// Callers use the result to keep a dialog open or restore a field; the failure is also announced.
Status pushStored(QUndoStack *stack, StoredCommand *command);
// The same, for a page that shows the failure of its own edit in place: the window then only notes it in the
// status bar. A failure on a later undo or redo (from the Edit menu) is the window's to show.
Status pushShownInPage(QUndoStack *stack, StoredCommand *command);

} // namespace hoego
