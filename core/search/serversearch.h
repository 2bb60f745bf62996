// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "searchservice.h"

namespace hoego::serversearch {

// SearchService::search on a server database: the same rows, order and snippets, found by case-insensitive
// substring matches over the schema's search_text view. A word of three letters or more is looked up in the
// schema's trigram index (version 10, where pg_trgm is there); a shorter one is found by reading the texts. The
// newest years are read first, as SQLite's search does, so a common word stops there.
Result<QList<SearchHit>> search(const QString &connection, const QStringList &words, int limit);

} // namespace hoego::serversearch
