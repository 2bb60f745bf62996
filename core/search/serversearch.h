// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "searchservice.h"

namespace hoego::serversearch {

// SearchService::search on a server database: the same rows, order and snippets, found by case-insensitive
// substring matches over the schema's search_text view, newest years first as SQLite's search walks them.
Result<QList<SearchHit>> search(const QString &connection, const QStringList &words, int limit);

} // namespace hoego::serversearch
