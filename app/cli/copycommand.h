// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "result.h"

#include <QString>

namespace hoego {
class Database;
}

namespace hoego::cli {

// Where `hoego backup` of a server database writes without --output: the backups folder of Hoego's data.
QString defaultServerBackupPath(const Database &server);

} // namespace hoego::cli
