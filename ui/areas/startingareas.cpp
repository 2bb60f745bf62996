// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "startingareas.h"

#include "i18n/language.h"
#include "i18n/translations.h"
#include "storage/arearepository.h"
#include "storage/databaselanguage.h"

#include <QCoreApplication>

namespace hoego {
namespace {

// The names as schema version 1 stores them, marked for translation.
const char *const kStartingNames[] = {
        QT_TRANSLATE_NOOP("hoego::StartingAreas", "Life"),   QT_TRANSLATE_NOOP("hoego::StartingAreas", "Work"),
        QT_TRANSLATE_NOOP("hoego::StartingAreas", "Study"),  QT_TRANSLATE_NOOP("hoego::StartingAreas", "Tech"),
        QT_TRANSLATE_NOOP("hoego::StartingAreas", "Health"), QT_TRANSLATE_NOOP("hoego::StartingAreas", "People"),
};

} // namespace

QHash<QString, QString> translatedStartingAreaNames()
{
    QHash<QString, QString> names;
    for (const char *name : kStartingNames)
        names.insert(QLatin1String(name), QCoreApplication::translate("hoego::StartingAreas", name));
    return names;
}

void nameStartingAreasInUserLanguage(AreaRepository &areas)
{
    // Best effort: a failure leaves the English names, which work just as well.
    (void)areas.renameStartingAreas(translatedStartingAreaNames());
}

void setUpNewDatabase(const QString &connection)
{
    AreaRepository areas(connection);
    nameStartingAreasInUserLanguage(areas);
    // Best effort too: without it the language is read from the database's words, as for older files. The "C"
    // locale of a script or a bare container says nothing about the user, so the words decide there too.
    if (i18n::startupLanguageWasChosen())
        (void)setDatabaseLanguage(connection, i18n::languageForLocale(QLocale()));
}

} // namespace hoego
