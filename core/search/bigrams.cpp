// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "bigrams.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace hoego::bigrams {
namespace {

// Names the context of this file's strings for tr() and for lupdate alike.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hoego::bigrams)
};

// The letters a bigram is made of: scripts whose every letter SQLite's unicode61 tokenizer also keeps inside a
// token, so one bigram is always one token (a query token that split in two would be a phrase, which an index
// without positions cannot answer). Other scripts are found by the trigram index or by reading the text.
bool isWordCharacter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z')
            || (u >= 0xAC00 && u <= 0xD7A3) // Hangul syllables
            || (u >= 0x3131 && u <= 0x318E) // Hangul compatibility jamo (ㅋㅋ)
            || (u >= 0x3041 && u <= 0x3096) // Hiragana
            || (u >= 0x30A1 && u <= 0x30FA) // Katakana
            || (u >= 0x4E00 && u <= 0x9FFF); // CJK unified ideographs (Hanja)
}

// Of the letters above only Latin ones have case, so folding them is all lower-casing needs to do (an index of
// decades of text calls this for every letter).
QChar folded(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'A' && u <= u'Z') ? QChar(char16_t(u + (u'a' - u'A'))) : c;
}

void sqlBigrams(sqlite3_context *context, int argc, sqlite3_value **argv)
{
    if (argc != 1 || sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_text(context, "", 0, SQLITE_STATIC);
        return;
    }
    const auto *text = static_cast<const char16_t *>(sqlite3_value_text16(argv[0]));
    const int bytes = sqlite3_value_bytes16(argv[0]);
    if (text == nullptr) {
        sqlite3_result_error_nomem(context);
        return;
    }
    const QString result = tokens(QStringView(text, bytes / 2));
    sqlite3_result_text16(context, result.utf16(), int(result.size() * 2), SQLITE_TRANSIENT);
}

int createFunction(sqlite3 *db)
{
    // Deterministic and innocuous: SQLite may use it in triggers and indexes, and nothing it does has effects.
    return sqlite3_create_function_v2(db, kSqlFunction, 1, SQLITE_UTF16 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                                      nullptr, sqlBigrams, nullptr, nullptr, nullptr);
}

// SQLite calls this for every connection opened in the process after installation.
int registerOnOpen(sqlite3 *db, char **, const sqlite3_api_routines *)
{
    return createFunction(db);
}

} // namespace

QString tokens(QStringView text)
{
    QString result;
    result.reserve(text.size() * 3);
    qsizetype i = 0;
    while (i < text.size()) {
        if (!isWordCharacter(text[i])) {
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < text.size() && isWordCharacter(text[end]))
            ++end;
        QChar previous = folded(text[i]);
        for (qsizetype k = i + 1; k < end; ++k) {
            const QChar current = folded(text[k]);
            result += previous;
            result += current;
            result += QLatin1Char(' ');
            previous = current;
        }
        result += previous;
        result += QLatin1Char(' ');
        i = end;
    }
    if (!result.isEmpty())
        result.chop(1);
    return result;
}

bool covers(QStringView term)
{
    if (term.isEmpty() || term.size() > 2)
        return false;
    for (const QChar c : term)
        if (!isWordCharacter(c))
            return false;
    return true;
}

Status registerFunction(const QString &connection)
{
    const QVariant handle = QSqlDatabase::database(connection, false).driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return Error::storage(Tr::tr("The database driver is not SQLite; search cannot be set up."));
    sqlite3 *db = *static_cast<sqlite3 *const *>(handle.constData());
    if (db == nullptr)
        return Error::storage(Tr::tr("The database is not open; search cannot be set up."));
    const int rc = createFunction(db);
    if (rc != SQLITE_OK)
        return Error::storage(Tr::tr("Setting up search failed: %1").arg(QString::fromUtf8(sqlite3_errstr(rc))));
    return {};
}

Status installForEveryConnection()
{
    static const int rc = sqlite3_auto_extension(reinterpret_cast<void (*)()>(&registerOnOpen));
    if (rc != SQLITE_OK)
        return Error::storage(Tr::tr("Setting up search failed: %1").arg(QString::fromUtf8(sqlite3_errstr(rc))));
    return {};
}

} // namespace hoego::bigrams
