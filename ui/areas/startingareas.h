// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include <QHash>
#include <QString>

namespace hoego {

class AreaRepository;

// A new database starts with six areas stored in English (Life, Work, Study...). Shown in Korean, they are
// renamed once, when the file is created, so every tab and export uses the user's words; the user can rename
// them later in Edit > Areas….
QHash<QString, QString> translatedStartingAreaNames();
void nameStartingAreasInUserLanguage(AreaRepository &areas);

// Sets up a database just created on `connection` in the interface language: names its starting areas and
// stores that language as the database's own (issue 15), so exports from the command line follow it.
void setUpNewDatabase(const QString &connection);

} // namespace hoego
