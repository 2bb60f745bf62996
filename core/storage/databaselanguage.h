// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "i18n/language.h"

#include <QString>

#include <optional>

namespace hoego {

// The language a database is written in, read from its own words (area names, year titles, event titles):
// Korean when Hangul makes up a good share of their letters, English when they are Latin, nothing while it has
// no words. Exports from the command line follow it, so a Korean database gets Korean headings without --lang.
std::optional<i18n::Language> databaseLanguage(const QString &connection);

// The same rule on any texts.
std::optional<i18n::Language> languageOfTexts(const QStringList &texts);

} // namespace hoego
