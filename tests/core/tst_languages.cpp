// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "i18n/collation.h"
#include "i18n/dates.h"
#include "i18n/language.h"
#include "i18n/translations.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace hoego;
using namespace hoego::i18n;

// Choosing the interface language, loading its translations, and text that follows the language: dates,
// numbers and sort order.
class TestLanguages : public QObject
{
    Q_OBJECT

    const QLocale korean{QLocale::Korean, QLocale::SouthKorea};
    const QLocale english{QLocale::English, QLocale::UnitedStates};

private slots:
    void cleanup() { applyLanguage(Language::English); }

    void theCommandLineBeatsThePreferenceWhichBeatsTheSystem()
    {
        QCOMPARE(chooseLanguage(QStringLiteral("ko"), QStringLiteral("en"), english), Language::Korean);
        QCOMPARE(chooseLanguage(QString(), QStringLiteral("en"), korean), Language::English);
        QCOMPARE(chooseLanguage(QString(), QString(), korean), Language::Korean);
        QCOMPARE(chooseLanguage(QString(), QString(), QLocale(QLocale::German, QLocale::Germany)), Language::English);
        QCOMPARE(chooseLanguage(QString(), QString(), QLocale::c()), Language::English);
    }

    void unknownCodesAreSkippedNotFatal()
    {
        QCOMPARE(chooseLanguage(QStringLiteral("xx"), QStringLiteral("ko"), english), Language::Korean);
        QCOMPARE(chooseLanguage(QStringLiteral("xx"), QStringLiteral("zz"), korean), Language::Korean);
    }

    void localeStyleCodesAreUnderstood()
    {
        QCOMPARE(languageFromCode(QStringLiteral("ko_KR.UTF-8")), Language::Korean);
        QCOMPARE(languageFromCode(QStringLiteral("KO-kr")), Language::Korean);
        QCOMPARE(languageFromCode(QStringLiteral("en_GB")), Language::English);
        QCOMPARE(languageFromCode(QStringLiteral("korean")), std::nullopt);
        QCOMPARE(languageFromCode(QString()), std::nullopt);
    }

    void anEnglishSystemLocaleKeepsItsRegionalFormats()
    {
        const QLocale british(QLocale::English, QLocale::UnitedKingdom);
        QCOMPARE(localeFor(Language::English, british), british);
        QCOMPARE(localeFor(Language::English, QLocale(QLocale::German, QLocale::Germany)).language(), QLocale::English);
        QCOMPARE(localeFor(Language::Korean, english).language(), QLocale::Korean);
    }

    void monthsReadNaturallyInEachLanguage()
    {
        QCOMPARE(monthYearText(2024, 3, korean), QStringLiteral("2024년 3월"));
        QCOMPARE(monthYearText(2024, 3, english), QStringLiteral("March 2024"));
        QCOMPARE(monthName(3, korean), QStringLiteral("3월"));
        QCOMPARE(monthName(3, english), QStringLiteral("March"));
        QCOMPARE(dayText(QDate(2024, 3, 5), korean), QStringLiteral("2024년 3월 5일"));
        QCOMPARE(dayText(QDate(2024, 3, 5), english), QStringLiteral("March 5, 2024"));
    }

    void partialDatesShowOnlyWhatIsKnown()
    {
        QCOMPARE(partialDateText(PartialDate::ofYear(2023), korean), QStringLiteral("2023"));
        QCOMPARE(partialDateText(PartialDate::ofMonth(2023, 11), korean), QStringLiteral("2023년 11월"));
        QCOMPARE(partialDateText(PartialDate::ofDay(2023, 11, 2), english), QStringLiteral("November 2, 2023"));
        QCOMPARE(partialDateText(PartialDate::ofDay(2023, 2, 30), english), QString());
    }

    void numericDatesShowFourDigitYears()
    {
        const QDate day(2026, 12, 1);
        const QString inKorean = i18n::numericDateText(day, korean);
        QVERIFY2(inKorean.startsWith(QStringLiteral("2026")), qPrintable(inKorean));
        const QString inEnglish = i18n::numericDateText(day, QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY2(inEnglish.contains(QStringLiteral("2026")), qPrintable(inEnglish));
        QCOMPARE(i18n::fourDigitYearFormat(QStringLiteral("yy. M. d.")), QStringLiteral("yyyy. M. d."));
        QCOMPARE(i18n::fourDigitYearFormat(QStringLiteral("yyyy-MM-dd")), QStringLiteral("yyyy-MM-dd"));
    }

    void koreanTextSortsInDictionaryOrderAndNumbersByValue()
    {
        QStringList words{QStringLiteral("하늘"), QStringLiteral("가방"), QStringLiteral("나무"),
                          QStringLiteral("다리")};
        sortTexts(words, korean);
        QCOMPARE(words,
                 QStringList({QStringLiteral("가방"), QStringLiteral("나무"), QStringLiteral("다리"),
                              QStringLiteral("하늘")}));

        QStringList goals{QStringLiteral("목표 10"), QStringLiteral("목표 2"), QStringLiteral("목표 1")};
        sortTexts(goals, korean);
        QCOMPARE(goals, QStringList({QStringLiteral("목표 1"), QStringLiteral("목표 2"), QStringLiteral("목표 10")}));
    }

    void englishSortIgnoresCase()
    {
        struct Item
        {
            QString title;
        };
        QList<Item> items{{QStringLiteral("banana")}, {QStringLiteral("Apple")}, {QStringLiteral("cherry")}};
        sortByText(
                items, [](const Item &item) { return item.title; }, english);
        QCOMPARE(items[0].title, QStringLiteral("Apple"));
        QCOMPARE(items[1].title, QStringLiteral("banana"));
        QCOMPARE(items[2].title, QStringLiteral("cherry"));
    }

    void applyingKoreanLoadsTheTranslationsAndTheLocale()
    {
        const LoadedTranslations loaded = applyLanguage(Language::Korean);
        QVERIFY(loaded.hoego);
        // Qt's own translations come from the distribution (qt6-translations-l10n); used whenever present.
        const QString qtFile = QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_ko.qm");
        QCOMPARE(loaded.qt, QFile::exists(qtFile));
        QCOMPARE(QLocale().language(), QLocale::Korean);
        QCOMPARE(monthYearText(2024, 3), QStringLiteral("2024년 3월"));
    }

    void switchingBackToEnglishRemovesTheKoreanTranslators()
    {
        applyLanguage(Language::Korean);
        const LoadedTranslations loaded = applyLanguage(Language::English);
        QVERIFY(!loaded.qt);
        QCOMPARE(QLocale().language(), QLocale::English);
        QCOMPARE(QCoreApplication::translate("hoego::PreferencesDialog", "Preferences"), QStringLiteral("Preferences"));
        QCOMPARE(monthYearText(2024, 3), QStringLiteral("March 2024"));
    }

    void stringsOfFreeFunctionsAreTranslatedWhereTheyAreAsked()
    {
        // A message written outside any class (the storage layer's errors) is found in the .qm under the context
        // the code asks with: lupdate and the code agree (Q_DECLARE_TR_FUNCTIONS), no fallback lookup needed.
        applyLanguage(Language::Korean);
        QTemporaryDir dir;
        Database::Options options;
        options.create = false;
        const auto missing = Database::open(dir.filePath(QStringLiteral("missing.sqlite")), options);
        QVERIFY(!missing.ok());
        QVERIFY2(missing.error().message.contains(QStringLiteral("없습니다")), qPrintable(missing.error().message));
    }

    void englishPluralsUseTheSingularForOne()
    {
        applyLanguage(Language::English);
        const char *source = "Paste %n Event(s)";
        QCOMPARE(QCoreApplication::translate("hoego::EventsPage", source, nullptr, 1), QStringLiteral("Paste 1 Event"));
        QCOMPARE(QCoreApplication::translate("hoego::EventsPage", source, nullptr, 0),
                 QStringLiteral("Paste 0 Events"));
        QCOMPARE(QCoreApplication::translate("hoego::EventsPage", source, nullptr, 5),
                 QStringLiteral("Paste 5 Events"));
    }
};

QTEST_GUILESS_MAIN(TestLanguages)
#include "tst_languages.moc"
