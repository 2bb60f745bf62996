// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "filehash.h"
#include "storage/backup.h"
#include "storage/database.h"
#include "storage/databasefile.h"
#include "storage/idlecheckpoint.h"
#include "storage/repositories.h"
#include "storage/schema.h"
#include "storage/sql.h"
#include "storage/syncfolder.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

#include <sys/mount.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace hoego;

// Which file a path names and whose it is: another program's SQLite file, a foreign write-ahead log, a second
// name of the same file, a FIFO, a stale side file, a full disk. Each is refused untouched or handled.
namespace {

// Runs statements on a plain SQLite connection, as another program (or an older Hoego) would.
void runRaw(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("raw-writer");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        for (const QString &statement : statements)
            QVERIFY2(sql::exec(name, statement).ok(), qPrintable(statement));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

QVariant rawScalar(const QString &path, const QString &statement)
{
    const QString name = QStringLiteral("raw-reader");
    QVariant value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            auto row = sql::single(name, statement, {}, QStringLiteral("value"));
            if (row.ok())
                value = row.value().value(0);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

// A Hoego database at `path` holding the given years, closed again.
void writeHoegoDatabase(const QString &path, const QList<int> &years)
{
    auto opened = Database::open(path);
    QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
    Repositories repos(opened.value()->connectionName());
    for (const int year : years)
        QVERIFY(repos.years.create(year, QStringLiteral("%1년의 회고").arg(year)).ok());
}

QStringList yearsIn(const Database &database)
{
    QStringList numbers;
    for (const YearOverview &overview : *Repositories(database.connectionName()).years.overviews())
        numbers << QString::number(overview.year.number);
    return numbers;
}

} // namespace

class TestDatabaseIdentity : public QObject
{
    Q_OBJECT

private slots:
    void anotherProgramsDatabaseIsRefusedBeforeAnythingWritesIt_data()
    {
        QTest::addColumn<int>("userVersion");
        QTest::newRow("user_version 1") << 1;
        QTest::newRow("user_version 3") << 3;
        QTest::newRow("user_version -1") << -1;
        QTest::newRow("user_version 0") << 0;
    }

    void anotherProgramsDatabaseIsRefusedBeforeAnythingWritesIt()
    {
        // Given another program's SQLite file (rollback journal, its own tables and user_version)
        QFETCH(int, userVersion);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
        runRaw(path,
               {QStringLiteral("CREATE TABLE note (id INTEGER PRIMARY KEY, body TEXT)"),
                QStringLiteral("INSERT INTO note (body) VALUES ('장보기')"),
                QStringLiteral("PRAGMA user_version = %1").arg(userVersion)});
        const QByteArray before = test::fileSha256(path);

        // When Hoego is asked to open it
        auto opened = Database::open(path);

        // Then it is refused as another program's file, and nothing was written or created beside it
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, Error::Code::Corrupt);
        QVERIFY2(opened.error().message.contains(QStringLiteral("another program")),
                 qPrintable(opened.error().message));
        QCOMPARE(test::fileSha256(path), before);
        QVERIFY(!QFileInfo::exists(backup::folderFor(path)));
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
        QCOMPARE(rawScalar(path, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("delete"));
    }

    void aFileWithAnotherApplicationIdIsRefusedEvenWithHoegosTables()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("lookalike.sqlite"));
        writeHoegoDatabase(path, {2023});
        runRaw(path, {QStringLiteral("PRAGMA application_id = 1234")});
        const QByteArray before = test::fileSha256(path);

        auto opened = Database::open(path);

        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, Error::Code::Corrupt);
        QCOMPARE(test::fileSha256(path), before);
    }

    void aNewDatabaseCarriesHoegosApplicationIdAndAnOlderOneGetsIt()
    {
        // Given a new database, and one from before the id (Hoego's tables, application_id 0)
        QTemporaryDir dir;
        const QString fresh = dir.filePath(QStringLiteral("new.sqlite"));
        writeHoegoDatabase(fresh, {2024});
        const QString older = dir.filePath(QStringLiteral("older.sqlite"));
        writeHoegoDatabase(older, {2022});
        runRaw(older, {QStringLiteral("PRAGMA application_id = 0")});

        // When the older one is opened again
        {
            auto opened = Database::open(older);
            QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
            QCOMPARE(yearsIn(*opened.value()), QStringList{QStringLiteral("2022")});
        }

        // Then both say they are Hoego's
        QCOMPARE(rawScalar(fresh, QStringLiteral("PRAGMA application_id")).toInt(), schema::kApplicationId);
        QCOMPARE(rawScalar(older, QStringLiteral("PRAGMA application_id")).toInt(), schema::kApplicationId);
    }

    void aWriteAheadLogOfAnotherDatabaseIsRefusedAndNeverWrittenIn_data()
    {
        QTest::addColumn<int>("otherPageSize");
        QTest::newRow("same page size") << 4096;
        QTest::newRow("other page size") << 8192;
    }

    void aWriteAheadLogOfAnotherDatabaseIsRefusedAndNeverWrittenIn()
    {
        // Given a healthy database, closed cleanly
        QFETCH(int, otherPageSize);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("mine.sqlite"));
        writeHoegoDatabase(path, {2021, 2022, 2023});
        const QByteArray before = test::fileSha256(path);

        // ...and beside it the log of another database that was killed while it wrote
        const QString other = dir.filePath(QStringLiteral("other.sqlite"));
        runRaw(other,
               {QStringLiteral("PRAGMA page_size = %1").arg(otherPageSize), QStringLiteral("CREATE TABLE scratch (x)"),
                QStringLiteral("DROP TABLE scratch")});
        writeHoegoDatabase(other, {});
        const QString name = QStringLiteral("other-writer");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(other);
            QVERIFY(db.open());
            QVERIFY(sql::exec(name, QStringLiteral("PRAGMA wal_autocheckpoint = 0")).ok());
            Repositories repos(name);
            for (int year = 1990; year < 2020; ++year)
                QVERIFY(repos.years.create(year, QStringLiteral("다른 파일의 %1년").arg(year)).ok());
            QVERIFY(QFile::copy(other + QStringLiteral("-wal"), path + QStringLiteral("-wal")));
            db.close();
        }
        QSqlDatabase::removeDatabase(name);

        // When the window opens it (integrity check deferred, as at start-up)
        Database::Options options;
        options.deferIntegrityCheck = true;
        auto opened = Database::open(path, options);

        // Then it is refused, and the file is byte for byte as it was, its three years intact
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, Error::Code::Corrupt);
        QCOMPARE(test::fileSha256(path), before);
        QVERIFY(QFile::remove(path + QStringLiteral("-wal")));
        QFile::remove(path + QStringLiteral("-shm"));
        auto reopened = Database::open(path);
        QVERIFY(reopened.ok());
        QCOMPARE(yearsIn(*reopened.value()),
                 (QStringList{QStringLiteral("2021"), QStringLiteral("2022"), QStringLiteral("2023")}));
    }

    void aLogLeftByAKilledHoegoIsStillReplayed()
    {
        // Given a database whose last edits are only in its log (the writer died before a checkpoint)
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("mine.sqlite"));
        writeHoegoDatabase(path, {2022});
        const QString saved = dir.filePath(QStringLiteral("as-left.sqlite"));
        {
            auto opened = Database::open(path);
            QVERIFY(opened.ok());
            QVERIFY(sql::exec(opened.value()->connectionName(), QStringLiteral("PRAGMA wal_autocheckpoint = 0")).ok());
            QVERIFY(Repositories(opened.value()->connectionName()).years.create(2023).ok());
            // What a kill leaves: the file, its log and its shared-memory index as they are now
            for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
                QVERIFY(QFile::copy(path + suffix, saved + suffix));
        }

        // When that state is opened as at start-up
        Database::Options options;
        options.deferIntegrityCheck = true;
        auto opened = Database::open(saved, options);

        // Then the logged edit is there
        QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
        QCOMPARE(yearsIn(*opened.value()), (QStringList{QStringLiteral("2022"), QStringLiteral("2023")}));
    }

    void aSecondNameOfTheSameFileCannotOpenItForWriting_data()
    {
        QTest::addColumn<bool>("hardLink");
        QTest::newRow("hard link") << true;
        QTest::newRow("symbolic link") << false;
    }

    void aSecondNameOfTheSameFileCannotOpenItForWriting()
    {
        // Given a database open for writing, and a second name for it in another folder
        QFETCH(bool, hardLink);
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("elsewhere")));
        const QString path = dir.filePath(QStringLiteral("hoego.sqlite"));
        const QString alias = dir.filePath(QStringLiteral("elsewhere/alias.sqlite"));
        writeHoegoDatabase(path, {2023});
        auto first = Database::open(path);
        QVERIFY(first.ok());
        if (hardLink)
            QCOMPARE(::link(QFile::encodeName(path).constData(), QFile::encodeName(alias).constData()), 0);
        else
            QVERIFY(QFile::link(path, alias));

        // When a second writer opens it through that name
        auto second = Database::open(alias);

        // Then it is refused as already open, naming a real process or none
        QVERIFY(!second.ok());
        QCOMPARE(second.error().code, Error::Code::Locked);
        QVERIFY2(!second.error().message.contains(QStringLiteral("process 0")), qPrintable(second.error().message));
    }

    void aSymbolicLinkOpensTheRealFileAndItsBackupsSitBesideIt()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("data")));
        const QString real = dir.filePath(QStringLiteral("data/hoego.sqlite"));
        writeHoegoDatabase(real, {2023});
        const QString link = dir.filePath(QStringLiteral("link.sqlite"));
        QVERIFY(QFile::link(real, link));

        auto opened = Database::open(link);

        QVERIFY(opened.ok());
        QCOMPARE(opened.value()->path(), QFileInfo(real).canonicalFilePath());
        QCOMPARE(backup::folderFor(opened.value()->path()),
                 QFileInfo(real).absolutePath() + QStringLiteral("/backups"));
    }

    void aFifoOrAFolderIsRefusedWithoutOpeningIt_data()
    {
        QTest::addColumn<bool>("fifo");
        QTest::newRow("FIFO") << true;
        QTest::newRow("folder") << false;
    }

    void aFifoOrAFolderIsRefusedWithoutOpeningIt()
    {
        // Given a named pipe nobody writes to (opening it for reading would wait forever), or a folder
        QFETCH(bool, fifo);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("pipe.sqlite"));
        if (fifo)
            QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        else
            QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("pipe.sqlite")));

        auto opened = Database::open(path);

        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, Error::Code::InvalidInput);
        QVERIFY(opened.error().message.contains(path));
    }

    void anEmptyPathIsRefused()
    {
        auto opened = Database::open(QString());
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, Error::Code::InvalidInput);
    }

    void aStaleReadOnlySideFileIsRepairedSoEditsAreSaved()
    {
        // Given a writable database whose -wal and -shm were left 0400 by an open while the file was 0400
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("hoego.sqlite"));
        writeHoegoDatabase(path, {2022});
        for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            QFile side(path + suffix);
            QVERIFY(side.open(QIODevice::WriteOnly));
            side.close();
            QVERIFY(QFile::setPermissions(side.fileName(), QFileDevice::ReadOwner));
        }

        // When it is opened and edited
        {
            auto opened = Database::open(path);
            QVERIFY(opened.ok());
            QVERIFY(!opened.value()->isReadOnly());
            QVERIFY(Repositories(opened.value()->connectionName()).years.create(2023).ok());
        }

        // Then the side files are the owner's to write again and the edit is on disk
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-shm"))
                || (QFile::permissions(path + QStringLiteral("-shm")) & QFileDevice::WriteOwner));
        auto reopened = Database::open(path);
        QVERIFY(reopened.ok());
        QCOMPARE(yearsIn(*reopened.value()), (QStringList{QStringLiteral("2022"), QStringLiteral("2023")}));
    }

    void aHealthyDatabaseOnAFullDiskIsNotCalledDamaged()
    {
        // Given a healthy database on a small disk that is now full (a tmpfs; mounting one needs root)
        QTemporaryDir dir;
        const QByteArray mountPoint = QFile::encodeName(dir.path());
        if (::mount("tmpfs", mountPoint.constData(), "tmpfs", 0, "size=1m") != 0)
            QSKIP("Mounting a small tmpfs needs root; the full-disk case is checked in CI, which runs as root.");
        const auto unmount = qScopeGuard([&] { ::umount2(mountPoint.constData(), MNT_DETACH); });
        const QString path = dir.filePath(QStringLiteral("hoego.sqlite"));
        writeHoegoDatabase(path, {2023});
        QFile filler(dir.filePath(QStringLiteral("filler")));
        QVERIFY(filler.open(QIODevice::WriteOnly));
        const QByteArray block(4096, 'x');
        while (filler.write(block) == block.size() && filler.flush()) { }
        filler.close();
        const QByteArray before = test::fileSha256(path);

        // When it is opened
        auto opened = Database::open(path);

        // Then either it opens, or the reason is the full disk, never damage; the file is unchanged
        if (!opened.ok()) {
            QVERIFY2(opened.error().code != Error::Code::Corrupt, qPrintable(opened.error().message));
            QVERIFY2(opened.error().message.contains(QStringLiteral("full")), qPrintable(opened.error().message));
        } else {
            QCOMPARE(yearsIn(*opened.value()), QStringList{QStringLiteral("2023")});
        }
        QCOMPARE(test::fileSha256(path), before);
    }

    void theLogIsFoldedIntoTheFileOnceWritingPauses()
    {
        // Given an open database with edits in its log
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("hoego.sqlite"));
        auto opened = Database::open(path);
        QVERIFY(opened.ok());
        IdleCheckpoint idle(*opened.value(), 60'000);
        QVERIFY(Repositories(opened.value()->connectionName()).years.create(2023).ok());
        QVERIFY(QFileInfo(path + QStringLiteral("-wal")).size() > 0);

        // When two ticks pass without a write
        idle.tick();
        QVERIFY(QFileInfo(path + QStringLiteral("-wal")).size() > 0); // the first tick only measures
        idle.tick();

        // Then the log is empty and a copy of the file alone holds the edit
        QCOMPARE(QFileInfo(path + QStringLiteral("-wal")).size(), 0);
        const QString copy = dir.filePath(QStringLiteral("copy.sqlite"));
        QVERIFY(QFile::copy(path, copy));
        QCOMPARE(rawScalar(copy, QStringLiteral("SELECT count(*) FROM year")).toInt(), 1);
    }

    void aDatabaseInASyncedFolderGetsAWarning_data()
    {
        QTest::addColumn<QString>("mark");
        QTest::addColumn<QString>("service");
        QTest::newRow("Syncthing") << QStringLiteral(".stfolder") << QStringLiteral("Syncthing");
        QTest::newRow("Dropbox") << QStringLiteral(".dropbox") << QStringLiteral("Dropbox");
        QTest::newRow("Nextcloud") << QStringLiteral(".sync_2f8a1c.db") << QStringLiteral("Nextcloud / ownCloud");
    }

    void aDatabaseInASyncedFolderGetsAWarning()
    {
        // Given a database two folders below the root of a synced folder
        QFETCH(QString, mark);
        QFETCH(QString, service);
        QTemporaryDir dir;
        QFile markFile(dir.filePath(mark));
        QVERIFY(markFile.open(QIODevice::WriteOnly));
        markFile.close();
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("notes/2023")));
        const QString path = dir.filePath(QStringLiteral("notes/2023/hoego.sqlite"));

        // When it is opened
        auto opened = Database::open(path);

        // Then the open works and warns, naming the service and the safe alternatives
        QVERIFY(opened.ok());
        QCOMPARE(syncfolder::serviceManaging(path), service);
        QCOMPARE(opened.value()->warnings().size(), 1);
        QVERIFY(opened.value()->warnings().first().contains(service));
        QVERIFY(opened.value()->warnings().first().contains(QStringLiteral("backups")));
    }

    void aDatabaseOutsideSyncedFoldersGetsNoWarning()
    {
        QTemporaryDir dir;
        auto opened = Database::open(dir.filePath(QStringLiteral("hoego.sqlite")));
        QVERIFY(opened.ok());
        QVERIFY(opened.value()->warnings().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDatabaseIdentity)
#include "tst_databaseidentity.moc"
