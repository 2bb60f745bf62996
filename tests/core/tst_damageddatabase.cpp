// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "eventfuldatabase.h"
#include "filehash.h"
#include "storage/database.h"
#include "storage/schema.h"
#include "storage/sql.h"
#include "tempdatabase.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace hoego;

namespace {

QString writeRealDatabase(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("real.sqlite"));
    return test::writeEventfulDatabase(path) ? path : QString();
}

void expectRefusedUntouched(const QString &path)
{
    const QByteArray before = test::fileSha256(path);
    const qint64 size = QFileInfo(path).size();
    auto opened = Database::open(path);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code, Error::Code::Corrupt);
    QVERIFY(opened.error().message.contains(QFileInfo(path).absoluteFilePath()));
    QCOMPARE(test::fileSha256(path), before);
    QCOMPARE(QFileInfo(path).size(), size);
    // The lock of a refused file is released: the user can open a backup or another file right away.
    QVERIFY(!QFile::exists(path + QStringLiteral(".lock")));
}

} // namespace

class TestDamagedDatabase : public QObject
{
    Q_OBJECT

private slots:
    void aTruncatedDatabaseIsRefusedAndNeverWritten_data()
    {
        QTest::addColumn<double>("keptFraction");
        QTest::newRow("a quarter left") << 0.25;
        QTest::newRow("half left") << 0.5;
        QTest::newRow("most left") << 0.9;
        QTest::newRow("first page only") << 0.0;
    }

    void aTruncatedDatabaseIsRefusedAndNeverWritten()
    {
        QFETCH(double, keptFraction);
        QTemporaryDir dir;
        const QString path = writeRealDatabase(dir);
        QVERIFY(!path.isEmpty());
        const qint64 pageSize = 4096;
        const qint64 pages = QFileInfo(path).size() / pageSize;
        QVERIFY(pages > 50);
        QVERIFY(QFile::resize(path, std::max<qint64>(1, qint64(pages * keptFraction)) * pageSize));

        expectRefusedUntouched(path);
    }

    void aDatabaseThatFailsQuickCheckIsRefusedAndNeverWritten()
    {
        QTemporaryDir dir;
        const QString path = writeRealDatabase(dir);
        QVERIFY(!path.isEmpty());
        QVERIFY(test::damageMiddlePages(path));

        expectRefusedUntouched(path);
    }

    void aDamagedDatabaseWithAnUnsavedLogIsNotCheckpointedIntoTheFile()
    {
        // Given a copy of the files of a running Hoego (its log not yet saved into the main file), then damaged
        QTemporaryDir dir;
        const QString path = writeRealDatabase(dir);
        QVERIFY(!path.isEmpty());
        const QString copy = dir.filePath(QStringLiteral("copy.sqlite"));
        {
            auto opened = Database::open(path);
            QVERIFY(opened.ok());
            QVERIFY(Repositories(opened.value()->connectionName()).years.create(2024).ok());
            QVERIFY(QFile::copy(path, copy));
            QVERIFY(QFile::copy(path + QStringLiteral("-wal"), copy + QStringLiteral("-wal")));
        }
        QVERIFY(QFileInfo(copy + QStringLiteral("-wal")).size() > 0);
        QVERIFY(test::damageMiddlePages(copy));
        const QByteArray logBefore = test::fileSha256(copy + QStringLiteral("-wal"));

        // When Hoego opens it, it is refused and neither the file nor its log was changed
        expectRefusedUntouched(copy);
        QCOMPARE(test::fileSha256(copy + QStringLiteral("-wal")), logBefore);
    }

    void aSecondHoegoIsToldWhoHasTheDatabase()
    {
        test::TempDatabase db;
        auto second = Database::open(db.path());
        QVERIFY(!second.ok());
        QCOMPARE(second.error().code, Error::Code::Locked);
        QVERIFY(second.error().message.contains(QStringLiteral("another Hoego")));
        QVERIFY(second.error().message.contains(QString::number(QCoreApplication::applicationPid())));
        // Reading alongside is still possible, read-only
        Database::Options readOnly;
        readOnly.readOnly = true;
        QVERIFY(Database::open(db.path(), readOnly).ok());
    }

    void readOnlyOnRequestRefusesEditsWithAClearMessageAndLeavesTheFileAlone()
    {
        test::TempDatabase db;
        QVERIFY(db.repos().years.create(2023).ok());
        db.close();
        const QByteArray before = test::fileSha256(db.path());
        Database::Options options;
        options.readOnly = true;
        auto opened = Database::open(db.path(), options);
        QVERIFY(opened.ok());
        QVERIFY(opened.value()->isReadOnly());
        QVERIFY(!opened.value()->readOnlyReason().isEmpty());
        Repositories repos(opened.value()->connectionName());
        const Status renamed = repos.years.setTitle(repos.years.byNumber(2023)->id, QStringLiteral("바뀐 제목"));
        QCOMPARE(renamed.error().code, Error::Code::ReadOnly);
        QVERIFY(renamed.error().message.contains(QStringLiteral("read-only")));
        QCOMPARE(repos.years.byNumber(2023)->title, QString());
        opened = Error{};
        QCOMPARE(test::fileSha256(db.path()), before);
    }

    void theFolderDecidesHowAFileIsOpened_data()
    {
        QTest::addColumn<bool>("requested");
        QTest::addColumn<bool>("fileWritable");
        QTest::addColumn<bool>("folderWritable");
        QTest::addColumn<bool>("walHasContent");
        QTest::addColumn<bool>("shmExists");
        QTest::addColumn<bool>("readOnly");
        QTest::addColumn<bool>("immutable");
        QTest::addColumn<QString>("reasonMentions");
        QTest::newRow("all writable") << false << true << true << false << false << false << false << QString();
        QTest::newRow("asked for read-only")
                << true << true << true << false << false << true << false << QStringLiteral("on request");
        QTest::newRow("read-only file") << false << false << true << false << false << true << false
                                        << QStringLiteral("file");
        QTest::newRow("read-only folder, clean")
                << false << true << false << false << false << true << true << QStringLiteral("folder");
        QTest::newRow("read-only folder and file")
                << false << false << false << false << false << true << true << QStringLiteral("file");
        QTest::newRow("read-only folder, log with pages")
                << false << true << false << true << false << true << false << QStringLiteral("folder");
        QTest::newRow("read-only folder, shared memory exists")
                << false << true << false << false << true << true << false << QStringLiteral("folder");
    }

    void theFolderDecidesHowAFileIsOpened()
    {
        QFETCH(bool, requested);
        QFETCH(bool, fileWritable);
        QFETCH(bool, folderWritable);
        QFETCH(bool, walHasContent);
        QFETCH(bool, shmExists);
        QFETCH(bool, readOnly);
        QFETCH(bool, immutable);
        QFETCH(QString, reasonMentions);
        Database::AccessFacts facts;
        facts.readOnlyRequested = requested;
        facts.fileWritable = fileWritable;
        facts.folderWritable = folderWritable;
        facts.walHasContent = walHasContent;
        facts.shmExists = shmExists;
        const Database::Access access = Database::decideAccess(QStringLiteral("/data/hoego.sqlite"), facts);
        QCOMPARE(access.readOnly, readOnly);
        QCOMPARE(access.immutable, immutable);
        QCOMPARE(access.reason.isEmpty(), reasonMentions.isEmpty());
        QVERIFY2(access.reason.contains(reasonMentions), qPrintable(access.reason));
    }

    void anImmutableReadLeavesNoFilesBesideTheDatabase()
    {
        // The way a database in a read-only folder is read: no lock, log or shared-memory file is created.
        test::TempDatabase db;
        QVERIFY(db.repos().years.create(2023, QStringLiteral("읽기 전용")).ok());
        db.close();
        QCOMPARE(QDir(db.folder()).entryList(QDir::Files), QStringList{QStringLiteral("test.sqlite")});
        const QByteArray before = test::fileSha256(db.path());

        auto connection = Database::openReadOnlyConnection(db.path(), true);
        QVERIFY(connection.ok());
        QCOMPARE(Database::checkHealth(connection.value(), db.path()).value(), schema::kCurrentVersion);
        QCOMPARE(Repositories(connection.value()).years.byNumber(2023)->title, QStringLiteral("읽기 전용"));
        QCOMPARE(Repositories(connection.value()).years.create(2024).error().code, Error::Code::ReadOnly);
        Database::closeConnection(connection.value());

        QCOMPARE(QDir(db.folder()).entryList(QDir::Files), QStringList{QStringLiteral("test.sqlite")});
        QCOMPARE(test::fileSha256(db.path()), before);
    }
};

QTEST_GUILESS_MAIN(TestDamagedDatabase)
#include "tst_damageddatabase.moc"
