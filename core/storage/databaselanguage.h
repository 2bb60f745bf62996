// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "i18n/language.h"
#include "result.h"

#include <QString>

#include <optional>

namespace hoego {

// The language a database is written in (issue 15). Stored in the database when it is created with a language
// (window or command line) and when the user changes it; exports from the command line follow it, so a Korean
// database gets Korean headings without --lang. A database from before it was stored has it read from its own
// words (area names, year titles, event titles), and the answer is stored the first time the file is writable.
std::optional<i18n::Language> databaseLanguage(const QString &connection);

// Only what is stored; nothing for a database that never had its language written.
std::optional<i18n::Language> storedDatabaseLanguage(const QString &connection);
Status setDatabaseLanguage(const QString &connection, i18n::Language language);

// The language of any texts: Korean when Hangul makes up a good share of their letters, English when they are
// Latin, nothing while there are no words.
std::optional<i18n::Language> languageOfTexts(const QStringList &texts);

} // namespace hoego
