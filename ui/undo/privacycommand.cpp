// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "privacycommand.h"

#include <QCoreApplication>

namespace hoego {

SetPrivateCommand::SetPrivateCommand(const QString &connection, PrivateKind kind, Id id, bool isPrivate,
                                     QUndoCommand *parent)
    : StoredCommand(isPrivate ? QCoreApplication::translate("hoego::SetPrivateCommand", "Mark Private")
                              : QCoreApplication::translate("hoego::SetPrivateCommand", "Mark Public"),
                    parent)
    , m_connection(connection)
    , m_kind(kind)
    , m_id(id)
    , m_private(isPrivate)
{ }

Status SetPrivateCommand::apply()
{
    return privacy::setPrivate(m_connection, m_kind, m_id, m_private);
}

Status SetPrivateCommand::revert()
{
    return privacy::setPrivate(m_connection, m_kind, m_id, !m_private);
}

} // namespace hoego
