// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "result.h"

#include <QString>

namespace hoego {
class Database;
}

namespace hoego::cli {

struct CopyReport
{
    QString target; // the target's path or address
    int years = 0;
    int rows = 0;
};

// Copies the open `source` into `target` (a file, created when missing, or a server address), which must be
// empty; a file created for the copy is removed again when it fails.
Result<CopyReport> copyInto(const Database &source, const QString &target);

// Where `hoego backup` of a server database writes without --output: the backups folder of Hoego's data.
QString defaultServerBackupPath(const Database &server);

} // namespace hoego::cli
