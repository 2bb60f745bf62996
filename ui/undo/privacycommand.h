// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "storage/privacy.h"
#include "storedcommand.h"

namespace hoego {

// Marks one item or area private or public again (issue 14). One command for every kind: the mark is the same
// column on each table, and undo writes the opposite mark.
class SetPrivateCommand final : public StoredCommand
{
public:
    SetPrivateCommand(const QString &connection, PrivateKind kind, Id id, bool isPrivate,
                      QUndoCommand *parent = nullptr);

protected:
    Status apply() override;
    Status revert() override;

private:
    QString m_connection;
    PrivateKind m_kind;
    Id m_id;
    bool m_private;
};

} // namespace hoego
