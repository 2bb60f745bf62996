#include "hoegoprocess.h"
#include "iotestsupport.h"
#include "journalgenerator.h"

#include "io/sample.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace hoego;

namespace {

using Run = test::HoegoRun;

Run runHoego(const QStringList &arguments) { return test::runHoegoAt(QStringLiteral(HOEGO_EXECUTABLE), arguments); }

QString pdfText(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

// A database file holding the sample, closed so the command can open it.
QString sampleDatabase(QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("sample.sqlite"));
    auto database = Database::open(path);
    if (!database.ok() || !loadSample(database.value()->connectionName()).ok())
        return {};
    return path;
}

} // namespace

class TestCliIo : public QObject
{
    Q_OBJECT

private slots:
    void exportWritesMarkdownToStdoutInTheChosenLanguage()
    {
        QTemporaryDir dir;
        const QString db = sampleDatabase(dir);
        const Run korean = runHoego({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("--year"),
                                     QStringLiteral("2025"), QStringLiteral("--format"), QStringLiteral("md"),
                                     QStringLiteral("--lang"), QStringLiteral("ko")});
        QCOMPARE(korean.exitCode, 0);
        QVERIFY(korean.out.contains(QStringLiteral("\n# 2025년 회고 — 졸업, 이사, 그리고 처음 맡은 팀\n")));
        QVERIFY(korean.out.contains(QStringLiteral("\n## 내년 목표 (2026)\n")));
        const Run english = runHoego({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("--year"),
                                      QStringLiteral("2025"), QStringLiteral("--format"), QStringLiteral("html"),
                                      QStringLiteral("--lang"), QStringLiteral("en")});
        QCOMPARE(english.exitCode, 0);
        QVERIFY(english.out.contains(QStringLiteral("<h2>What happened</h2>")));
    }

    void exportWritesAPdfWithoutADisplay()
    {
        QTemporaryDir dir;
        const QString db = sampleDatabase(dir);
        const QString pdf = dir.filePath(QStringLiteral("2025.pdf"));
        const Run run = runHoego({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("--year"),
                                  QStringLiteral("2025"), QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--lang"), QStringLiteral("ko"),
                                  QStringLiteral("--output"), pdf});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(pdfText(pdf).contains(QStringLiteral("2025년 회고")));
    }

    void jsonOfEveryYearImportsIntoANewDatabaseAndPrintsCounts()
    {
        // Given the sample exported as JSON without --year
        QTemporaryDir dir;
        const QString db = sampleDatabase(dir);
        const QString json = dir.filePath(QStringLiteral("all.json"));
        const Run exported = runHoego({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("--format"),
                                       QStringLiteral("json"), QStringLiteral("--output"), json});
        QCOMPARE(exported.exitCode, 0);
        // When it is imported into a new database
        const QString fresh = dir.filePath(QStringLiteral("fresh.sqlite"));
        const Run imported = runHoego({QStringLiteral("--db"), fresh, QStringLiteral("import"), json});
        // Then the counts are printed and the content is the same
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        QVERIFY(imported.out.contains(QStringLiteral("years created: 3\n")));
        QVERIFY(imported.out.contains(QStringLiteral("events: 16\n")));
        QVERIFY(imported.out.contains(QStringLiteral("goals: 15\n")));
        auto a = Database::open(db);
        auto b = Database::open(fresh);
        QVERIFY(a.ok() && b.ok());
        QCOMPARE(test::contentFingerprint(Repositories(b.value()->connectionName())),
                 test::contentFingerprint(Repositories(a.value()->connectionName())));
    }

    void aDryRunPrintsCountsAndLeavesTheFileUnchanged()
    {
        QTemporaryDir dir;
        test::GeneratedJournal journal = test::writeJournal(dir.filePath(QStringLiteral("journal")), 2020, 1, 80);
        test::TempDatabase db;
        const QByteArray before = test::databaseFileHash(db);
        const QString path = db.path();
        db.close();
        const Run run = runHoego({QStringLiteral("--db"), path, QStringLiteral("import"), dir.filePath(QStringLiteral("journal")),
                                  QStringLiteral("--format"), QStringLiteral("rednotebook"), QStringLiteral("--dry-run")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.startsWith(QStringLiteral("Dry run")));
        QVERIFY(run.out.contains(QStringLiteral("events: %1\n").arg(journal.daysWithText)));
        QVERIFY(db.reopen());
        QCOMPARE(test::databaseFileHash(db), before);
    }

    void aMarkdownPostWithoutAYearNeedsYear()
    {
        QTemporaryDir dir;
        const QString post = dir.filePath(QStringLiteral("post.md"));
        QVERIFY(test::writeFile(post, "# 회고\n\n## 배운 것\n- 천천히\n"));
        const QString db = dir.filePath(QStringLiteral("db.sqlite"));
        const Run refused = runHoego({QStringLiteral("--db"), db, QStringLiteral("import"), post});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("post.md:1: ")), qPrintable(refused.err));
        const Run given = runHoego({QStringLiteral("--db"), db, QStringLiteral("import"), post, QStringLiteral("--year"),
                                    QStringLiteral("2018")});
        QVERIFY2(given.exitCode == 0, qPrintable(given.err));
        QVERIFY(given.out.contains(QStringLiteral("lessons: 1\n")));
        const Run search = runHoego({QStringLiteral("--db"), db, QStringLiteral("search"), QStringLiteral("천천히")});
        QCOMPARE(search.out, QStringLiteral("2018\tlesson\t천천히\n"));
    }

    void badArgumentsAreExplained()
    {
        QTemporaryDir dir;
        const QString db = sampleDatabase(dir);
        const Run noYear = runHoego({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("--format"),
                                     QStringLiteral("md")});
        QCOMPARE(noYear.exitCode, 1);
        QVERIFY(noYear.err.contains(QStringLiteral("--year")));
        const Run missingYear = runHoego({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("--year"),
                                          QStringLiteral("1999"), QStringLiteral("--format"), QStringLiteral("md")});
        QCOMPARE(missingYear.exitCode, 1);
        QVERIFY(missingYear.err.contains(QStringLiteral("1999")));
        const Run badFormat = runHoego({QStringLiteral("--db"), db, QStringLiteral("import"), db, QStringLiteral("--format"),
                                        QStringLiteral("docx")});
        QCOMPARE(badFormat.exitCode, 1);
    }
};

QTEST_GUILESS_MAIN(TestCliIo)
#include "tst_cli_io.moc"
