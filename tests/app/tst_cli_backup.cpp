// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "filehash.h"
#include "storage/backup.h"
#include "tempdatabase.h"

#include <QDir>
#include <QProcess>
#include <QTest>

#include <sys/stat.h>
#include <sys/sysmacros.h>

using namespace hoego;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runHoego(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("minimal"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(HOEGO_EXECUTABLE), arguments);
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

// The file's type as lstat sees it (S_IFIFO, S_IFCHR...), 0 when it is missing.
mode_t fileType(const QString &path)
{
    struct stat status = {};
    return ::lstat(QFile::encodeName(path).constData(), &status) == 0 ? (status.st_mode & S_IFMT) : 0;
}

QStringList yearNumbers(test::TempDatabase &db)
{
    QStringList numbers;
    const auto overviews = db.repos().years.overviews();
    for (const YearOverview &overview : overviews.value())
        numbers << QString::number(overview.year.number);
    return numbers;
}

} // namespace

class TestCliBackup : public QObject
{
    Q_OBJECT

private slots:
    void backupWritesIntoTheBackupsFolderEvenWhileTheWindowHasTheDatabaseOpen()
    {
        test::TempDatabase db; // stays open, as the window would keep it
        QVERIFY(db.repos().years.create(2023).ok());

        const Run run = runHoego({QStringLiteral("--db"), db.path(), QStringLiteral("backup")});

        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QList<QString> backups = backup::list(db.path());
        QCOMPARE(backups.size(), 1);
        QCOMPARE(run.out.trimmed(), backups.first());
        QCOMPARE(backup::inspect(backups.first()).years, 1);
    }

    void backupToAnOutputFileNeverOverwritesOne()
    {
        test::TempDatabase db;
        QVERIFY(db.repos().years.create(2023).ok());
        const QString output = QDir(db.folder()).filePath(QStringLiteral("내 백업.sqlite"));

        const Run first = runHoego(
                {QStringLiteral("--db"), db.path(), QStringLiteral("backup"), QStringLiteral("--output"), output});
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        QCOMPARE(backup::inspect(output).years, 1);
        const QByteArray before = test::fileSha256(output);

        const Run second = runHoego(
                {QStringLiteral("--db"), db.path(), QStringLiteral("backup"), QStringLiteral("--output"), output});
        QCOMPARE(second.exitCode, 1);
        QVERIFY(second.err.contains(QStringLiteral("already exists")));
        QCOMPARE(test::fileSha256(output), before);
    }

    void backupOntoADeviceOrAPipeIsRefusedAndLeavesItAlone()
    {
        // Given a pipe and (as root) a character device like /dev/null where the backup should go
        test::TempDatabase db;
        QVERIFY(db.repos().years.create(2023).ok());
        const QString fifo = QDir(db.folder()).filePath(QStringLiteral("pipe.sqlite"));
        QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
        QList<QPair<QString, mode_t>> outputs{{fifo, S_IFIFO}};
        const QString device = QDir(db.folder()).filePath(QStringLiteral("null"));
        if (::mknod(QFile::encodeName(device).constData(), S_IFCHR | 0600, makedev(1, 3)) == 0)
            outputs.append({device, S_IFCHR});
        else
            qInfo("not root: the character device case is skipped (mknod needs CAP_MKNOD)");

        for (const auto &[output, type] : std::as_const(outputs)) {
            // When a backup is written there
            const Run run = runHoego(
                    {QStringLiteral("--db"), db.path(), QStringLiteral("backup"), QStringLiteral("--output"), output});
            // Then it is refused for what it is, and the node is still there, unchanged
            QCOMPARE(run.exitCode, 1);
            QVERIFY2(run.err.contains(QStringLiteral("is not a regular file")), qPrintable(run.err));
            QCOMPARE(fileType(output), type);
            QVERIFY(!QFile::exists(output + QStringLiteral(".partial")));
        }
    }

    void restoreFromAPipeIsRefusedWithoutWaiting()
    {
        test::TempDatabase db;
        QVERIFY(db.repos().years.create(2023).ok());
        db.close();
        const QByteArray before = test::fileSha256(db.path());
        const QString fifo = QDir(db.folder()).filePath(QStringLiteral("backup.sqlite"));
        QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);

        const Run run = runHoego({QStringLiteral("--db"), db.path(), QStringLiteral("restore"), fifo});

        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("is not a regular file")), qPrintable(run.err));
        QCOMPARE(test::fileSha256(db.path()), before);
        QVERIFY(backup::list(db.path()).isEmpty());
    }

    void restorePutsTheBackupBackAndSavesWhatItReplaced()
    {
        test::TempDatabase db;
        QVERIFY(db.repos().years.create(2023).ok());
        auto written = backup::create(db.connection(), db.path(), 10);
        QVERIFY(written.ok());
        QVERIFY(db.repos().years.create(2024).ok());
        db.close();

        const Run run = runHoego({QStringLiteral("--db"), db.path(), QStringLiteral("restore"), written.value()});

        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("saved in")), qPrintable(run.out));
        QVERIFY(db.reopen());
        QCOMPARE(yearNumbers(db), QStringList{QStringLiteral("2023")});
        QCOMPARE(backup::list(db.path()).size(), 2);
    }

    void restoreIsRefusedWhileAnotherHoegoHasTheDatabase()
    {
        test::TempDatabase db;
        QVERIFY(db.repos().years.create(2023).ok());
        auto written = backup::create(db.connection(), db.path(), 10);
        QVERIFY(written.ok());
        QVERIFY(db.repos().years.create(2024).ok());

        const Run run = runHoego({QStringLiteral("--db"), db.path(), QStringLiteral("restore"), written.value()});

        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("another Hoego")), qPrintable(run.err));
        QCOMPARE(yearNumbers(db), (QStringList{QStringLiteral("2023"), QStringLiteral("2024")}));
    }

    void aDamagedDatabaseMakesEveryCommandExitTwoWithTheReasonAndStaysUntouched()
    {
        test::TempDatabase db;
        QVERIFY(db.repos().years.create(2023).ok());
        db.close();
        QVERIFY(QFile::resize(db.path(), 2048)); // cut off: the first page is not even whole
        const QByteArray before = test::fileSha256(db.path());

        for (const QStringList &command :
             {QStringList{QStringLiteral("search"), QStringLiteral("회고")}, QStringList{QStringLiteral("backup")}}) {
            const Run run = runHoego(QStringList{QStringLiteral("--db"), db.path()} + command);
            QCOMPARE(run.exitCode, 2);
            QVERIFY2(run.err.contains(QStringLiteral("truncated")), qPrintable(run.err));
        }
        QCOMPARE(test::fileSha256(db.path()), before);
    }
};

QTEST_GUILESS_MAIN(TestCliBackup)
#include "tst_cli_backup.moc"
