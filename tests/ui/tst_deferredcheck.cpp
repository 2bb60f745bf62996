// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "eventfuldatabase.h"
#include "filehash.h"
#include "mainwindow.h"
#include "session/databasesession.h"
#include "settings/appsettings.h"
#include "startup/dailybackup.h"
#include "storage/backup.h"
#include "storage/database.h"
#include "storage/repositories.h"
#include "storage/sql.h"
#include "theme.h"

#include <QFile>
#include <QMainWindow>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace hoego;

// Start-up opens the database without PRAGMA quick_check and runs it in the background once the window shows
// (issue 7). A damaged file must still end up in the recovery dialog, untouched, and never in a backup.
class TestDeferredCheck : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;

    QString file(const QString &name) const { return m_dir->filePath(name); }

    static void writeDatabase(const QString &path, bool damaged)
    {
        QVERIFY(test::writeEventfulDatabase(path));
        if (damaged)
            QVERIFY(test::damageMiddlePages(path));
    }

    static std::unique_ptr<Database> openDeferred(const QString &path)
    {
        Database::Options options;
        options.deferIntegrityCheck = true;
        auto opened = Database::open(path, options);
        return opened.ok() ? std::move(opened).value() : nullptr;
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        theme::applyTheme(AppSettings::Theme::System);
    }

    void cleanup() { m_dir.reset(); }

    void aDamagedFileOpensFastThenIsReportedAndNotBackedUp()
    {
        const QString path = file(QStringLiteral("damaged.sqlite"));
        writeDatabase(path, true);
        QVERIFY(!Database::open(path).ok()); // the full check at open refuses it
        auto database = openDeferred(path);
        QVERIFY(database);
        QVERIFY(database->integrityCheckDeferred());

        QMainWindow window;
        window.show();
        std::optional<Error> reported;
        startDailyBackup(&window, *database, 10, [&](const Error &error) { reported = error; });
        QTRY_VERIFY(reported.has_value());
        QCOMPARE(reported->code, Error::Code::Corrupt);
        QVERIFY(reported->message.contains(path));
        QTest::qWait(100);
        QVERIFY(backup::list(path).isEmpty());
    }

    void withoutAHandlerTheDamageIsAWarning()
    {
        const QString path = file(QStringLiteral("damaged.sqlite"));
        writeDatabase(path, true);
        auto database = openDeferred(path);
        QVERIFY(database);
        QMainWindow window;
        window.show();
        startDailyBackup(&window, *database, 10);
        QTRY_VERIFY(window.findChild<QMessageBox *>(QStringLiteral("damagedWarning")));
    }

    void aHealthyFilePassesAndIsBackedUp()
    {
        const QString path = file(QStringLiteral("fine.sqlite"));
        writeDatabase(path, false);
        auto database = openDeferred(path);
        QVERIFY(database);
        QMainWindow window;
        window.show();
        bool reported = false;
        startDailyBackup(&window, *database, 10, [&](const Error &) { reported = true; });
        QTRY_COMPARE(backup::list(path).size(), 1);
        QVERIFY(!reported);
    }

    void anUpgradeIsNeverDeferred()
    {
        // A database that needs an upgrade is checked in full before it is rewritten.
        const QString path = file(QStringLiteral("old.sqlite"));
        writeDatabase(path, false);
        {
            auto opened = Database::open(path);
            QVERIFY(opened.ok());
            // Back to version 8: without the row versions of version 9 (its step drops the touch triggers it
            // replaces, so stand-ins are left).
            QStringList statements = {QStringLiteral("PRAGMA user_version = 8")};
            for (const char *table :
                 {"area", "year", "event", "section", "goal", "milestone", "goal_link", "lesson", "unfinished", "theme",
                  "theme_year", "theme_link", "question", "answer", "output", "goal_evidence", "export_profile"})
                statements << QStringLiteral("DROP TRIGGER %1_touch").arg(QLatin1String(table))
                           << QStringLiteral("ALTER TABLE %1 DROP COLUMN version").arg(QLatin1String(table))
                           << QStringLiteral("CREATE TRIGGER %1_touch AFTER UPDATE ON %1 BEGIN SELECT 1; END")
                                      .arg(QLatin1String(table));
            for (const QString &statement : statements)
                QVERIFY2(sql::exec(opened.value()->connectionName(), statement).ok(), qPrintable(statement));
        }
        auto database = openDeferred(path);
        QVERIFY(database);
        QVERIFY(!database->integrityCheckDeferred());
    }

    void theSessionClosesTheDamagedFileUntouchedAndAsksWhatToDo()
    {
        // Given a damaged file shown in a window after a deferred open
        const QString path = file(QStringLiteral("damaged.sqlite"));
        writeDatabase(path, true);
        const QByteArray before = test::fileSha256(path);
        const QString otherPath = file(QStringLiteral("other.sqlite"));
        writeDatabase(otherPath, false);
        AppSettings settings(file(QStringLiteral("settings.ini")));
        DatabaseSession session(settings);
        session.start(openDeferred(path));
        QVERIFY(session.window());
        const Error damage = Database::checkIntegrity(path).error();
        QCOMPARE(damage.code, Error::Code::Corrupt);

        // When the check's failure reaches the session and the user chooses another file
        QString askedAbout;
        const bool stillOpen = session.recoverFromDamage(
                damage,
                [&](const QString &asked, const Error &) {
                    askedAbout = asked;
                    return RecoveryChoice{RecoveryChoice::Action::ChooseFile, {}, {}};
                },
                [&](const QString &) { return otherPath; });

        // Then the other file is open in a new window and the damaged one is byte for byte as it was
        QVERIFY(stillOpen);
        QCOMPARE(askedAbout, path);
        QVERIFY(session.window());
        QCOMPARE(session.database()->path(), otherPath);
        QCOMPARE(test::fileSha256(path), before);

        // And quitting instead leaves no window behind
        session.start(openDeferred(path));
        QVERIFY(!session.recoverFromDamage(damage, [](const QString &, const Error &) { return RecoveryChoice{}; }));
        QVERIFY(!session.window());
        QCOMPARE(test::fileSha256(path), before);
    }
};

QTEST_MAIN(TestDeferredCheck)
#include "tst_deferredcheck.moc"
