// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "serversearch.h"

#include "storage/sql.h"

namespace hoego::serversearch {
namespace {

// A word is matched literally: LIKE's wildcards and its escape character in it stand for themselves.
QString containsPattern(const QString &word)
{
    QString escaped = word;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
            .replace(QLatin1Char('%'), QLatin1String("\\%"))
            .replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

} // namespace

Result<QList<SearchHit>> search(const QString &connection, const QStringList &words, int limit)
{
    QString statement = QStringLiteral("SELECT s.kind, s.ref_id, s.year_id, y.number, s.title, s.body "
                                       "FROM search_text AS s JOIN year AS y ON y.id = s.year_id WHERE true");
    QVariantList values;
    for (const QString &word : words) {
        // A word without case (Hangul, digits) is matched exactly: the same places, without folding every text.
        const bool caseless = word.toLower() == word.toUpper();
        statement += caseless ? QStringLiteral(" AND s.doc LIKE ?") : QStringLiteral(" AND s.doc ILIKE ?");
        values << containsPattern(word);
    }
    statement += QStringLiteral(" ORDER BY y.number DESC, s.rank DESC, s.ref_id DESC LIMIT ?");
    values << limit;
    return sql::readAll<SearchHit>(sql::exec(connection, statement, values), [&words](const QSqlQuery &q) {
        SearchHit hit;
        hit.kind = q.value(0).toString();
        hit.id = q.value(1).toLongLong();
        hit.yearId = q.value(2).toLongLong();
        hit.yearNumber = q.value(3).toInt();
        hit.title = q.value(4).toString();
        const QString body = q.value(5).toString();
        hit.snippet = SearchService::snippetAround(body.isEmpty() ? hit.title : body, words);
        return hit;
    });
}

} // namespace hoego::serversearch
