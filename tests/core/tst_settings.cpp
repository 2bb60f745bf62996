// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "settings/appsettings.h"

#include <QFile>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

using namespace hoego;

// AppSettings over a private INI file: what the user chose survives a restart (a new AppSettings on the
// same file), and a damaged or stale file falls back to defaults instead of breaking the app.
class TestSettings : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString iniFile(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

private slots:
    void aFreshFileGivesTheDefaults()
    {
        const AppSettings settings(iniFile("fresh.ini"));
        QCOMPARE(settings.language(), QString());
        QCOMPARE(settings.databasePath(), QString());
        QCOMPARE(settings.backupsToKeep(), 10);
        QCOMPARE(settings.theme(), AppSettings::Theme::System);
        QVERIFY(settings.recentDatabases().isEmpty());
    }

    void choicesSurviveARestart()
    {
        const QString file = iniFile("restart.ini");
        {
            AppSettings settings(file);
            settings.setLanguage(QStringLiteral("ko"));
            settings.setDatabasePath(m_dir.filePath(QStringLiteral("sync/../sync/회고.sqlite")));
            settings.setBackupsToKeep(25);
            settings.setTheme(AppSettings::Theme::Dark);
            QVERIFY(settings.sync());
        }
        const AppSettings reopened(file);
        QCOMPARE(reopened.language(), QStringLiteral("ko"));
        QCOMPARE(reopened.databasePath(), m_dir.filePath(QStringLiteral("sync/회고.sqlite")));
        QCOMPARE(reopened.effectiveDatabasePath(), reopened.databasePath());
        QCOMPARE(reopened.backupsToKeep(), 25);
        QCOMPARE(reopened.theme(), AppSettings::Theme::Dark);
    }

    void backupsToKeepStaysInItsRange()
    {
        AppSettings settings(iniFile("range.ini"));
        settings.setBackupsToKeep(0);
        QCOMPARE(settings.backupsToKeep(), AppSettings::kMinBackupsToKeep);
        settings.setBackupsToKeep(100000);
        QCOMPARE(settings.backupsToKeep(), AppSettings::kMaxBackupsToKeep);
    }

    void aHandEditedFileWithNonsenseFallsBackToDefaults()
    {
        // Given values no version of Hoego writes
        const QString file = iniFile("nonsense.ini");
        {
            QFile ini(file);
            QVERIFY(ini.open(QIODevice::WriteOnly));
            ini.write("[interface]\nlanguage=klingon\ntheme=purple\n"
                      "[database]\nbackupsToKeep=lots\n");
        }
        // When they are read, then each falls back to its default
        const AppSettings settings(file);
        QCOMPARE(settings.language(), QString());
        QCOMPARE(settings.theme(), AppSettings::Theme::System);
        QCOMPARE(settings.backupsToKeep(), AppSettings::kDefaultBackupsToKeep);
    }

    void anUnknownLanguageCodeMeansTheSystemLanguage()
    {
        AppSettings settings(iniFile("language.ini"));
        settings.setLanguage(QStringLiteral("en"));
        settings.setLanguage(QStringLiteral("fr"));
        QCOMPARE(settings.language(), QString());
    }

    void recentDatabasesAreNewestFirstWithoutDuplicates()
    {
        const QString file = iniFile("recent.ini");
        {
            AppSettings settings(file);
            settings.addRecentDatabase(m_dir.filePath(QStringLiteral("a.sqlite")));
            settings.addRecentDatabase(m_dir.filePath(QStringLiteral("b.sqlite")));
            // Opening a again, by another spelling of the same path, moves it to the top
            settings.addRecentDatabase(m_dir.filePath(QStringLiteral("x/../a.sqlite")));
        }
        AppSettings settings(file);
        QCOMPARE(settings.recentDatabases(),
                 QStringList({m_dir.filePath(QStringLiteral("a.sqlite")), m_dir.filePath(QStringLiteral("b.sqlite"))}));

        settings.removeRecentDatabase(m_dir.filePath(QStringLiteral("a.sqlite")));
        QCOMPARE(settings.recentDatabases(), QStringList({m_dir.filePath(QStringLiteral("b.sqlite"))}));
    }

    void recentDatabasesKeepOnlyTheLatestFew()
    {
        AppSettings settings(iniFile("many.ini"));
        for (int i = 0; i < AppSettings::kMaxRecentDatabases + 3; ++i)
            settings.addRecentDatabase(m_dir.filePath(QStringLiteral("%1.sqlite").arg(i)));
        const QStringList recent = settings.recentDatabases();
        QCOMPARE(recent.size(), AppSettings::kMaxRecentDatabases);
        QCOMPARE(recent.first(), m_dir.filePath(QStringLiteral("%1.sqlite").arg(AppSettings::kMaxRecentDatabases + 2)));
    }

    void noChosenDatabaseMeansTheDefaultLocation()
    {
        AppSettings settings(iniFile("default-db.ini"));
        settings.setDatabasePath(m_dir.filePath(QStringLiteral("elsewhere.sqlite")));
        settings.setDatabasePath(QString());
        QVERIFY(settings.databasePath().isEmpty());
        QVERIFY(settings.effectiveDatabasePath().endsWith(QStringLiteral("hoego.sqlite")));
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
