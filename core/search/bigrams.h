// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "result.h"

#include <QString>
#include <QStringView>

// The second search index: every pair of neighbouring letters or digits as one token, so a two-character word
// (two-syllable Korean words such as 졸업 are common) is one token lookup instead of a scan of all text. The
// trigram index cannot answer words shorter than three characters.
namespace hoego::bigrams {

// The name of the SQL function the index triggers call: hoego_bigrams(text) -> tokens.
inline constexpr char kSqlFunction[] = "hoego_bigrams";

// The tokens of `text`, separated by spaces: for each run of such letters and digits, its overlapping pairs of
// characters (lower-cased) and its last character alone, so a single character is found by a prefix query.
// "대학원 졸업" -> "대학 학원 원 졸업 업".
QString tokens(QStringView text);

// True when `term` is answered by the bigram index: one or two characters, each a letter or digit of Hangul,
// ASCII, kana or Hanja.
bool covers(QStringView term);

// Registers hoego_bigrams on the SQLite connection named `connection`. Every connection that writes must
// have it: the index triggers call it.
Status registerFunction(const QString &connection);

// Registers hoego_bigrams on every SQLite connection this process opens from now on, including plain
// QSqlDatabase connections and clones made for worker threads (Database::open calls it).
Status installForEveryConnection();

} // namespace hoego::bigrams
