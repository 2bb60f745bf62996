#include "searchservice.h"

#include "storage/sql.h"

#include <QRegularExpression>

namespace hoego {
namespace {

constexpr int kTrigramLength = 3;

QString phrase(const QString &term)
{
    QString quoted = term;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString likePattern(const QString &term)
{
    QString escaped = term;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

} // namespace

QStringList SearchService::terms(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("\\s+"));
    QStringList result;
    for (const QString &word : text.split(separators, Qt::SkipEmptyParts)) {
        if (!result.contains(word, Qt::CaseInsensitive))
            result << word;
    }
    return result;
}

QString SearchService::snippetAround(const QString &text, const QStringList &terms, int radius)
{
    qsizetype first = -1;
    for (const QString &term : terms) {
        const qsizetype at = text.indexOf(term, 0, Qt::CaseInsensitive);
        if (at >= 0 && (first < 0 || at < first))
            first = at;
    }
    QString flat = text;
    flat.replace(QLatin1Char('\n'), QLatin1Char(' '));
    if (first < 0)
        return flat.left(radius * 2).trimmed();
    const qsizetype start = qMax<qsizetype>(0, first - radius);
    QString piece = flat.mid(start, radius * 3).trimmed();
    if (start > 0)
        piece.prepend(QStringLiteral("…"));
    if (start + radius * 3 < flat.size())
        piece.append(QStringLiteral("…"));
    return piece;
}

Result<QList<SearchHit>> SearchService::search(const QString &text, int limit) const
{
    const QStringList words = terms(text);
    if (words.isEmpty())
        return QList<SearchHit>();

    QStringList matchTerms;
    QStringList conditions;
    QVariantList values;
    for (const QString &word : words) {
        if (word.size() >= kTrigramLength) {
            matchTerms << phrase(word);
        } else {
            // Too short for a trigram: a substring test on the indexed text (FTS5 scans, still one table).
            conditions << QStringLiteral("(s.title LIKE ? ESCAPE '\\' OR s.body LIKE ? ESCAPE '\\')");
            values << likePattern(word) << likePattern(word);
        }
    }
    if (!matchTerms.isEmpty()) {
        conditions.prepend(QStringLiteral("search_index MATCH ?"));
        values.prepend(matchTerms.join(QLatin1Char(' ')));
    }
    values << limit;

    auto query = sql::exec(m_connection,
                           QStringLiteral("SELECT s.kind, s.ref_id, s.year_id, y.number, s.title, s.body "
                                          "FROM search_index s JOIN year y ON y.id = s.year_id WHERE %1 "
                                          "ORDER BY y.number DESC, s.rowid % 8, s.ref_id LIMIT ?")
                               .arg(conditions.join(QStringLiteral(" AND "))),
                           values);
    if (!query.ok())
        return query.error();
    QList<SearchHit> hits;
    while (query.value().next()) {
        const QSqlQuery &q = query.value();
        SearchHit hit;
        hit.kind = q.value(0).toString();
        hit.id = q.value(1).toLongLong();
        hit.yearId = q.value(2).toLongLong();
        hit.yearNumber = q.value(3).toInt();
        hit.title = q.value(4).toString();
        const QString body = q.value(5).toString();
        hit.snippet = snippetAround(body.isEmpty() ? hit.title : body, words);
        hits << hit;
    }
    return hits;
}

} // namespace hoego
