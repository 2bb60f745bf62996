// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include <QLocale>
#include <QString>

#include <optional>

namespace hoego::i18n {

// The languages Hoego's interface is translated into. English is the source language of every string.
enum class Language { English, Korean };

// "en" / "ko": the code used by --lang, the settings file and the .qm file names.
QString languageCode(Language language);
// The language's own name ("English", "한국어"), for choosers that must be readable in any UI language.
QString nativeLanguageName(Language language);
// Accepts "ko", "KO", "ko_KR", "ko-KR.UTF-8", "en", "en_GB"...; nullopt for anything else.
std::optional<Language> languageFromCode(const QString &code);
// Korean when the system locale is Korean, English otherwise.
Language languageForLocale(const QLocale &locale);

// The language to use: the --lang value when given (and valid), else the saved preference, else the system
// locale. An unknown code is skipped rather than refused so a stale setting cannot stop the app.
Language chooseLanguage(const QString &commandLineCode, const QString &preferenceCode, const QLocale &system);

// The locale whose dates and numbers match the language ("2024년 3월" / "March 2024"). The system locale is
// kept when it already speaks that language (en_GB keeps its day-month order), else the language's default.
QLocale localeFor(Language language, const QLocale &system = QLocale::system());

} // namespace hoego::i18n
