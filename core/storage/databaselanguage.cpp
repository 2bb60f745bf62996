// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "databaselanguage.h"

#include "databasesettings.h"
#include "sql.h"

namespace hoego {
namespace {

const QString kLanguageKey = QStringLiteral("language");

std::optional<i18n::Language> inferredLanguage(const QString &connection)
{
    auto rows = sql::exec(connection,
                          QStringLiteral("SELECT name FROM area UNION ALL SELECT title FROM year "
                                         "UNION ALL SELECT title FROM (SELECT title FROM event LIMIT 500)"));
    if (!rows.ok())
        return std::nullopt;
    QSqlQuery query = std::move(rows).value();
    QStringList texts;
    while (query.next())
        texts << query.value(0).toString();
    return languageOfTexts(texts);
}

} // namespace

std::optional<i18n::Language> languageOfTexts(const QStringList &texts)
{
    qsizetype hangul = 0;
    qsizetype latin = 0;
    for (const QString &text : texts) {
        for (const QChar c : text) {
            if (c.script() == QChar::Script_Hangul)
                ++hangul;
            else if (c.script() == QChar::Script_Latin)
                ++latin;
        }
    }
    // Korean writing mixes in English words (RAG, production): a third of Hangul letters is Korean text.
    if (hangul > 0 && hangul * 3 >= latin)
        return i18n::Language::Korean;
    if (latin > 0)
        return i18n::Language::English;
    return std::nullopt;
}

std::optional<i18n::Language> storedDatabaseLanguage(const QString &connection)
{
    auto stored = DatabaseSettings(connection).value(kLanguageKey);
    return stored.ok() ? i18n::languageFromCode(*stored) : std::nullopt;
}

Status setDatabaseLanguage(const QString &connection, i18n::Language language)
{
    return DatabaseSettings(connection).setValue(kLanguageKey, i18n::languageCode(language));
}

std::optional<i18n::Language> databaseLanguage(const QString &connection)
{
    if (const auto stored = storedDatabaseLanguage(connection))
        return stored;
    const auto inferred = inferredLanguage(connection);
    // Best effort: a read-only file keeps inferring, which gives the same answer.
    if (inferred)
        (void)setDatabaseLanguage(connection, *inferred);
    return inferred;
}

} // namespace hoego
