// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "filehash.h"
#include "hoegoprocess.h"
#include "tempdatabase.h"

#include <QDir>
#include <QRegularExpression>
#include <QTest>

using namespace hoego;

namespace {

using Run = test::HoegoRun;

Run runHoego(const QStringList &arguments)
{
    return test::runHoegoAt(QStringLiteral(HOEGO_EXECUTABLE), arguments);
}

// Every file in `folder` and below.
QStringList filesUnder(const QString &folder)
{
    QStringList files;
    const QFileInfoList entries = QDir(folder).entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    for (const QFileInfo &entry : entries)
        files << (entry.isDir() ? filesUnder(entry.filePath()) : QStringList{entry.filePath()});
    return files;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

    // The children's home: where the default database and the settings would be created.
    QTemporaryDir m_home;

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        qputenv("HOME", QFile::encodeName(m_home.path()));
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("data"))));
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("config"))));
    }

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

    void everyBadArgumentExitsOneWithOneMessageAndChangesNothing_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("named"); // what the message must name
        const QString md = QStringLiteral("MD");
        const QString out = QStringLiteral("OUT");
        // Top level: --db and --lang.
        QTest::newRow("empty --db") << QStringList{QStringLiteral("--db"), QString(), QStringLiteral("import"), md}
                                    << QStringLiteral("--db");
        QTest::newRow("--db=") << QStringList{QStringLiteral("--db="), QStringLiteral("import"), md}
                               << QStringLiteral("--db");
        QTest::newRow("--db last") << QStringList{QStringLiteral("--db")} << QStringLiteral("--db");
        QTest::newRow("--db then an option") << QStringList{QStringLiteral("--db"), QStringLiteral("--lang"),
                                                            QStringLiteral("ko"), QStringLiteral("import"), md}
                                             << QStringLiteral("--db");
        QTest::newRow("empty --lang") << QStringList{QStringLiteral("--lang"), QString(), QStringLiteral("import"), md}
                                      << QStringLiteral("--lang");
        QTest::newRow("unknown --lang") << QStringList{QStringLiteral("--lang"), QStringLiteral("fr"),
                                                       QStringLiteral("import"), md}
                                        << QStringLiteral("fr");
        QTest::newRow("unknown top-level option")
                << QStringList{QStringLiteral("--verbose"), QStringLiteral("import"), md}
                << QStringLiteral("--verbose");
        QTest::newRow("--help=yes") << QStringList{QStringLiteral("--help=yes")} << QStringLiteral("--help");
        QTest::newRow("a window option with a command")
                << QStringList{QStringLiteral("-style"), QStringLiteral("fusion"), QStringLiteral("import"), md}
                << QStringLiteral("style");
        // Subcommands: unknown options, missing, empty or repeated values, extra arguments, bad numbers.
        QTest::newRow("import --format last")
                << QStringList{QStringLiteral("import"), md, QStringLiteral("--format")} << QStringLiteral("--format");
        QTest::newRow("import --format empty")
                << QStringList{QStringLiteral("import"), md, QStringLiteral("--format"), QString()}
                << QStringLiteral("--format");
        QTest::newRow("import --format then an option")
                << QStringList{QStringLiteral("import"), md, QStringLiteral("--format"), QStringLiteral("--dry-run")}
                << QStringLiteral("--format");
        QTest::newRow("import --year word")
                << QStringList{QStringLiteral("import"), md, QStringLiteral("--year"), QStringLiteral("twenty")}
                << QStringLiteral("twenty");
        QTest::newRow("import --year with a sign")
                << QStringList{QStringLiteral("import"), md, QStringLiteral("--year"), QStringLiteral("+2020")}
                << QStringLiteral("+2020");
        QTest::newRow("import --year twice") << QStringList{QStringLiteral("import"), md,
                                                            QStringLiteral("--year"), QStringLiteral("2020"),
                                                            QStringLiteral("--year"), QStringLiteral("2021")}
                                             << QStringLiteral("--year");
        QTest::newRow("import two files") << QStringList{QStringLiteral("import"), md, md} << md;
        QTest::newRow("import unknown option")
                << QStringList{QStringLiteral("import"), md, QStringLiteral("--force")} << QStringLiteral("--force");
        QTest::newRow("import --merge=yes") << QStringList{QStringLiteral("import"), md, QStringLiteral("--merge=yes")}
                                            << QStringLiteral("--merge");
        QTest::newRow("import empty file name")
                << QStringList{QStringLiteral("import"), QString()} << QStringLiteral("import");
        QTest::newRow("export --output empty")
                << QStringList{QStringLiteral("export"), QStringLiteral("--year"), QStringLiteral("2024"),
                               QStringLiteral("--output"), QString()}
                << QStringLiteral("--output");
        QTest::newRow("export --year 0 (every year)") << QStringList{QStringLiteral("export"),
                                                                     QStringLiteral("--year"),
                                                                     QStringLiteral("0"),
                                                                     QStringLiteral("--format"),
                                                                     QStringLiteral("json"),
                                                                     QStringLiteral("--output"),
                                                                     out}
                                                      << QStringLiteral("\"0\"");
        QTest::newRow("export --year 2024x") << QStringList{QStringLiteral("export"), QStringLiteral("--year=2024x"),
                                                            QStringLiteral("--output"), out}
                                             << QStringLiteral("2024x");
        QTest::newRow("export extra argument") << QStringList{QStringLiteral("export"),
                                                              QStringLiteral("--year"),
                                                              QStringLiteral("2024"),
                                                              QStringLiteral("--output"),
                                                              out,
                                                              QStringLiteral("2025")}
                                               << QStringLiteral("2025");
        QTest::newRow("search unknown option")
                << QStringList{QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("x")}
                << QStringLiteral("--all");
        QTest::newRow("goals extra argument")
                << QStringList{QStringLiteral("goals"), QStringLiteral("2024")} << QStringLiteral("2024");
        QTest::newRow("goals --year last")
                << QStringList{QStringLiteral("goals"), QStringLiteral("--year")} << QStringLiteral("--year");
        QTest::newRow("goal check two ids") << QStringList{QStringLiteral("goal"), QStringLiteral("check"),
                                                           QStringLiteral("1"), QStringLiteral("2")}
                                            << QStringLiteral("usage:");
        QTest::newRow("goal progress 1e3") << QStringList{QStringLiteral("goal"), QStringLiteral("progress"),
                                                          QStringLiteral("1"), QStringLiteral("1e3")}
                                           << QStringLiteral("1e3");
        QTest::newRow("goal check with a space")
                << QStringList{QStringLiteral("goal"), QStringLiteral("check"), QStringLiteral(" 1")}
                << QStringLiteral(" 1");
        QTest::newRow("backup --output last")
                << QStringList{QStringLiteral("backup"), QStringLiteral("--output")} << QStringLiteral("--output");
        QTest::newRow("backup --output empty")
                << QStringList{QStringLiteral("backup"), QStringLiteral("--output"), QString()}
                << QStringLiteral("--output");
        QTest::newRow("backup extra argument") << QStringList{QStringLiteral("backup"), out} << out;
        QTest::newRow("restore two files") << QStringList{QStringLiteral("restore"), out, out} << out;
    }

    void everyBadArgumentExitsOneWithOneMessageAndChangesNothing()
    {
        // Given a database with a year and a goal, closed, and a post that would import
        QFETCH(QStringList, arguments);
        QFETCH(QString, named);
        test::TempDatabase db;
        const Id year = *db.repos().years.create(2024);
        Goal goal;
        goal.yearId = year;
        goal.title = QStringLiteral("책 읽기");
        QVERIFY(db.repos().goals.create(goal).ok());
        const QString path = db.path();
        db.close();
        const QByteArray before = test::fileSha256(path);
        const QString md = QDir(db.folder()).filePath(QStringLiteral("post.md"));
        QFile post(md);
        QVERIFY(post.open(QIODevice::WriteOnly));
        post.write("# 2020년 회고\n\n## 배운 것\n- 천천히\n");
        post.close();
        const QString out = QDir(db.folder()).filePath(QStringLiteral("out.json"));
        arguments.replaceInStrings(QRegularExpression(QStringLiteral("^MD$")), md);
        arguments.replaceInStrings(QRegularExpression(QStringLiteral("^OUT$")), out);
        named.replace(QStringLiteral("MD"), md).replace(QStringLiteral("OUT"), out);
        // (--db goes first unless the row is about the top level itself)
        if (!arguments.first().startsWith(QLatin1Char('-')))
            arguments = QStringList{QStringLiteral("--db"), path} + arguments;

        // When hoego runs with the bad argument
        const Run run = runHoego(arguments);

        // Then it exits 1 with one line naming the problem (Qt's own warnings aside), and nothing was written
        QVERIFY2(run.exitCode == 1, qPrintable(QStringLiteral("exit %1: %2").arg(run.exitCode).arg(run.err)));
        static const QRegularExpression qtWarning(QStringLiteral("^QStandardPaths: "));
        QStringList lines = run.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        lines.removeIf([](const QString &line) { return qtWarning.match(line).hasMatch(); });
        QVERIFY2(lines.size() == 1, qPrintable(run.err));
        static const QRegularExpression shape(QStringLiteral("^hoego( [a-z]+)?: .+$"));
        QVERIFY2(shape.match(lines.first()).hasMatch(), qPrintable(run.err));
        QVERIFY2(lines.first().contains(named), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
        QCOMPARE(test::fileSha256(path), before);
        QVERIFY(!QFile::exists(out));
        QCOMPARE(filesUnder(m_home.path()), QStringList());
        QVERIFY(db.reopen());
        QCOMPARE(db.repos().years.overviews()->size(), 1);
    }

    void filesThatCannotBeOpenedAreRefusedBeforeAWindowOpens()
    {
        // Given a database, a second one, and a file that is neither a database nor something to import
        test::TempDatabase db;
        const QString path = db.path();
        const QDir folder(db.folder());
        const QString other = folder.filePath(QStringLiteral("other.hoego"));
        db.close();
        QVERIFY(QFile::copy(path, other));
        const QString photo = folder.filePath(QStringLiteral("photo.png"));
        QFile png(photo);
        QVERIFY(png.open(QIODevice::WriteOnly));
        png.write("\x89PNG\r\n");
        png.close();
        const QByteArray before = test::fileSha256(path);

        const QList<QPair<QStringList, QString>> cases = {
                {{QStringLiteral("--db"), path, QStringLiteral("no-such-post.md")}, QStringLiteral("no such file")},
                {{QStringLiteral("--db"), path, photo}, QStringLiteral("neither a Hoego database")},
                {{QStringLiteral("--db"), path, other}, QStringLiteral("second database")},
                {{other, path}, QStringLiteral("second database")},
                {{QStringLiteral("--db"), path, QStringLiteral("serach")}, QStringLiteral("neither a command nor")},
        };
        for (const auto &[arguments, named] : cases) {
            // When hoego is given the file
            const Run run = runHoego(arguments);

            // Then it exits 1 with one line naming the problem, before opening or creating anything
            QVERIFY2(run.exitCode == 1, qPrintable(arguments.join(QLatin1Char(' ')) + QLatin1Char(':') + run.err));
            QVERIFY2(run.err.startsWith(QStringLiteral("hoego: ")) && run.err.contains(named), qPrintable(run.err));
            QVERIFY(!QFileInfo::exists(path + QStringLiteral(".lock")));
            QCOMPARE(filesUnder(m_home.path()), QStringList());
        }
        QCOMPARE(test::fileSha256(path), before);
    }

    void documentedSpellingsStillWork()
    {
        test::TempDatabase db;
        const Id year = *db.repos().years.create(2024);
        Event event;
        event.yearId = year;
        event.title = QStringLiteral("-1도 추위");
        event.date = PartialDate::ofYear(2024);
        QVERIFY(db.repos().events.create(event).ok());
        const QString path = db.path();
        db.close();
        // --db=PATH, -h, -v, and "--" before a search text that starts with a dash
        const Run search = runHoego({QStringLiteral("--db=") + path, QStringLiteral("search"), QStringLiteral("--"),
                                     QStringLiteral("추위")});
        QVERIFY2(search.exitCode == 0, qPrintable(search.err));
        QCOMPARE(search.out, QStringLiteral("2024\tevent\t-1도 추위\n"));
        QCOMPARE(runHoego({QStringLiteral("-h")}).exitCode, 0);
        QVERIFY(runHoego({QStringLiteral("-v")}).out.startsWith(QStringLiteral("hoego ")));
        const Run goals = runHoego({QStringLiteral("--db"), path, QStringLiteral("--lang"), QStringLiteral("en"),
                                    QStringLiteral("goals"), QStringLiteral("--year=2024"), QStringLiteral("--json")});
        QVERIFY2(goals.exitCode == 0, qPrintable(goals.err));
        QCOMPARE(goals.out.trimmed(), QStringLiteral("[\n]"));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
