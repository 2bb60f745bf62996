// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "io/importbatch.h"

#include <QString>

namespace hoego {

// Reads a RedNotebook journal: a folder of YYYY-MM.txt month files (YAML: {day: {text: ..., Category: {entry:
// null}}}) or one such file. Each day with text becomes a day-precision event of that year: the title is the
// first line (shortened), the notes the whole text plus the category entries; tags come from #hashtags, the
// "Tags" category's entries and the other categories' names. Errors name the file and line.
Result<ImportBatch> readRedNotebookJournal(const QString &path);

// The title an event gets from a journal entry: its first non-empty line without markup, at most
// `maxLength` characters (cut with an ellipsis).
QString journalTitle(const QString &text, int maxLength = 120);
// #hashtags in a text, in order, without the '#'.
QStringList hashtags(const QString &text);

} // namespace hoego
