#include "storedcommand.h"

#include <QUndoStack>

namespace hoego {

CommandFailures *CommandFailures::instance()
{
    static CommandFailures failures;
    return &failures;
}

StoredCommand::StoredCommand(const QString &text, QUndoCommand *parent) : QUndoCommand(text, parent) {}

void StoredCommand::redo() { record(apply()); }

void StoredCommand::undo() { record(revert()); }

void StoredCommand::record(Status status)
{
    *m_lastStatus = status;
    if (status.ok())
        return;
    setObsolete(true);
    emit CommandFailures::instance()->failed(text(), status.error().message);
}

Status pushStored(QUndoStack *stack, StoredCommand *command)
{
    const std::shared_ptr<const Status> outcome = command->lastStatus();
    stack->push(command);
    return *outcome;
}

} // namespace hoego
