// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "searchservice.h"

#include "serversearch.h"
#include "storage/server/serverdatabase.h"

#include "bigrams.h"
#include "storage/sql.h"
#include "utf8text.h"

#include <QHash>
#include <QRegularExpression>
#include <QSqlDatabase>

namespace hoego {
namespace {

constexpr int kTrigramLength = 3;
// The rowid layout of schema version 3: year_id << 40 | rank << 36 | id.
constexpr qint64 kYearShift = 40;
constexpr qint64 kYearSpan = qint64(1) << kYearShift;

QString phrase(const QString &term)
{
    QString quoted = term;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

// How each word of a query is answered: a three-character word by the trigram index, a one- or two-letter word
// by the bigram index (one letter: a prefix query), anything else short (e.g. "C#") by reading the text.
struct Plan
{
    QStringList trigram;
    QStringList bigram;
    QStringList scanned;
};

Plan planFor(const QStringList &words)
{
    Plan plan;
    for (const QString &word : words) {
        if (word.toUcs4().size() >= kTrigramLength)
            plan.trigram << phrase(word);
        else if (bigrams::covers(word))
            plan.bigram << (word.size() == 1 ? phrase(word) + QStringLiteral(" *") : phrase(word));
        else
            plan.scanned << word;
    }
    return plan;
}

// One prepared statement, executed again for every year.
class Statement
{
public:
    Statement(const QString &connection, const QString &text)
        : m_query(QSqlDatabase::database(connection, false))
    {
        m_query.setForwardOnly(true);
        m_prepared = m_query.prepare(text);
    }
    Result<QSqlQuery *> run(const QVariantList &values)
    {
        if (!m_prepared)
            return sql::toError(m_query.lastError(), QString());
        for (qsizetype i = 0; i < values.size(); ++i)
            m_query.bindValue(int(i), values[i]);
        if (!m_query.exec())
            return sql::toError(m_query.lastError(), QString());
        return &m_query;
    }

private:
    QSqlQuery m_query;
    bool m_prepared = false;
};

// One read transaction around a whole search, so SQLite (FTS5 above all) sets up its snapshot once instead of for
// every lookup. Inside a caller's transaction BEGIN fails, and that transaction serves instead.
class ReadSnapshot
{
public:
    explicit ReadSnapshot(const QString &connection)
        : m_database(QSqlDatabase::database(connection, false))
        , m_open(m_database.transaction())
    { }
    ~ReadSnapshot()
    {
        if (m_open)
            (void)m_database.rollback(); // nothing was written: ending it either way is the same
    }
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;

private:
    QSqlDatabase m_database;
    bool m_open = false;
};

// The rowids the statement returns, in its order (newest first).
Result<QList<qint64>> rowidsOf(Statement &statement, const QVariantList &values)
{
    auto query = statement.run(values);
    if (!query.ok())
        return query.error();
    QList<qint64> rowids;
    while (query.value()->next())
        rowids << query.value()->value(0).toLongLong();
    query.value()->finish();
    return rowids;
}

// Both lists are in descending order.
QList<qint64> intersected(const QList<qint64> &a, const QList<qint64> &b)
{
    QList<qint64> both;
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i] == b[j]) {
            both << a[i];
            ++i;
            ++j;
        } else if (a[i] > b[j]) {
            ++i;
        } else {
            ++j;
        }
    }
    return both;
}

// A word without letters that have case (Hangul, digits, punctuation) is found by an exact search at the same
// places, many times faster than a case-insensitive one, which folds every character of the text.
Qt::CaseSensitivity caseFor(const QString &word)
{
    return word.toLower() == word.toUpper() ? Qt::CaseSensitive : Qt::CaseInsensitive;
}

QString matchStatement(const char *table)
{
    return QStringLiteral("SELECT rowid FROM %1 WHERE %1 MATCH ? AND rowid BETWEEN ? AND ? ORDER BY rowid DESC LIMIT ?")
            .arg(QLatin1String(table));
}

// Reads the text of `rowids` (one year's, in result order) with `texts`, keeps those containing every scanned word
// and appends them to `hits`, up to `limit`.
Status appendHits(Statement &texts, const QList<qint64> &rowids, Id yearId, int yearNumber, const QStringList &scanned,
                  const QStringList &words, int limit, QList<SearchHit> &hits)
{
    // One run per chunk of rowids: far cheaper than one lookup per hit.
    constexpr qsizetype kChunk = 500;
    for (qsizetype start = 0; start < rowids.size() && hits.size() < limit; start += kChunk) {
        const QList<qint64> chunk = rowids.mid(start, kChunk);
        QByteArray list = "[";
        for (const qint64 rowid : chunk)
            list += QByteArray::number(rowid) + ',';
        list.back() = ']';
        auto query = texts.run({QString::fromLatin1(list)});
        if (!query.ok())
            return query.error();
        struct Text
        {
            QString kind;
            Id id = 0;
            QString title;
            QByteArray body; // UTF-8
        };
        QHash<qint64, Text> found;
        while (query.value()->next()) {
            const QSqlQuery &q = *query.value();
            found.insert(q.value(0).toLongLong(),
                         Text{q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toString(),
                              q.value(4).toByteArray()});
        }
        query.value()->finish();
        for (const qint64 rowid : chunk) {
            const auto row = found.constFind(rowid);
            if (row == found.cend())
                continue;
            const Text &text = row.value();
            const bool allFound = std::all_of(scanned.cbegin(), scanned.cend(), [&](const QString &word) {
                const Qt::CaseSensitivity sensitivity = caseFor(word);
                if (text.title.contains(word, sensitivity))
                    return true;
                return sensitivity == Qt::CaseSensitive ? text.body.contains(word.toUtf8())
                                                        : QString::fromUtf8(text.body).contains(word, sensitivity);
            });
            if (!allFound)
                continue;
            SearchHit hit;
            hit.kind = text.kind;
            hit.id = text.id;
            hit.yearId = yearId;
            hit.yearNumber = yearNumber;
            hit.title = text.title;
            hit.snippet = text.body.isEmpty() ? SearchService::snippetAround(text.title, words)
                                              : SearchService::snippetAround(text.body, words);
            hits << hit;
            if (hits.size() >= limit)
                break;
        }
    }
    return {};
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

namespace {

// A piece of a text as a snippet: on one line, with a mark where text was cut off (none when no term was found and
// the piece is the text's start).
QString framedPiece(QString piece, bool textBefore, bool textFollows, bool matched)
{
    piece = std::move(piece.replace(QLatin1Char('\n'), QLatin1Char(' '))).trimmed();
    if (!matched)
        return piece;
    if (textBefore)
        piece.prepend(QStringLiteral("…"));
    if (textFollows)
        piece.append(QStringLiteral("…"));
    return piece;
}

} // namespace

QString SearchService::snippetAround(const QString &text, const QStringList &terms, int radius)
{
    qsizetype first = -1;
    for (const QString &term : terms) {
        const qsizetype at = text.indexOf(term, 0, caseFor(term));
        if (at >= 0 && (first < 0 || at < first))
            first = at;
    }
    // Only the piece shown is copied and flattened, not the whole text.
    const qsizetype start = first < 0 ? 0 : qMax<qsizetype>(0, first - radius);
    const qsizetype length = first < 0 ? radius * 2 : radius * 3;
    return framedPiece(text.mid(start, length), start > 0, start + length < text.size(), first >= 0);
}

QString SearchService::snippetAround(const QByteArray &utf8, const QStringList &terms, int radius)
{
    qsizetype firstByte = -1;
    for (const QString &term : terms) {
        // A word with case is found case-insensitively, which takes the decoded text.
        if (caseFor(term) == Qt::CaseInsensitive)
            return snippetAround(QString::fromUtf8(utf8), terms, radius);
        // The same characters are the same bytes, and a whole character's bytes match only at its start.
        const qsizetype at = utf8.indexOf(term.toUtf8());
        if (at >= 0 && (firstByte < 0 || at < firstByte))
            firstByte = at;
    }
    if (firstByte < 0) {
        const utf8text::Piece start = utf8text::utf16Mid(utf8, 0, radius * 2);
        return framedPiece(start.text, false, start.textFollows, false);
    }
    // Back from the match by `radius` units, or to the start of the text: the units before it need no counting.
    qsizetype begin = firstByte;
    qsizetype back = 0;
    while (begin > 0 && back < radius) {
        begin = utf8text::previousCharacter(utf8, begin);
        back += utf8text::unitsOf(utf8[begin]);
    }
    // Past the start by one unit when the last step was a pair: the piece then starts with its second half.
    const qsizetype overshoot = std::max<qsizetype>(0, back - radius);
    const utf8text::Piece piece = utf8text::utf16Mid(utf8, overshoot, radius * 3, begin);
    return framedPiece(piece.text, begin > 0 || overshoot > 0, piece.textFollows, true);
}

Result<QList<SearchHit>> SearchService::search(const QString &text, int limit) const
{
    const QStringList words = terms(text);
    if (words.isEmpty() || limit <= 0)
        return QList<SearchHit>();
    if (serverdatabase::isServerConnection(m_connection))
        return serversearch::search(m_connection, words, limit);
    const Plan plan = planFor(words);
    const QString trigramMatch = plan.trigram.join(QLatin1Char(' '));
    const QString bigramMatch = plan.bigram.join(QLatin1Char(' '));

    const ReadSnapshot snapshot(m_connection);
    // The years are read whole before any search runs: no query may run while another cursor on the connection
    // is open (PostgreSQL's row-by-row mode forbids it).
    auto years = sql::readAll<std::pair<Id, int>>(
            sql::exec(m_connection, QStringLiteral("SELECT id, number FROM year ORDER BY number DESC")),
            [](const QSqlQuery &q) {
                return std::pair{q.value(0).toLongLong(), q.value(1).toInt()};
            });
    if (!years.ok())
        return years.error();
    Statement trigrams(m_connection, matchStatement("search_index"));
    Statement bigramLookup(m_connection, matchStatement("search_bigram"));
    // The body comes as its UTF-8 bytes: only the snippet of it is decoded. The rowids come as one JSON list, so one
    // prepared statement serves every year.
    Statement texts(m_connection,
                    QStringLiteral("SELECT rowid, kind, ref_id, title, CAST(body AS BLOB) FROM search_index "
                                   "WHERE rowid IN (SELECT value FROM json_each(?))"));
    Statement everything(m_connection,
                         QStringLiteral("SELECT rowid FROM search_index WHERE rowid BETWEEN ? AND ? "
                                        "ORDER BY rowid DESC"));

    // Years newest first; in each, the index gives rowids already in result order, so reading stops as soon as
    // the page is full. Only the text of the hits is read.
    QList<SearchHit> hits;
    for (const auto &[yearId, yearNumber] : std::as_const(*years)) {
        if (hits.size() >= limit)
            break;
        const qint64 low = yearId * kYearSpan;
        const qint64 high = low + kYearSpan - 1;
        // With a second list to intersect or words to check in the text, the first list cannot be cut short.
        const bool exact = plan.scanned.isEmpty() && (plan.trigram.isEmpty() || plan.bigram.isEmpty());
        const int cap = exact ? int(limit - hits.size()) : -1;

        Result<QList<qint64>> rowids = QList<qint64>();
        if (!plan.trigram.isEmpty())
            rowids = rowidsOf(trigrams, {trigramMatch, low, high, cap});
        if (rowids.ok() && !plan.bigram.isEmpty()) {
            auto found = rowidsOf(bigramLookup, {bigramMatch, low, high, cap});
            if (!found.ok())
                return found.error();
            rowids = plan.trigram.isEmpty() ? *found : intersected(*rowids, *found);
        }
        if (rowids.ok() && plan.trigram.isEmpty() && plan.bigram.isEmpty())
            rowids = rowidsOf(everything, {low, high});
        if (!rowids.ok())
            return rowids.error();

        if (Status read = appendHits(texts, *rowids, yearId, yearNumber, plan.scanned, words, limit, hits); !read.ok())
            return read.error();
    }
    return hits;
}

} // namespace hoego
