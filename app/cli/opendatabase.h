// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "commandline.h"
#include "storage/database.h"

#include <memory>

namespace hoego::cli {

// Opens the database for a subcommand; on failure prints the reason through the subcommand's error path and
// returns null (the caller exits with CannotOpenDatabase). Read-only commands never create a missing file.
std::unique_ptr<Database> openDatabase(const CommandArguments &arguments, bool forWriting);
// Opens an existing database to change it: a mistyped path is refused instead of becoming a new, empty database.
std::unique_ptr<Database> openExistingForChange(const CommandArguments &arguments);

} // namespace hoego::cli
