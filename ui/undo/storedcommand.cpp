// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "storedcommand.h"

#include "storage/changefeed.h"
#include "storage/rowversion.h"

#include <QUndoStack>

#include <utility>

namespace hoego {

CommandFailures *CommandFailures::instance()
{
    static CommandFailures failures;
    return &failures;
}

StoredCommand::StoredCommand(const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent)
{ }

void StoredCommand::redo()
{
    run([this] { return apply(); });
}

void StoredCommand::undo()
{
    run([this] { return revert(); });
}

template<typename Write>
void StoredCommand::run(Write write)
{
    if (Status latest = rowversion::ownWritesStillLatest(m_written, text()); !latest.ok()) {
        record(latest);
        return;
    }
    const quint64 mark = clientledger::heardSoFar();
    Status written = write();
    if (written.ok()) {
        // The server has already sent this commit's announcements; hearing them now tells which rows it wrote.
        ChangeFeed::settleFollowed();
        m_written = clientledger::ownWritesSince(mark);
    }
    record(written);
}

void StoredCommand::record(Status status)
{
    *m_lastStatus = status;
    const bool shownInPage = std::exchange(m_shownInPage, false);
    if (status.ok())
        return;
    setObsolete(true);
    emit CommandFailures::instance()->failed(text(), status.error().message, shownInPage);
}

Id StoredCommand::yearOf(const QUndoCommand *command)
{
    if (!command)
        return 0;
    if (const auto *stored = dynamic_cast<const StoredCommand *>(command); stored && stored->yearId() > 0)
        return stored->yearId();
    for (int i = 0; i < command->childCount(); ++i) {
        if (const Id year = yearOf(command->child(i)); year > 0)
            return year;
    }
    return 0;
}

Status pushStored(QUndoStack *stack, StoredCommand *command)
{
    const std::shared_ptr<const Status> outcome = command->lastStatus();
    stack->push(command);
    return *outcome;
}

Status pushShownInPage(QUndoStack *stack, StoredCommand *command)
{
    command->setShownInPage();
    return pushStored(stack, command);
}

} // namespace hoego
