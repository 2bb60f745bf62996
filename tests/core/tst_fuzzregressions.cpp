// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "fuzzinputs.h"
#include "io/json/jsonformat.h"
#include "io/rednotebook/rednotebookimport.h"
#include "io/textfile.h"
#include "tempdatabase.h"

#include <QDir>
#include <QTest>

#include <memory>

using namespace hoego;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

int userRows(test::TempDatabase &db)
{
    return db
            .scalar(QStringLiteral("SELECT (SELECT count(*) FROM year) + (SELECT count(*) FROM event)"
                                   " + (SELECT count(*) FROM goal) + (SELECT count(*) FROM section)"))
            .toInt();
}

} // namespace

// Replays the fuzzers' seed corpus and every input that once made a fuzzer fail (tests/fuzz/regressions/) in
// the ordinary build, so the sanitizer stage of scripts/test catches a regression without running libFuzzer.
class TestFuzzRegressions : public QObject
{
    Q_OBJECT

private slots:
    // One database for every input: each must leave it empty and intact (checked after each), so the next starts
    // from the same state. A fresh one per input spent most of the run creating schemas (92 s of a sanitized
    // CI run for 378 inputs).
    void initTestCase() { m_db = std::make_unique<test::TempDatabase>(); }
    void cleanupTestCase() { m_db.reset(); }

    void everySavedInputIsHandledWithoutACrash_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("path");
        for (const QString &folder : {QStringLiteral("corpus"), QStringLiteral("regressions")}) {
            for (const QString &format : {QStringLiteral("markdown"), QStringLiteral("json"),
                                          QStringLiteral("rednotebook"), QStringLiteral("html")}) {
                const QDir dir(QStringLiteral(HOEGO_FUZZ_DIR) + QLatin1Char('/') + folder + QLatin1Char('/') + format);
                for (const QString &name : dir.entryList(QDir::Files, QDir::Name))
                    QTest::addRow("%s/%s/%s", qPrintable(folder), qPrintable(format), qPrintable(name))
                            << format << dir.filePath(name);
            }
        }
    }

    void everySavedInputIsHandledWithoutACrash()
    {
        QFETCH(QString, format);
        QFETCH(QString, path);
        test::TempDatabase &db = *m_db;
        const QByteArray data = readAll(path);
        if (format == QLatin1String("markdown"))
            fuzz::feedMarkdown(data, db.connection());
        else if (format == QLatin1String("json"))
            fuzz::feedJson(data, db.connection());
        else if (format == QLatin1String("html"))
            fuzz::feedHtml(data, db.connection());
        else
            fuzz::feedRedNotebook(data, db.connection(), db.folder() + QStringLiteral("/scratch"));
        // A dry run leaves nothing behind, whatever the input.
        QCOMPARE(userRows(db), 0);
        QCOMPARE(db.scalar(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    }

    void invalidUtf8InAnImportedFileIsNamedWithItsLine()
    {
        auto markdown = decodeUtf8(QByteArray("# 2023년 회고\n\n## 배운 것\n- \xff\xfe 깨진 줄\n"),
                                   QStringLiteral("post.md"));
        QVERIFY(!markdown.ok());
        QVERIFY2(markdown.error().message.contains(QStringLiteral("post.md:4")), qPrintable(markdown.error().message));

        auto json = jsonformat::parseJson(QByteArray("{\"format\": \"hoego\", \"version\": 1, \"years\": "
                                                     "[{\"number\": 2023, \"title\": \"\xc3\x28\"}]}"),
                                          QStringLiteral("backup.json"));
        QVERIFY(!json.ok());
        QVERIFY2(json.error().message.contains(QStringLiteral("backup.json")), qPrintable(json.error().message));

        QTemporaryDir dir;
        const QString month = dir.filePath(QStringLiteral("2021-03.txt"));
        QFile file(month);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("1: {text: ok}\n2: {text: \"bad \xff byte\"}\n");
        file.close();
        auto journal = readRedNotebookJournal(dir.path());
        QVERIFY(!journal.ok());
        QVERIFY2(journal.error().message.contains(QStringLiteral("2021-03.txt:2")),
                 qPrintable(journal.error().message));
    }

private:
    std::unique_ptr<test::TempDatabase> m_db;
};

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
