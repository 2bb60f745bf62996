// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "language.h"

namespace hoego::i18n {

// What applyLanguage could load; Hoego's own translation is always there (embedded), Qt's only when the
// distribution's Qt translations (qt6-translations-l10n) are installed.
struct LoadedTranslations
{
    bool hoego = false; // hoego_<code>.qm
    bool qt = false; // qtbase_<code>.qm: standard buttons and dialogs
};

// Switches the running application to `language`: replaces the translators Hoego installed before with
// Hoego's own and Qt's, and makes the language's locale the default so dates, numbers and sorting follow.
// Widgets built before the call keep their text; Hoego applies the language at start-up.
// Needs a QCoreApplication.
LoadedTranslations applyLanguage(Language language);

// At start-up: chooses the language (--lang, else the saved preference, else the system locale), applies it
// and returns it.
Language applyStartupLanguage(const QString &commandLineCode, const QString &preferenceCode);

// Whether the user named the language at start-up (--lang, a saved preference, or a system locale that is a
// language): false under the "C" locale of a script, where English is only the fallback. A new database then
// takes its language from its own words rather than storing the fallback.
bool startupLanguageWasChosen();

// The folders searched for Hoego's .qm files, first match wins: the installed share/hoego/translations next
// to the binary, then the copy embedded in the binary.
QStringList hoegoTranslationFolders();

} // namespace hoego::i18n
