// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "model/ids.h"
#include "result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace hoego {

struct SearchHit
{
    QString kind; // "event", "section", "lesson", "unfinished", "goal"
    Id id = 0;
    Id yearId = 0;
    int yearNumber = 0;
    QString title;
    QString snippet; // a short piece of the text around the first match
};

// Full-text search across all years. Words of three or more characters use the trigram index; one- and
// two-letter words (two-syllable Korean words such as 졸업 are common) use the bigram index; both find a word
// inside longer words with particles attached. Other short words (such as "C#") are checked in the text.
class SearchService
{
public:
    explicit SearchService(QString connection)
        : m_connection(std::move(connection))
    { }

    // Every word of `text` must occur (AND). Newest year first.
    Result<QList<SearchHit>> search(const QString &text, int limit = 500) const;

    // The words the query is split into (also what the UI highlights).
    static QStringList terms(const QString &text);
    static QString snippetAround(const QString &text, const QStringList &terms, int radius = 40);
    // The same for UTF-8 text, decoding only the piece shown when no term has letters with case.
    static QString snippetAround(const QByteArray &utf8, const QStringList &terms, int radius = 40);

private:
    QString m_connection;
};

} // namespace hoego
