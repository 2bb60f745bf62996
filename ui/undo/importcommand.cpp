// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "importcommand.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace hoego {

ImportCommand::ImportCommand(QString connection, YearsFootprint before, YearsFootprint after, const QString &fileName)
    : StoredCommand(
            QCoreApplication::translate("hoego::ImportCommand", "Import %1").arg(QFileInfo(fileName).fileName()))
    , m_connection(std::move(connection))
    , m_before(std::move(before))
    , m_after(std::move(after))
{ }

Status ImportCommand::apply()
{
    // The first redo is the push: the import's own transaction wrote it already.
    if (m_alreadyWritten) {
        m_alreadyWritten = false;
        return {};
    }
    return restoreYearsFootprint(m_connection, m_after);
}

Status ImportCommand::revert()
{
    return restoreYearsFootprint(m_connection, m_before);
}

} // namespace hoego
