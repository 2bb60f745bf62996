// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include <QHash>
#include <QString>

namespace hoego::test {

// What a generated RedNotebook journal holds, to check an import against.
struct GeneratedJournal
{
    int files = 0;
    int daysWithText = 0;
    qint64 characters = 0;
    QHash<QString, int> tagCounts; // tag -> days carrying it
};

// Writes a RedNotebook journal folder (YYYY-MM.txt YAML files, as RedNotebook saves them) for `years` years
// from `firstYear`: most days have an entry of about `charactersPerDay` characters in Korean and English with
// #hashtags; some have categories, some a "Tags" category, some nothing at all.
GeneratedJournal writeJournal(const QString &folder, int firstYear, int years, int charactersPerDay);

} // namespace hoego::test
