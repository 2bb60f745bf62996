// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include <QString>

namespace hoego::test {

// Writes a closed database of several hundred pages to `path`: one year with 300 events of long Korean notes.
// False when anything failed. Damage in its middle passes the header and schema reads; only the page-by-page
// check (quick_check) finds it.
bool writeEventfulDatabase(const QString &path);
// Overwrites three pages in the middle of the file with garbage (b-tree pages whose cells point nowhere).
bool damageMiddlePages(const QString &path);

} // namespace hoego::test
