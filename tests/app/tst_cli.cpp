#include "hoegoprocess.h"
#include "tempdatabase.h"

#include <QTest>

using namespace hoego;

namespace {

using Run = test::HoegoRun;

Run runHoego(const QStringList &arguments) { return test::runHoegoAt(QStringLiteral(HOEGO_EXECUTABLE), arguments); }

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void helpAndVersionWorkWithoutADisplay()
    {
        const Run help = runHoego({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(QStringLiteral("search TEXT")));
        const Run version = runHoego({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith(QStringLiteral("hoego 0.")));
    }

    void searchPrintsYearKindAndTitle()
    {
        test::TempDatabase db;
        const Id year = *db.repos().years.create(2023);
        Event event;
        event.yearId = year;
        event.title = QStringLiteral("대학원 졸업했다");
        event.date = PartialDate::ofYear(2023);
        QVERIFY(db.repos().events.create(event).ok());
        const QString path = db.path();
        db.close();
        const Run run = runHoego({QStringLiteral("--db"), path, QStringLiteral("search"), QStringLiteral("졸업")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QStringLiteral("2023\tevent\t대학원 졸업했다\n"));
    }

    void searchOnADatabaseItCannotOpenExitsTwo()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("not-a-db.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("hello");
        file.close();
        const Run run = runHoego({QStringLiteral("--db"), path, QStringLiteral("search"), QStringLiteral("x")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!run.err.isEmpty());
        const Run missing = runHoego({QStringLiteral("--db"), dir.filePath(QStringLiteral("missing.sqlite")),
                                      QStringLiteral("search"), QStringLiteral("x")});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("missing.sqlite"))));
    }

    void unknownCommandsAreUsageErrors()
    {
        const Run run = runHoego({QStringLiteral("frobnicate")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(QStringLiteral("frobnicate")));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
