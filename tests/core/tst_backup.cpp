// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "filehash.h"
#include "storage/backup.h"
#include "storage/database.h"
#include "storage/schema.h"
#include "storage/sql.h"
#include "tempdatabase.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

using namespace hoego;

namespace {

// Readable and writable by the owner, nothing for the group or others (0600).
bool isPrivate(const QString &path)
{
    const QFile::Permissions permissions = QFile::permissions(path);
    const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther
            | QFile::WriteOther | QFile::ExeOther;
    return permissions.testFlag(QFile::ReadOwner) && permissions.testFlag(QFile::WriteOwner)
            && !permissions.testFlag(QFile::ExeOwner) && !(permissions & others);
}

QDateTime utc(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODate).toUTC();
}

Id addEvent(test::TempDatabase &db, Id year, int yearNumber, const QString &title)
{
    Event event;
    event.yearId = year;
    event.title = title;
    event.date = PartialDate::ofYear(yearNumber);
    auto created = db.repos().events.create(event);
    return created.ok() ? created.value() : 0;
}

QStringList yearTitlesIn(const QString &path)
{
    Database::Options options;
    options.readOnly = true;
    auto opened = Database::open(path, options);
    if (!opened.ok())
        return {QStringLiteral("error: ") + opened.error().message};
    QStringList numbers;
    // Kept in a variable: a range-for over a member of a temporary Result would read freed memory.
    const auto overviews = Repositories(opened.value()->connectionName()).years.overviews();
    for (const YearOverview &overview : overviews.value())
        numbers << QString::number(overview.year.number);
    return numbers;
}

// A database of an older schema version, as an older Hoego left it.
void writeDatabaseOfVersion(const QString &path, int version, const QStringList &rows)
{
    const QString name = QStringLiteral("older-writer");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        for (int step = 1; step <= version; ++step) {
            for (const QString &statement : schema::migrationStep(step))
                QVERIFY(sql::exec(name, statement).ok());
        }
        for (const QString &statement : rows)
            QVERIFY(sql::exec(name, statement).ok());
        QVERIFY(sql::exec(name, QStringLiteral("PRAGMA user_version = %1").arg(version)).ok());
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

class TestBackup : public QObject
{
    Q_OBJECT

private slots:
    void backupIsAPrivateConsistentCopyBesideTheDatabase()
    {
        // Given a database with a year, an event and a goal
        test::TempDatabase db;
        const Id year = *db.repos().years.create(2023, QStringLiteral("대학원 마지막 해"));
        QVERIFY(addEvent(db, year, 2023, QStringLiteral("졸업 논문 제출")) > 0);
        Goal goal;
        goal.yearId = year;
        goal.title = QStringLiteral("논문 두 편 읽기");
        QVERIFY(db.repos().goals.create(goal).ok());

        // When a backup is taken
        auto written = backup::create(db.connection(), db.path(), 10, utc(QStringLiteral("2023-12-31T15:00:00Z")));

        // Then it sits in backups/ beside the file, named by its time, readable by the owner only, with the data
        QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().message));
        QCOMPARE(written.value(),
                 QDir(db.folder()).filePath(QStringLiteral("backups/test.sqlite-20231231-150000-000.sqlite")));
        QVERIFY(isPrivate(written.value()));
        QVERIFY(!QFile::exists(written.value() + QStringLiteral(".partial")));
        const backup::Summary summary = backup::inspect(written.value());
        QVERIFY2(summary.readable, qPrintable(summary.problem));
        QCOMPARE(summary.createdAt, utc(QStringLiteral("2023-12-31T15:00:00Z")));
        QCOMPARE(summary.years, 1);
        QCOMPARE(summary.events, 1);
        QCOMPARE(summary.goals, 1);
        QCOMPARE(summary.schemaVersion, schema::kCurrentVersion);
    }

    void keepsOnlyTheNewestBackups()
    {
        test::TempDatabase db;
        QVERIFY(db.repos().years.create(2023).ok());
        QDateTime when = utc(QStringLiteral("2024-01-01T09:00:00Z"));
        for (int i = 0; i < 5; ++i)
            QVERIFY(backup::create(db.connection(), db.path(), 3, when.addDays(i)).ok());

        const QList<QString> kept = backup::list(db.path());
        QCOMPARE(kept.size(), 3);
        QVERIFY(kept.first().endsWith(QStringLiteral("test.sqlite-20240105-090000-000.sqlite")));
        QVERIFY(kept.last().endsWith(QStringLiteral("test.sqlite-20240103-090000-000.sqlite")));
    }

    void pruningLeavesFilesThatAreNotHoegoBackupsAlone()
    {
        test::TempDatabase db;
        QVERIFY(QDir().mkpath(backup::folderFor(db.path())));
        const QString mine = QDir(backup::folderFor(db.path())).filePath(QStringLiteral("my notes.txt"));
        QFile file(mine);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        for (int i = 0; i < 3; ++i)
            QVERIFY(backup::create(db.connection(), db.path(), 1,
                                   utc(QStringLiteral("2024-01-01T09:00:00Z")).addSecs(i))
                            .ok());
        QCOMPARE(backup::list(db.path()).size(), 1);
        QVERIFY(QFile::exists(mine));
    }

    void startUpBackupIsTakenAtMostOncePerDay()
    {
        test::TempDatabase db;
        QVERIFY(db.repos().years.create(2023).ok());
        const QDateTime morning = utc(QStringLiteral("2024-03-01T00:30:00Z")); // 09:30 in Seoul (TZ of the tests)

        auto first = backup::createIfDue(db.connection(), db.path(), 10, morning);
        QVERIFY(first.ok());
        QVERIFY(first.value().has_value());
        auto sameDay = backup::createIfDue(db.connection(), db.path(), 10, morning.addSecs(10 * 3600));
        QVERIFY(sameDay.ok());
        QVERIFY(!sameDay.value().has_value());
        auto nextDay = backup::createIfDue(db.connection(), db.path(), 10, morning.addDays(1));
        QVERIFY(nextDay.ok());
        QVERIFY(nextDay.value().has_value());
        QCOMPARE(backup::list(db.path()).size(), 2);
    }

    void failedBackupReportsAnErrorAndTheDatabaseStaysUsable()
    {
        // Given a file where the backup folder should be
        test::TempDatabase db;
        QFile blocker(backup::folderFor(db.path()));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();

        // When a backup is attempted, it fails with a message
        auto written = backup::create(db.connection(), db.path(), 10);
        QVERIFY(!written.ok());
        QCOMPARE(written.error().code, Error::Code::Io);
        QVERIFY(written.error().message.contains(QStringLiteral("backup")));

        // Then the user goes on writing
        QVERIFY(db.repos().years.create(2025).ok());
        QVERIFY(db.reopen());
        QCOMPARE(db.repos().years.overviews()->size(), 1);
    }

    void upgradingAnOlderDatabaseFirstBacksItUp()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        writeDatabaseOfVersion(path, 1,
                               {QStringLiteral("INSERT INTO year (number, title) VALUES (2019, '석사 1년차')")});

        auto opened = Database::open(path);
        QVERIFY(opened.ok());
        QVERIFY(opened.value()->warnings().isEmpty());

        const QList<QString> backups = backup::list(path);
        QCOMPARE(backups.size(), 1);
        const backup::Summary summary = backup::inspect(backups.first());
        QVERIFY2(summary.readable, qPrintable(summary.problem));
        QCOMPARE(summary.schemaVersion, 1);
        QCOMPARE(summary.years, 1);
    }

    void aFailedBackupBeforeAnUpgradeIsAWarningNotABlock()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        writeDatabaseOfVersion(path, 1, {QStringLiteral("INSERT INTO year (number) VALUES (2019)")});
        QFile blocker(backup::folderFor(path));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();

        auto opened = Database::open(path);
        QVERIFY(opened.ok());
        QCOMPARE(opened.value()->schemaVersion(), schema::kCurrentVersion);
        QCOMPARE(opened.value()->warnings().size(), 1);
        QVERIFY(opened.value()->warnings().first().contains(QStringLiteral("back up")));
    }

    void inspectingABackupDoesNotChangeIt()
    {
        test::TempDatabase db;
        QVERIFY(db.repos().years.create(2023).ok());
        auto written = backup::create(db.connection(), db.path(), 10);
        QVERIFY(written.ok());
        const QByteArray before = test::fileSha256(written.value());
        QCOMPARE(backup::inspect(written.value()).years, 1);
        QCOMPARE(test::fileSha256(written.value()), before);
        QVERIFY(!QFile::exists(written.value() + QStringLiteral("-wal")));
        QVERIFY(!QFile::exists(written.value() + QStringLiteral("-shm")));
    }

    void inspectingADamagedBackupNamesTheProblem()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("hoego-20240101-000000-000.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(2048, '\x42'));
        file.close();
        const backup::Summary summary = backup::inspect(path);
        QVERIFY(!summary.readable);
        QVERIFY(!summary.problem.isEmpty());
    }

    void restoreBringsBackTheBackupAndKeepsTheReplacedFile()
    {
        // Given a backup with 2023, and 2024 added afterwards
        test::TempDatabase db;
        QVERIFY(db.repos().years.create(2023).ok());
        auto written = backup::create(db.connection(), db.path(), 10, utc(QStringLiteral("2024-01-01T00:00:00Z")));
        QVERIFY(written.ok());
        QVERIFY(db.repos().years.create(2024).ok());
        db.close();

        // When the backup is restored
        auto restored = backup::restore(db.path(), written.value());

        // Then the database holds what the backup held, and the replaced state is saved as a new backup
        QVERIFY2(restored.ok(), restored.ok() ? "" : qPrintable(restored.error().message));
        QCOMPARE(yearTitlesIn(db.path()), QStringList{QStringLiteral("2023")});
        QCOMPARE(yearTitlesIn(restored.value()), (QStringList{QStringLiteral("2023"), QStringLiteral("2024")}));
        QVERIFY(isPrivate(db.path()));
        QVERIFY(!QFile::exists(db.path() + QStringLiteral(".restoring")));
        QVERIFY(db.reopen());
        QVERIFY(db.repos().years.create(2025).ok());
    }

    void restoreIsRefusedWhileAnotherHoegoHasTheDatabaseOpen()
    {
        test::TempDatabase db;
        QVERIFY(db.repos().years.create(2023).ok());
        auto written = backup::create(db.connection(), db.path(), 10);
        QVERIFY(written.ok());
        QVERIFY(db.repos().years.create(2024).ok());

        auto restored = backup::restore(db.path(), written.value());
        QVERIFY(!restored.ok());
        QCOMPARE(restored.error().code, Error::Code::Locked);
        QCOMPARE(db.repos().years.overviews()->size(), 2);
        QCOMPARE(backup::list(db.path()).size(), 1);
    }

    void restoreRefusesADamagedBackupAndChangesNothing()
    {
        test::TempDatabase db;
        QVERIFY(db.repos().years.create(2023).ok());
        db.close();
        const QByteArray before = test::fileSha256(db.path());
        const QString damaged = QDir(db.folder()).filePath(QStringLiteral("damaged.sqlite"));
        QFile file(damaged);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("SQLite format 3\0", 16) + QByteArray(8000, '\x07'));
        file.close();

        auto restored = backup::restore(db.path(), damaged);
        QVERIFY(!restored.ok());
        QCOMPARE(restored.error().code, Error::Code::Corrupt);
        QCOMPARE(test::fileSha256(db.path()), before);
    }

    void restoreOverADamagedDatabaseKeepsAByteCopyOfIt()
    {
        // Given a good backup and a database that was damaged afterwards
        test::TempDatabase db;
        QVERIFY(db.repos().years.create(2023).ok());
        auto written = backup::create(db.connection(), db.path(), 10);
        QVERIFY(written.ok());
        db.close();
        QFile file(db.path());
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.seek(100);
        file.write(QByteArray(3000, '\xff'));
        file.close();
        const QByteArray damagedBytes = test::fileSha256(db.path());

        // When the backup is restored over it
        auto restored = backup::restore(db.path(), written.value());

        // Then the damaged bytes are kept aside, untouched, and the database works again
        QVERIFY2(restored.ok(), restored.ok() ? "" : qPrintable(restored.error().message));
        QVERIFY(restored.value().endsWith(QStringLiteral("-damaged.sqlite")));
        QCOMPARE(test::fileSha256(restored.value()), damagedBytes);
        QCOMPARE(yearTitlesIn(db.path()), QStringList{QStringLiteral("2023")});
    }

    void openingABackupInsteadOfADamagedFileCopiesItBesideAndLeavesTheDamagedFileAlone()
    {
        test::TempDatabase db;
        QVERIFY(db.repos().years.create(2023).ok());
        auto written = backup::create(db.connection(), db.path(), 10);
        QVERIFY(written.ok());
        db.close();
        QVERIFY(QFile::resize(db.path(), 1000));
        const QByteArray damaged = test::fileSha256(db.path());

        auto copy = backup::restoreAsCopy(written.value(), db.path(), utc(QStringLiteral("2024-05-01T01:02:03Z")));

        QVERIFY2(copy.ok(), copy.ok() ? "" : qPrintable(copy.error().message));
        QCOMPARE(copy.value(), QDir(db.folder()).filePath(QStringLiteral("test-restored-20240501-010203-000.sqlite")));
        QVERIFY(isPrivate(copy.value()));
        QCOMPARE(yearTitlesIn(copy.value()), QStringList{QStringLiteral("2023")});
        QCOMPARE(test::fileSha256(db.path()), damaged);
    }

    void restoringTheOldestOfAFullSetOfBackupsWorksAndKeepsIt()
    {
        // Given the usual state after ten days: ten backups, the most that are kept
        test::TempDatabase db;
        QVERIFY(db.repos().years.create(2020).ok());
        QDateTime when = utc(QStringLiteral("2024-01-01T09:00:00Z"));
        QVERIFY(backup::create(db.connection(), db.path(), 10, when).ok());
        QVERIFY(db.repos().years.create(2021).ok());
        for (int day = 1; day < 10; ++day)
            QVERIFY(backup::create(db.connection(), db.path(), 10, when.addDays(day)).ok());
        const QString oldest = backup::list(db.path()).last();
        QCOMPARE(backup::list(db.path()).size(), 10);
        db.close();

        // When the oldest is restored (saving the current file makes an eleventh)
        auto restored = backup::restore(db.path(), oldest, 10);

        // Then it is restored, it is still there, and the saved current file is there too
        QVERIFY2(restored.ok(), restored.ok() ? "" : qPrintable(restored.error().message));
        QCOMPARE(yearTitlesIn(db.path()), QStringList{QStringLiteral("2020")});
        QVERIFY(QFile::exists(oldest));
        QVERIFY(QFile::exists(restored.value()));
        QCOMPARE(yearTitlesIn(restored.value()), (QStringList{QStringLiteral("2020"), QStringLiteral("2021")}));
    }

    void aNewBackupIsKeptEvenWhenOthersAreNamedLaterThanTheClock()
    {
        // Given ten backups whose names are later than the clock (taken while the clock was wrong)
        test::TempDatabase db;
        QVERIFY(db.repos().years.create(2023).ok());
        for (int day = 0; day < 10; ++day)
            QVERIFY(backup::create(db.connection(), db.path(), 10,
                                   utc(QStringLiteral("2099-01-01T09:00:00Z")).addDays(day))
                            .ok());

        // When a backup is taken now, and a restore saves the current file
        auto taken = backup::create(db.connection(), db.path(), 10, utc(QStringLiteral("2026-12-01T09:00:00Z")));
        QVERIFY(taken.ok());
        const bool takenKept = QFile::exists(taken.value());
        const QString source = backup::list(db.path()).first();
        db.close();
        auto restored = backup::restore(db.path(), source, 10);

        // Then the paths they report exist
        QVERIFY2(takenKept, qPrintable(taken.value()));
        QVERIFY(restored.ok());
        QVERIFY2(QFile::exists(restored.value()), qPrintable(restored.value()));
    }

    void twoDatabasesInOneFolderKeepTheirOwnBackups()
    {
        // Given hoego.sqlite and hoego.bak side by side, each with backups
        QTemporaryDir dir;
        const QString first = dir.filePath(QStringLiteral("hoego.sqlite"));
        const QString second = dir.filePath(QStringLiteral("hoego.bak"));
        for (const QString &path : {first, second}) {
            auto opened = Database::open(path);
            QVERIFY(opened.ok());
            for (int day = 0; day < 3; ++day)
                QVERIFY(backup::create(opened.value()->connectionName(), path, 3,
                                       utc(QStringLiteral("2024-01-01T09:00:00Z")).addDays(day))
                                .ok());
        }

        // When the second takes more backups than it keeps
        {
            auto opened = Database::open(second);
            QVERIFY(opened.ok());
            QVERIFY(backup::create(opened.value()->connectionName(), second, 3,
                                   utc(QStringLiteral("2024-02-01T09:00:00Z")))
                            .ok());
        }

        // Then the first still has all of its own
        QCOMPARE(backup::list(first).size(), 3);
        QCOMPARE(backup::list(second).size(), 3);
        for (const QString &path : backup::list(first))
            QVERIFY(QFileInfo(path).fileName().startsWith(QStringLiteral("hoego.sqlite-")));
    }

    void partialFilesOfKilledBackupsAreCleanedButNotThoseBeingWritten()
    {
        // Given a partial backup a killed run left, and one another process is writing (it holds its lock)
        test::TempDatabase db;
        QVERIFY(db.repos().years.create(2023).ok());
        QVERIFY(QDir().mkpath(backup::folderFor(db.path())));
        const QDir folder(backup::folderFor(db.path()));
        const QString abandoned = folder.filePath(QStringLiteral("test.sqlite-20240101-090000-000.sqlite.partial"));
        const QString live = folder.filePath(QStringLiteral("test.sqlite-20240101-090000-001.sqlite.partial"));
        for (const QString &path : {abandoned, live}) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray(4096, 'p'));
        }
        QProcess holder;
        holder.start(QStringLiteral("flock"), {live, QStringLiteral("sleep"), QStringLiteral("30")});
        QVERIFY(holder.waitForStarted());
        QTRY_VERIFY(QProcess::execute(QStringLiteral("flock"), {QStringLiteral("-n"), live, QStringLiteral("true")})
                    != 0);

        // When a backup is written
        QVERIFY(backup::create(db.connection(), db.path(), 10).ok());

        // Then the abandoned one is gone and the live one is left alone
        QVERIFY(!QFile::exists(abandoned));
        QVERIFY(QFile::exists(live));
        holder.kill();
        holder.waitForFinished();
    }

    void restoreIncludesTransactionsStillInTheBackupsLog()
    {
        // Given a copy of a database taken while its last year was only in its write-ahead log
        test::TempDatabase db;
        QVERIFY(db.repos().years.create(2022).ok());
        QVERIFY(db.rawExec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")).ok());
        QVERIFY(db.rawExec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).ok());
        QVERIFY(db.repos().years.create(2023).ok());
        const QString copy = QDir(db.folder()).filePath(QStringLiteral("copy.sqlite"));
        QVERIFY(QFile::copy(db.path(), copy));
        QVERIFY(QFile::copy(db.path() + QStringLiteral("-wal"), copy + QStringLiteral("-wal")));
        QVERIFY(db.repos().years.create(2024).ok());
        db.close();

        // When the copy is restored
        auto restored = backup::restore(db.path(), copy);

        // Then the year that was only in its log is there too
        QVERIFY2(restored.ok(), restored.ok() ? "" : qPrintable(restored.error().message));
        QCOMPARE(yearTitlesIn(db.path()), (QStringList{QStringLiteral("2022"), QStringLiteral("2023")}));
    }

    void restoreThroughASymbolicLinkReplacesTheRealDatabase()
    {
        // Given a database reached through a symbolic link, and a backup of it
        test::TempDatabase db;
        QVERIFY(db.repos().years.create(2023).ok());
        auto written = backup::create(db.connection(), db.path(), 10);
        QVERIFY(written.ok());
        QVERIFY(db.repos().years.create(2024).ok());
        db.close();
        const QString link = QDir(db.folder()).filePath(QStringLiteral("link.sqlite"));
        QVERIFY(QFile::link(db.path(), link));

        // When the backup is restored through the link
        auto restored = backup::restore(link, written.value());

        // Then the link is still a link and the real file holds the backup
        QVERIFY2(restored.ok(), restored.ok() ? "" : qPrintable(restored.error().message));
        QVERIFY(QFileInfo(link).isSymLink());
        QCOMPARE(yearTitlesIn(db.path()), QStringList{QStringLiteral("2023")});
    }
};

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
