// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "filehash.h"
#include "search/bigrams.h"
#include "storage/database.h"
#include "storage/databaselanguage.h"
#include "storage/exportprofilerepository.h"
#include "storage/repositories.h"
#include "storage/schema.h"
#include "storage/sql.h"
#include "tempdatabase.h"

#include <QFile>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

using namespace hoego;

namespace {

// Writes a database the way an older Hoego left it: the schema steps up to `version` only.
void writeOldDatabase(const QString &path, int version, const QStringList &extraStatements)
{
    const QString name = QStringLiteral("old-writer");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        // Version 3's search triggers call this function; every Hoego connection has it.
        QVERIFY(bigrams::registerFunction(name).ok());
        QVERIFY(sql::exec(name, QStringLiteral("PRAGMA foreign_keys = ON")).ok());
        for (int step = 1; step <= version; ++step) {
            for (const QString &statement : schema::migrationStep(step))
                QVERIFY2(sql::exec(name, statement).ok(), qPrintable(statement));
        }
        for (const QString &statement : extraStatements)
            QVERIFY2(sql::exec(name, statement).ok(), qPrintable(statement));
        QVERIFY(sql::exec(name, QStringLiteral("PRAGMA user_version = %1").arg(version)).ok());
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void createsANewDatabaseAtTheCurrentVersionWithDefaultAreas()
    {
        test::TempDatabase db;
        QVERIFY(db.isOpen());
        QCOMPARE(db.database().schemaVersion(), schema::kCurrentVersion);
        QCOMPARE(db.scalar(QStringLiteral("PRAGMA user_version")).toInt(), schema::kCurrentVersion);
        QCOMPARE(db.scalar(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(db.scalar(QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        auto areas = db.repos().areas.all();
        QVERIFY(areas.ok());
        QCOMPARE(areas->size(), 6);
        QCOMPARE(areas->first().name, QStringLiteral("Life"));
    }

    void createsTheFileReadableByTheOwnerOnly()
    {
        test::TempDatabase db;
        const QFile::Permissions permissions = QFile::permissions(db.path());
        QVERIFY(permissions & QFile::ReadOwner);
        QVERIFY(!(permissions & (QFile::ReadGroup | QFile::ReadOther)));
        // The lock beside it only names the process, but it too is the owner's alone
        const QString lock = db.path() + QStringLiteral(".lock");
        QVERIFY(QFile::exists(lock));
        QVERIFY(!(QFile::permissions(lock) & (QFile::ReadGroup | QFile::ReadOther)));
    }

    void upgradesEachEarlierVersionAndKeepsItsRows()
    {
        for (int version = 1; version < schema::kCurrentVersion; ++version) {
            QTemporaryDir dir;
            const QString path = dir.filePath(QStringLiteral("old.sqlite"));
            writeOldDatabase(
                    path, version,
                    {QStringLiteral("INSERT INTO year (id, number, title) VALUES (1, 2019, '대학원 생활')"),
                     QStringLiteral(
                             "INSERT INTO event (year_id, title, precision) VALUES (1, '대학원 졸업했다', 'year')")});
            auto opened = Database::open(path);
            QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
            QCOMPARE(opened.value()->schemaVersion(), schema::kCurrentVersion);
            Repositories repos(opened.value()->connectionName());
            QCOMPARE(repos.years.byNumber(2019)->title, QStringLiteral("대학원 생활"));
            // Rows written before the search index existed are found after the upgrade.
            auto count
                    = sql::single(opened.value()->connectionName(),
                                  QStringLiteral("SELECT count(*) FROM search_index WHERE search_index MATCH '졸업했'"),
                                  {}, QStringLiteral("index"));
            QVERIFY(count.ok());
            QCOMPARE(count.value().value(0).toInt(), 1);
        }
    }

    void upgradesVersion8WithAVersionOnEveryEditedRowThatUpdatesRaise()
    {
        // Given a version 8 database with a year and a goal
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v8.sqlite"));
        writeOldDatabase(path, 8,
                         {QStringLiteral("INSERT INTO year (id, number) VALUES (1, 2024)"),
                          QStringLiteral("INSERT INTO goal (id, year_id, title, kind, status) "
                                         "VALUES (1, 1, '논문 한 편 쓰기', 'check', 'open')")});
        // When it is opened by this version
        auto opened = Database::open(path);
        QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
        QCOMPARE(opened.value()->schemaVersion(), schema::kCurrentVersion);
        Repositories repos(opened.value()->connectionName());
        // Then its rows start at version 1, each update raises it once, and a time an update sets is kept
        QCOMPARE(repos.goals.get(1)->version, 1);
        QCOMPARE(repos.years.get(1)->number, 2024);
        QVERIFY(repos.goals.check(1, QDate(2024, 6, 1)).ok());
        QCOMPARE(repos.goals.get(1)->version, 2);
        const QString connection = opened.value()->connectionName();
        QVERIFY(sql::exec(connection, QStringLiteral("UPDATE goal SET notes = 'x', updated_at = 'kept' WHERE id = 1"))
                        .ok());
        auto kept = sql::single(connection, QStringLiteral("SELECT updated_at, version FROM goal WHERE id = 1"), {},
                                QStringLiteral("goal"));
        QVERIFY(kept.ok());
        QCOMPARE(kept.value().value(0).toString(), QStringLiteral("kept"));
        QCOMPARE(kept.value().value(1).toInt(), 3);
    }

    void upgradesVersion7WithDefaultOrdersAndTheLanguageReadOnce()
    {
        // Given a version 7 database with a Korean year and no stored language
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v7.sqlite"));
        writeOldDatabase(path, 7,
                         {QStringLiteral("INSERT INTO year (id, number, title) VALUES (1, 2019, '대학원 생활')"),
                          QStringLiteral("INSERT INTO event (year_id, title, precision) VALUES (1, '졸업식', 'year')"),
                          QStringLiteral("UPDATE area SET name = '영역' || id")});
        // When it is opened by this version
        auto opened = Database::open(path);
        QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
        QCOMPARE(opened.value()->schemaVersion(), schema::kCurrentVersion);
        const QString connection = opened.value()->connectionName();
        Repositories repos(connection);
        // Then its year has no order of its own (the exports use the default) and there are no profiles
        QVERIFY(repos.parts.order(1).value().isEmpty());
        QVERIFY(ExportProfileRepository(connection).names().value().isEmpty());
        // And its language is read from its words once, then kept
        QVERIFY(!storedDatabaseLanguage(connection));
        QCOMPARE(databaseLanguage(connection), i18n::Language::Korean);
        QCOMPARE(storedDatabaseLanguage(connection), i18n::Language::Korean);
        // And a language set later wins over the words
        QVERIFY(setDatabaseLanguage(connection, i18n::Language::English).ok());
        QCOMPARE(databaseLanguage(connection), i18n::Language::English);
        // And an order is kept per year, and goes with the year
        QVERIFY(repos.parts.setOrder(1, {YearPart::Goals, YearPart::Events}).ok());
        QCOMPARE(repos.parts.order(1).value(), (QList<YearPart>{YearPart::Goals, YearPart::Events}));
        QVERIFY(repos.years.remove(1).ok());
        QCOMPARE(sql::single(connection, QStringLiteral("SELECT count(*) FROM year_part"), {}, QStringLiteral("parts"))
                         ->value(0)
                         .toInt(),
                 0);
    }

    void refusesANewerVersionWithoutTouchingIt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("newer.sqlite"));
        writeOldDatabase(path, schema::kCurrentVersion, {});
        {
            const QString name = QStringLiteral("bump");
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QVERIFY(sql::exec(name, QStringLiteral("PRAGMA user_version = 99")).ok());
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("bump"));
        const QByteArray before = test::fileSha256(path);

        auto opened = Database::open(path);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, Error::Code::NewerVersion);
        QVERIFY(opened.error().message.contains(QStringLiteral("99")));
        QVERIFY(opened.error().message.contains(QString::number(schema::kCurrentVersion)));
        QCOMPARE(test::fileSha256(path), before);
    }

    void refusesFilesThatAreNotHoegoDatabases_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("empty file") << QByteArray();
        QTest::newRow("text") << QByteArray("# 2023년 회고\n\n- 졸업\n");
        QTest::newRow("garbage") << QByteArray(4096, '\x5a');
        QTest::newRow("truncated header") << QByteArray("SQLite format 3\0\x10\x00", 18);
    }

    void refusesFilesThatAreNotHoegoDatabases()
    {
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("broken.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        const QByteArray before = test::fileSha256(path);

        auto opened = Database::open(path);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, Error::Code::Corrupt);
        QCOMPARE(test::fileSha256(path), before);
        QVERIFY(QFile::exists(path));
    }

    void refusesASecondWriterOnTheSameFile()
    {
        test::TempDatabase db;
        auto second = Database::open(db.path());
        QVERIFY(!second.ok());
        QCOMPARE(second.error().code, Error::Code::Locked);
    }

    void opensReadOnlyOnRequest()
    {
        test::TempDatabase db;
        auto created = db.repos().years.create(2023);
        QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().message));
        db.close();
        Database::Options options;
        options.readOnly = true;
        auto opened = Database::open(db.path(), options);
        QVERIFY(opened.ok());
        Repositories repos(opened.value()->connectionName());
        QCOMPARE(repos.years.create(2024).error().code, Error::Code::ReadOnly);
        QCOMPARE(repos.years.overviews()->size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
