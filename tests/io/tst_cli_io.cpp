// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "filehash.h"
#include "hoegoprocess.h"
#include "iotestsupport.h"
#include "journalgenerator.h"

#include "io/sample.h"
#include "storage/arearepository.h"
#include "storage/eventrepository.h"
#include "storage/exportprofilerepository.h"
#include "storage/privacy.h"
#include "storage/yearrepository.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>

using namespace hoego;

namespace {

using Run = test::HoegoRun;

Run runHoego(const QStringList &arguments)
{
    return test::runHoegoAt(QStringLiteral(HOEGO_EXECUTABLE), arguments);
}

// Runs hoego as runHoegoAt does, but gives up after `timeoutMs` (a hang fails fast) and, with `fileSizeLimit`,
// stops every write past that many bytes as a full disk would: RLIMIT_FSIZE makes write() fail (EFBIG) rather
// than kill the process, because SIGXFSZ is ignored (an ignored signal stays ignored across exec).
Run runHoegoLimited(const QStringList &arguments, rlim_t fileSizeLimit = 0, int timeoutMs = 30000)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("minimal"));
    process.setProcessEnvironment(environment);
    process.setChildProcessModifier([fileSizeLimit] {
        ::signal(SIGXFSZ, SIG_IGN);
        rlimit limit{};
        if (fileSizeLimit > 0 && ::getrlimit(RLIMIT_FSIZE, &limit) == 0) {
            limit.rlim_cur = fileSizeLimit;
            ::setrlimit(RLIMIT_FSIZE, &limit);
        }
    });
    process.start(QStringLiteral(HOEGO_EXECUTABLE), arguments);
    if (!process.waitForFinished(timeoutMs))
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

// The file's type as lstat sees it (S_IFIFO, S_IFCHR, S_IFLNK, S_IFREG...), 0 when it is missing.
mode_t fileType(const QString &path)
{
    struct stat status = {};
    return ::lstat(QFile::encodeName(path).constData(), &status) == 0 ? (status.st_mode & S_IFMT) : 0;
}

bool makeFifo(const QString &path)
{
    return ::mkfifo(QFile::encodeName(path).constData(), 0600) == 0;
}

// A character device like /dev/null (1, 3); needs root (CAP_MKNOD).
bool makeNullDevice(const QString &path)
{
    return ::mknod(QFile::encodeName(path).constData(), S_IFCHR | 0600, makedev(1, 3)) == 0;
}

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

    void exportChoosesTheFlavourAndLeavesPrivateItemsOutWithPublic()
    {
        // Given the sample with one 2025 event marked private
        QTemporaryDir dir;
        const QString db = sampleDatabase(dir);
        QString privateTitle;
        {
            auto opened = Database::open(db);
            QVERIFY(opened.ok());
            const QString connection = opened.value()->connectionName();
            const Id year = YearRepository(connection).byNumber(2025)->id;
            const Event event = EventRepository(connection).forYear(year)->first();
            privateTitle = event.title;
            QVERIFY(privacy::setPrivate(connection, PrivateKind::Event, event.id, true).ok());
        }
        const QStringList exportMd{QStringLiteral("--db"),   db,
                                   QStringLiteral("export"), QStringLiteral("--year"),
                                   QStringLiteral("2025"),   QStringLiteral("--format"),
                                   QStringLiteral("md")};
        // Then a full export has it and a public one does not
        const Run full = runHoego(exportMd);
        QCOMPARE(full.exitCode, 0);
        QVERIFY(full.out.contains(privateTitle));
        const Run published = runHoego(exportMd + QStringList{QStringLiteral("--public")});
        QCOMPARE(published.exitCode, 0);
        QVERIFY2(!published.out.contains(privateTitle), qPrintable(privateTitle));
        QVERIFY(published.out.contains(QStringLiteral("\n## 내년 목표 (2026)\n")));

        // And the flavour decides the front matter
        QVERIFY(full.out.startsWith(QStringLiteral("---\ntitle: ")));
        const Run plain = runHoego(exportMd + QStringList{QStringLiteral("--flavour"), QStringLiteral("commonmark")});
        QCOMPARE(plain.exitCode, 0);
        QVERIFY(plain.out.startsWith(QStringLiteral("# 2025년 회고")));
        const Run editor = runHoego(exportMd + QStringList{QStringLiteral("--flavour"), QStringLiteral("blog-editor")});
        QCOMPARE(editor.exitCode, 0);
        QVERIFY(editor.out.startsWith(QStringLiteral("# 2025년 회고")));
        QCOMPARE(runHoego(exportMd + QStringList{QStringLiteral("--no-front-matter")}).out, plain.out);
        // an unknown flavour, or one against --no-front-matter, is refused
        const Run unknown = runHoego(exportMd + QStringList{QStringLiteral("--flavour"), QStringLiteral("tistory")});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains(QStringLiteral("static-site, commonmark or blog-editor")),
                 qPrintable(unknown.err));
        QCOMPARE(runHoego(exportMd
                          + QStringList{QStringLiteral("--flavour"), QStringLiteral("static-site"),
                                        QStringLiteral("--no-front-matter")})
                         .exitCode,
                 1);
    }

    void theCommandLineFollowsTheDatabasesLanguage()
    {
        // Given the Korean sample, exported without --lang where the system is not Korean (tests run in C.UTF-8)
        QTemporaryDir dir;
        const QString db = sampleDatabase(dir);
        const Run exported = runHoego({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("--year"),
                                       QStringLiteral("2025"), QStringLiteral("--format"), QStringLiteral("md")});
        // Then the headings are Korean, as the database is
        QCOMPARE(exported.exitCode, 0);
        QVERIFY2(exported.out.contains(QStringLiteral("\n## 내년 목표 (2026)\n")), qPrintable(exported.out.left(600)));

        // And a database that a Korean command line creates starts with Korean area names
        const QString json = dir.filePath(QStringLiteral("all.json"));
        QCOMPARE(runHoego({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("--format"),
                           QStringLiteral("json"), QStringLiteral("--output"), json})
                         .exitCode,
                 0);
        const QString fresh = dir.filePath(QStringLiteral("fresh.sqlite"));
        const Run imported = runHoego({QStringLiteral("--db"), fresh, QStringLiteral("--lang"), QStringLiteral("ko"),
                                       QStringLiteral("import"), json});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        auto opened = Database::open(fresh);
        QVERIFY(opened.ok());
        QStringList names;
        for (const Area &area : AreaRepository(opened.value()->connectionName()).all().value())
            names << area.name;
        QVERIFY2(names.contains(QStringLiteral("삶")), qPrintable(names.join(QStringLiteral(", "))));
        // And the file's own "Life" joined it rather than standing beside it
        QFile file(json);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("\"Life\""));
        QVERIFY2(!names.contains(QStringLiteral("Life")), qPrintable(names.join(QStringLiteral(", "))));
    }

    void exportFollowsTheLanguageTheDatabaseWasCreatedWith()
    {
        // Given a database created by a Korean command line, holding an English post
        QTemporaryDir dir;
        const QString post = dir.filePath(QStringLiteral("post.md"));
        QVERIFY(test::writeFile(post,
                                "# My 2024 in review\n\n## What happened\n\n"
                                "- **March 2** Moved to a new apartment across the river\n"
                                "- **June 9** Started the evening running club with friends\n\n"
                                "## What I learned\n\n- Slow and steady is still progress\n"));
        const QString db = dir.filePath(QStringLiteral("ko.sqlite"));
        const Run imported = runHoego({QStringLiteral("--db"), db, QStringLiteral("--lang"), QStringLiteral("ko"),
                                       QStringLiteral("import"), post});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        // When it is exported without --lang (the system is not Korean, and the words are mostly English)
        const QStringList exportMd{QStringLiteral("--db"),   db,
                                   QStringLiteral("export"), QStringLiteral("--year"),
                                   QStringLiteral("2024"),   QStringLiteral("--format"),
                                   QStringLiteral("md")};
        const Run exported = runHoego(exportMd);
        // Then the headings are those of the language stored when the database was created
        QCOMPARE(exported.exitCode, 0);
        QVERIFY2(exported.out.contains(QStringLiteral("\n## 올해 있었던 일\n")), qPrintable(exported.out));
        // And --lang still decides when given
        const Run english = runHoego(exportMd + QStringList{QStringLiteral("--lang"), QStringLiteral("en")});
        QVERIFY(english.out.contains(QStringLiteral("\n## What happened\n")));
    }

    void aDatabaseMadeUnderTheCLocaleTakesItsLanguageFromItsWords()
    {
        // Given a Korean post imported from a command line that names no language, in the "C" locale of a
        // script (tests run in C.UTF-8), so nothing about the user is known
        QTemporaryDir dir;
        const QString post = dir.filePath(QStringLiteral("post.md"));
        QVERIFY(test::writeFile(post,
                                "# 2024년 회고\n\n## 올해 있었던 일\n\n"
                                "- **3월 2일** 강 건너 새 집으로 이사\n"
                                "- **6월 9일** 친구들과 저녁 달리기 모임 시작\n"));
        const QString db = dir.filePath(QStringLiteral("c.sqlite"));
        const Run imported = runHoego({QStringLiteral("--db"), db, QStringLiteral("import"), post});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        // When it is exported without --lang
        const Run exported = runHoego({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("--year"),
                                       QStringLiteral("2024"), QStringLiteral("--format"), QStringLiteral("md")});
        // Then its words decided: Korean headings, not the English of the locale
        QCOMPARE(exported.exitCode, 0);
        QVERIFY2(exported.out.contains(QStringLiteral("\n## 올해 있었던 일\n")), qPrintable(exported.out));
    }

    void exportRenamesHeadingsByProfileAndRefusesAnUnknownOne()
    {
        // Given the sample with a profile that renames the lessons' heading
        QTemporaryDir dir;
        const QString db = sampleDatabase(dir);
        {
            auto opened = Database::open(db);
            QVERIFY(opened.ok());
            QVERIFY(ExportProfileRepository(opened.value()->connectionName())
                            .save({QStringLiteral("velog"), {{YearPart::Lessons, QStringLiteral("깨달은 것")}}})
                            .ok());
        }
        const QStringList exportMd{QStringLiteral("--db"),   db,
                                   QStringLiteral("export"), QStringLiteral("--year"),
                                   QStringLiteral("2025"),   QStringLiteral("--format"),
                                   QStringLiteral("md")};
        // When it is exported with the profile
        const Run renamed = runHoego(exportMd + QStringList{QStringLiteral("--profile"), QStringLiteral("velog")});
        // Then that heading is renamed and the others stay
        QVERIFY2(renamed.exitCode == 0, qPrintable(renamed.err));
        QVERIFY(renamed.out.contains(QStringLiteral("\n## 깨달은 것\n")));
        QVERIFY(!renamed.out.contains(QStringLiteral("\n## 배운 것\n")));
        QVERIFY(renamed.out.contains(QStringLiteral("\n## 올해 있었던 일\n")));
        // And an unknown profile is a usage error naming the known ones, with nothing written
        const QString output = dir.filePath(QStringLiteral("out.md"));
        const Run unknown = runHoego(exportMd
                                     + QStringList{QStringLiteral("--profile"), QStringLiteral("tistory"),
                                                   QStringLiteral("--output"), output});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains(QStringLiteral("tistory")) && unknown.err.contains(QStringLiteral("velog")),
                 qPrintable(unknown.err));
        QVERIFY(!QFileInfo::exists(output));
    }

    void exportWritesAPdfWithoutADisplay()
    {
        QTemporaryDir dir;
        const QString db = sampleDatabase(dir);
        const QString pdf = dir.filePath(QStringLiteral("2025.pdf"));
        const Run run = runHoego({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("--year"),
                                  QStringLiteral("2025"), QStringLiteral("--format"), QStringLiteral("pdf"),
                                  QStringLiteral("--lang"), QStringLiteral("ko"), QStringLiteral("--output"), pdf});
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
        const Run run = runHoego({QStringLiteral("--db"), path, QStringLiteral("import"),
                                  dir.filePath(QStringLiteral("journal")), QStringLiteral("--format"),
                                  QStringLiteral("rednotebook"), QStringLiteral("--dry-run")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.startsWith(QStringLiteral("Dry run")));
        QVERIFY(run.out.contains(QStringLiteral("events: %1\n").arg(journal.daysWithText)));
        QVERIFY(db.reopen());
        QCOMPARE(test::databaseFileHash(db), before);
    }

    void aDryRunOfAPostPrintsItsPartsCreatesNoFileAndMapOverridesAPart()
    {
        QTemporaryDir dir;
        const QString post = dir.filePath(QStringLiteral("post.md"));
        QVERIFY(test::writeFile(post,
                                "# 2023년 회고\n\n## 돌아보기\n바빴다.\n\n### 있었던 일\n- 3월 이직\n- 5월 결혼\n\n"
                                "### 여행\n- 부산\n- 강릉\n\n## 배운 것\n- 천천히\n"));
        const QString db = dir.filePath(QStringLiteral("new.sqlite"));

        // a dry run prints every part at its depth with its kind and what it would add, and creates no file
        const Run dry
                = runHoego({QStringLiteral("--db"), db, QStringLiteral("import"), post, QStringLiteral("--dry-run")});
        QVERIFY2(dry.exitCode == 0, qPrintable(dry.err));
        QVERIFY2(dry.out.contains(QStringLiteral("    ### 있었던 일 (line 6) -> events: 2 events\n")),
                 qPrintable(dry.out));
        QVERIFY(dry.out.contains(QStringLiteral("    ### 여행 (line 10) -> section: 1 sections\n")));
        QVERIFY(dry.out.contains(QStringLiteral("  ## 배운 것 (line 14) -> lessons: 1 lessons\n")));
        QVERIFY(!QFileInfo::exists(db));

        // --map makes a part something else; a heading the post does not have or an unknown kind is refused
        const Run mapped
                = runHoego({QStringLiteral("--db"), db, QStringLiteral("import"), post, QStringLiteral("--map"),
                            QStringLiteral("여행=events"), QStringLiteral("--map"), QStringLiteral("돌아보기=skip")});
        QVERIFY2(mapped.exitCode == 0, qPrintable(mapped.err));
        QVERIFY2(mapped.out.contains(QStringLiteral("events: 4\n")), qPrintable(mapped.out));
        QVERIFY(!mapped.out.contains(QStringLiteral("sections:")));
        const Run missing
                = runHoego({QStringLiteral("--db"), db, QStringLiteral("import"), post, QStringLiteral("--dry-run"),
                            QStringLiteral("--map"), QStringLiteral("없는 제목=events")});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains(QStringLiteral("없는 제목")));
        const Run badKind
                = runHoego({QStringLiteral("--db"), db, QStringLiteral("import"), post, QStringLiteral("--dry-run"),
                            QStringLiteral("--map"), QStringLiteral("여행=trips")});
        QCOMPARE(badKind.exitCode, 1);
        QVERIFY(badKind.err.contains(QStringLiteral("trips")));
        // and goals:YEAR gives a list of goals to that year
        const QString goals = dir.filePath(QStringLiteral("goals.md"));
        QVERIFY(test::writeFile(goals, "# 2023년 회고\n\n## 목표\n- [x] 이직\n- [ ] 마라톤\n"));
        const Run plans = runHoego({QStringLiteral("import"), goals, QStringLiteral("--dry-run")});
        QVERIFY2(plans.out.contains(QStringLiteral("## 목표 (line 3) -> goals 2024:")), qPrintable(plans.out));
        const Run lookBack = runHoego({QStringLiteral("import"), goals, QStringLiteral("--dry-run"),
                                       QStringLiteral("--map"), QStringLiteral("목표=goals:2023")});
        QVERIFY2(lookBack.out.contains(QStringLiteral("## 목표 (line 3) -> goals 2023: 2 goals\n")),
                 qPrintable(lookBack.out + lookBack.err));
        const Run notAYear = runHoego({QStringLiteral("import"), goals, QStringLiteral("--dry-run"),
                                       QStringLiteral("--map"), QStringLiteral("목표=goals:soon")});
        QCOMPARE(notAYear.exitCode, 1);
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
        const Run given = runHoego({QStringLiteral("--db"), db, QStringLiteral("import"), post,
                                    QStringLiteral("--year"), QStringLiteral("2018")});
        QVERIFY2(given.exitCode == 0, qPrintable(given.err));
        QVERIFY(given.out.contains(QStringLiteral("lessons: 1\n")));
        const Run search = runHoego({QStringLiteral("--db"), db, QStringLiteral("search"), QStringLiteral("천천히")});
        QCOMPARE(search.out, QStringLiteral("2018\tlesson\t천천히\n"));
    }

    void importOfAPipeOrADeviceIsRefusedAtOnceAndWritesNothing()
    {
        // Given a database, a named pipe nobody writes to, and a journal folder with a pipe among its months
        QTemporaryDir dir;
        test::TempDatabase db;
        const QString path = db.path();
        db.close();
        const QByteArray before = test::fileSha256(path);
        const QString fifo = dir.filePath(QStringLiteral("post.md"));
        QVERIFY(makeFifo(fifo));
        const QString journal = dir.filePath(QStringLiteral("journal"));
        test::writeJournal(journal, 2020, 1, 40);
        QVERIFY(QFile::remove(QDir(journal).filePath(QStringLiteral("2020-05.txt"))));
        QVERIFY(makeFifo(QDir(journal).filePath(QStringLiteral("2020-05.txt"))));
        const QString linked = dir.filePath(QStringLiteral("linked"));
        test::writeJournal(linked, 2020, 1, 40);
        QVERIFY(QFile::remove(QDir(linked).filePath(QStringLiteral("2020-06.txt"))));
        QVERIFY(QFile::link(fifo, QDir(linked).filePath(QStringLiteral("2020-06.txt"))));
        QList<QStringList> runs = {
                {QStringLiteral("import"), fifo, QStringLiteral("--year"), QStringLiteral("2020")},
                {QStringLiteral("import"), fifo, QStringLiteral("--format"), QStringLiteral("json")},
                {QStringLiteral("import"), journal},
                {QStringLiteral("import"), linked, QStringLiteral("--format"), QStringLiteral("rednotebook")},
        };
        const QString device = dir.filePath(QStringLiteral("device.md"));
        if (makeNullDevice(device))
            runs.append({QStringLiteral("import"), device, QStringLiteral("--year"), QStringLiteral("2020")});
        else
            qInfo("not root: the character device case is skipped (mknod needs CAP_MKNOD)");

        for (const QStringList &arguments : std::as_const(runs)) {
            // When it is imported
            const Run run = runHoegoLimited(QStringList{QStringLiteral("--db"), path} + arguments);
            // Then hoego says so at once, exits 1 and writes nothing
            const QString what = arguments.join(QLatin1Char(' '));
            QVERIFY2(run.exitCode == 1, qPrintable(what + QStringLiteral(": exit %1").arg(run.exitCode)));
            QVERIFY2(run.err.contains(QStringLiteral("is not a regular file")), qPrintable(what + run.err));
            QCOMPARE(test::fileSha256(path), before);
        }
        // And a new database is not even created
        const QString fresh = dir.filePath(QStringLiteral("fresh.sqlite"));
        QCOMPARE(runHoegoLimited({QStringLiteral("--db"), fresh, QStringLiteral("import"), fifo,
                                  QStringLiteral("--year"), QStringLiteral("2020")})
                         .exitCode,
                 1);
        QVERIFY(!QFile::exists(fresh));
    }

    void exportOntoADeviceOrAPipeIsRefusedAndAFileBehindALinkIsWritten()
    {
        QTemporaryDir dir;
        const QString db = sampleDatabase(dir);
        const auto exportTo = [&db](const QString &format, const QString &output) {
            return runHoegoLimited({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("--year"),
                                    QStringLiteral("2025"), QStringLiteral("--format"), format,
                                    QStringLiteral("--output"), output});
        };
        // A pipe: an atomic replace would have swapped it for a plain file
        const QString fifo = dir.filePath(QStringLiteral("pipe.md"));
        QVERIFY(makeFifo(fifo));
        for (const QString &format : {QStringLiteral("md"), QStringLiteral("html"), QStringLiteral("json")}) {
            const Run run = exportTo(format, fifo);
            QCOMPARE(run.exitCode, 1);
            QVERIFY2(run.err.contains(QStringLiteral("is not a regular file")), qPrintable(run.err));
            QCOMPARE(fileType(fifo), mode_t(S_IFIFO));
        }
        // A folder
        const Run folder = exportTo(QStringLiteral("md"), dir.path());
        QCOMPARE(folder.exitCode, 1);
        QVERIFY(QFileInfo(dir.path()).isDir());
        // A device node (a PDF used to be written into it, or it was replaced)
        const QString device = dir.filePath(QStringLiteral("null"));
        if (makeNullDevice(device)) {
            for (const QString &format : {QStringLiteral("pdf"), QStringLiteral("md")}) {
                const Run run = exportTo(format, device);
                QCOMPARE(run.exitCode, 1);
                QVERIFY2(run.err.contains(QStringLiteral("is not a regular file")), qPrintable(run.err));
                QCOMPARE(fileType(device), mode_t(S_IFCHR));
            }
        } else {
            qInfo("not root: the character device case is skipped (mknod needs CAP_MKNOD)");
        }
        // A symbolic link to a regular file: the file it points to is written, the link stays
        const QString target = dir.filePath(QStringLiteral("real.pdf"));
        QVERIFY(test::writeFile(target, "old"));
        const QString link = dir.filePath(QStringLiteral("link.pdf"));
        QVERIFY(QFile::link(target, link));
        const Run linked = exportTo(QStringLiteral("pdf"), link);
        QVERIFY2(linked.exitCode == 0, qPrintable(linked.err));
        QCOMPARE(fileType(link), mode_t(S_IFLNK));
        QVERIFY(test::readFile(target).startsWith("%PDF-"));
    }

    void aFullDiskKeepsThePreviousExportAndExitsNonZero_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("year");
        // Markdown, HTML and JSON of a year with a long section; the sample's 2025 as a PDF (fonts embedded).
        QTest::newRow("md") << QStringLiteral("md") << QStringLiteral("2019");
        QTest::newRow("html") << QStringLiteral("html") << QStringLiteral("2019");
        QTest::newRow("json") << QStringLiteral("json") << QStringLiteral("2019");
        QTest::newRow("pdf") << QStringLiteral("pdf") << QStringLiteral("2025");
    }

    void aFullDiskKeepsThePreviousExportAndExitsNonZero()
    {
        QFETCH(QString, format);
        QFETCH(QString, year);
        // Given a good export written earlier, every export format bigger than the space left
        constexpr rlim_t spaceLeft = 64 * 1024;
        QTemporaryDir dir;
        const QString db = sampleDatabase(dir);
        {
            auto database = Database::open(db);
            QVERIFY(database.ok());
            Repositories repos(database.value()->connectionName());
            const Id y2019 = *repos.years.create(2019, QStringLiteral("긴 한 해"));
            QVERIFY(repos.sections
                            .create(y2019, QStringLiteral("돌아보며"),
                                    QStringLiteral("한 해를 천천히 돌아보며 적은 긴 글입니다. ").repeated(3000))
                            .ok());
        }
        const QString output = dir.filePath(QStringLiteral("report.") + format);
        const QStringList arguments{QStringLiteral("--db"),
                                    db,
                                    QStringLiteral("export"),
                                    QStringLiteral("--year"),
                                    year,
                                    QStringLiteral("--format"),
                                    format,
                                    QStringLiteral("--output"),
                                    output};
        const Run good = runHoegoLimited(arguments);
        QVERIFY2(good.exitCode == 0, qPrintable(good.err));
        QVERIFY(QFileInfo(output).size() > qint64(2 * spaceLeft));
        const QByteArray before = test::fileSha256(output);
        const QStringList filesBefore = QDir(dir.path()).entryList(QDir::Files);

        // When the same export runs out of space
        const Run full = runHoegoLimited(arguments, spaceLeft);

        // Then it exits non-zero saying why, the previous file is untouched and no partial file is left
        QVERIFY2(full.exitCode == 1, qPrintable(QStringLiteral("exit %1: %2").arg(full.exitCode).arg(full.err)));
        QVERIFY2(full.err.contains(QStringLiteral("hoego export: Cannot write ")), qPrintable(full.err));
        QCOMPARE(test::fileSha256(output), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), filesBefore);
    }

    void importWithoutTheFormatsValueWritesNothing()
    {
        // Given a post that would import and a database
        QTemporaryDir dir;
        const QString post = dir.filePath(QStringLiteral("post.md"));
        QVERIFY(test::writeFile(post, "# 2020년 회고\n\n## 배운 것\n- 천천히\n"));
        test::TempDatabase db;
        const QByteArray before = test::databaseFileHash(db);
        const QString path = db.path();
        db.close();
        // When --format is given without its value
        const Run run
                = runHoego({QStringLiteral("--db"), path, QStringLiteral("import"), post, QStringLiteral("--format")});
        // Then nothing is imported
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("--format needs a value")), qPrintable(run.err));
        QVERIFY(db.reopen());
        QCOMPARE(test::databaseFileHash(db), before);
        QVERIFY(db.repos().years.overviews()->isEmpty());
    }

    void badArgumentsAreExplained()
    {
        QTemporaryDir dir;
        const QString db = sampleDatabase(dir);
        const Run noYear = runHoego({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("--format"),
                                     QStringLiteral("md")});
        QCOMPARE(noYear.exitCode, 1);
        QVERIFY(noYear.err.contains(QStringLiteral("--year")));
        const Run missingYear
                = runHoego({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("--year"),
                            QStringLiteral("1999"), QStringLiteral("--format"), QStringLiteral("md")});
        QCOMPARE(missingYear.exitCode, 1);
        QVERIFY(missingYear.err.contains(QStringLiteral("1999")));
        const Run badFormat = runHoego({QStringLiteral("--db"), db, QStringLiteral("import"), db,
                                        QStringLiteral("--format"), QStringLiteral("docx")});
        QCOMPARE(badFormat.exitCode, 1);
    }
};

QTEST_GUILESS_MAIN(TestCliIo)
#include "tst_cli_io.moc"
