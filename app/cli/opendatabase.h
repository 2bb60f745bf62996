#pragma once

#include "command.h"
#include "storage/database.h"

#include <memory>

namespace hoego::cli {

// Opens the database for a subcommand; on failure prints the reason to stderr and returns null (the caller
// exits with CannotOpenDatabase). Read-only commands never create a missing file.
std::unique_ptr<Database> openDatabase(Context &context, bool forWriting);

} // namespace hoego::cli
