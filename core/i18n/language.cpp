// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "language.h"

namespace hoego::i18n {

QString languageCode(Language language)
{
    return language == Language::Korean ? QStringLiteral("ko") : QStringLiteral("en");
}

QString nativeLanguageName(Language language)
{
    return language == Language::Korean ? QStringLiteral("한국어") : QStringLiteral("English");
}

std::optional<Language> languageFromCode(const QString &code)
{
    // Only the language part matters: "ko_KR.UTF-8" and "ko-KR" are Korean as much as "ko".
    const QString lower = code.trimmed().toLower();
    const QString primary
            = lower.section(QLatin1Char('_'), 0, 0).section(QLatin1Char('-'), 0, 0).section(QLatin1Char('.'), 0, 0);
    if (primary == QLatin1String("ko"))
        return Language::Korean;
    if (primary == QLatin1String("en"))
        return Language::English;
    return std::nullopt;
}

Language languageForLocale(const QLocale &locale)
{
    return locale.language() == QLocale::Korean ? Language::Korean : Language::English;
}

Language chooseLanguage(const QString &commandLineCode, const QString &preferenceCode, const QLocale &system)
{
    if (const auto chosen = languageFromCode(commandLineCode))
        return *chosen;
    if (const auto saved = languageFromCode(preferenceCode))
        return *saved;
    return languageForLocale(system);
}

QLocale localeFor(Language language, const QLocale &system)
{
    const QLocale::Language wanted = language == Language::Korean ? QLocale::Korean : QLocale::English;
    if (system.language() == wanted)
        return system;
    return language == Language::Korean ? QLocale(QLocale::Korean, QLocale::SouthKorea)
                                        : QLocale(QLocale::English, QLocale::UnitedStates);
}

} // namespace hoego::i18n
