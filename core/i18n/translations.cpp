// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

namespace hoego::i18n {
namespace {

// Translators Hoego installed carry this object name, so a later call can find and replace them.
const QString kTranslatorName = QStringLiteral("hoegoTranslator");

void removeHoegoTranslators()
{
    QCoreApplication *app = QCoreApplication::instance();
    const auto translators = app->findChildren<QTranslator *>(kTranslatorName, Qt::FindDirectChildrenOnly);
    for (QTranslator *translator : translators) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

bool install(const QString &fileName, const QStringList &folders)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    translator->setObjectName(kTranslatorName);
    for (const QString &folder : folders) {
        if (translator->load(fileName, folder) && QCoreApplication::installTranslator(translator))
            return true;
    }
    delete translator;
    return false;
}

} // namespace

QStringList hoegoTranslationFolders()
{
    const QString installed = QDir(QCoreApplication::applicationDirPath())
                                      .absoluteFilePath(QStringLiteral("../share/hoego/translations"));
    return {QDir::cleanPath(installed), QStringLiteral(":/i18n")};
}

LoadedTranslations applyLanguage(Language language)
{
    Q_ASSERT(QCoreApplication::instance());
    removeHoegoTranslators();
    QLocale::setDefault(localeFor(language));

    const QString code = languageCode(language);
    LoadedTranslations loaded;
    loaded.hoego = install(QStringLiteral("hoego_") + code, hoegoTranslationFolders());
    // English is Qt's source language too: there is nothing of Qt's to load for it.
    if (language != Language::English)
        loaded.qt = install(QStringLiteral("qtbase_") + code, {QLibraryInfo::path(QLibraryInfo::TranslationsPath)});
    return loaded;
}

namespace {
bool g_startupLanguageChosen = true;
}

bool startupLanguageWasChosen()
{
    return g_startupLanguageChosen;
}

Language applyStartupLanguage(const QString &commandLineCode, const QString &preferenceCode)
{
    g_startupLanguageChosen = languageFromCode(commandLineCode) || languageFromCode(preferenceCode)
            || QLocale::system().language() != QLocale::C;
    const Language language = chooseLanguage(commandLineCode, preferenceCode, QLocale::system());
    applyLanguage(language);
    return language;
}

} // namespace hoego::i18n
