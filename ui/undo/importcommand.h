// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "storage/yearsfootprint.h"
#include "storedcommand.h"

namespace hoego {

// An import made in the window, as one undo step. The import has already been written when the command is
// pushed; undo puts the years it touched and the shared areas, themes and questions back as they were before
// it, redo as the import left them.
class ImportCommand final : public StoredCommand
{
public:
    ImportCommand(QString connection, YearsFootprint before, YearsFootprint after, const QString &fileName);

protected:
    Status apply() override;
    Status revert() override;

private:
    QString m_connection;
    YearsFootprint m_before;
    YearsFootprint m_after;
    bool m_alreadyWritten = true;
};

} // namespace hoego
