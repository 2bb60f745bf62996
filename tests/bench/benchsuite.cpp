// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "benchsuite.h"

#include "storage/server/serverlocation.h"

#include "io/exporter.h"
#include "io/importer.h"
#include "perf.h"
#include "search/searchservice.h"
#include "storage/database.h"
#include "storage/repositories.h"
#include "storage/sql.h"
#include "yearpage.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

#include <optional>

namespace hoego::bench {
namespace {

constexpr double kYearSwitchTarget = 16;
constexpr double kSearchTarget = 20;
// Issue 16's target for a server on the same machine: each search is a round trip and a scan of every text there.
constexpr double kServerSearchTarget = 50;
constexpr double kGoalCheckTarget = 5;
constexpr double kMemoryTargetMiB = 50; // issue 17: no more than before
constexpr double kTextExportTarget = 50;
constexpr double kPdfExportTarget = 1000;
constexpr double kJsonRoundTripTarget = 3000;

struct Query
{
    const char *label;
    const char *text;
};

// The four kinds of query, plus a common two-syllable word (many hits) and a short word with none.
constexpr Query kQueries[] = {
        {"search: two-syllable Korean (졸업)", "졸업"},
        {"search: two-syllable Korean, common (회의)", "회의"},
        {"search: longer Korean (데이터베이스)", "데이터베이스"},
        {"search: English (kubernetes)", "kubernetes"},
        {"search: no match (블록체인)", "블록체인"},
        {"search: no match, two syllables (양자)", "양자"},
        {"search: two words (졸업 논문)", "졸업 논문"},
};

Database::Options unlocked()
{
    Database::Options options;
    options.lock = false;
    options.create = false;
    return options;
}

// The newest year and the one before it (the same year when there is only one).
std::optional<std::pair<Id, Id>> twoYears(Repositories &repos)
{
    auto overviews = repos.years.overviews();
    if (!overviews.ok() || overviews->isEmpty())
        return std::nullopt;
    const Id newest = overviews->last().year.id;
    const Id before = overviews->size() > 1 ? (*overviews)[overviews->size() - 2].year.id : newest;
    return std::make_pair(newest, before);
}

// An open check goal of the year, or 0.
Id checkGoal(Repositories &repos, Id yearId)
{
    auto goals = repos.goals.forYear(yearId);
    if (!goals.ok())
        return 0;
    for (const Goal &goal : *goals)
        if (goal.kind == GoalKind::Check && goal.status == GoalStatus::Open)
            return goal.id;
    return 0;
}

QList<Measurement> measureGoalCheck(const QString &label, const QString &connection, Repositories &repos, Id yearId,
                                    int repeats)
{
    QList<Measurement> rows;
    const Id goalId = checkGoal(repos, yearId);
    if (goalId == 0) {
        Measurement missing = namedRow(label, QStringLiteral("goal check, repository only (write + reload)"));
        missing.note = QStringLiteral("no open check goal");
        return {missing};
    }
    bool checked = false;
    // Toggles so every run is a real write; the goal ends as it started when the run count is even.
    auto toggle = [&]() -> QString {
        const Status written = checked ? repos.goals.uncheck(goalId) : repos.goals.check(goalId);
        if (!written.ok())
            return written.error().message;
        checked = !checked;
        auto reread = repos.goals.get(goalId);
        return reread.ok() ? QString() : reread.error().message;
    };
    rows << timeRepeated(label, QStringLiteral("goal check, repository only (write + reload)"), repeats,
                         kGoalCheckTarget, toggle);
    // The price of fsync: the same write with synchronous=NORMAL (durable against a crash of the app, not of
    // the machine). For comparison only; the app keeps FULL.
    if (sql::exec(connection, QStringLiteral("PRAGMA synchronous = NORMAL")).ok()) {
        Measurement normal = timeRepeated(label, QStringLiteral("goal check, synchronous=NORMAL (comparison)"), repeats,
                                          0, toggle);
        rows << normal;
        (void)sql::exec(connection, QStringLiteral("PRAGMA synchronous = FULL"));
    }
    if (checked)
        (void)repos.goals.uncheck(goalId);
    return rows;
}

QList<Measurement> measureExports(const QString &label, const QString &connection, Id yearId,
                                  const SuiteOptions &options)
{
    QList<Measurement> rows;
    const ReportOptions report;
    for (const auto &[formatToMeasure, name] :
         {std::pair{ExportFormat::Markdown, "Markdown"}, std::pair{ExportFormat::Html, "HTML"}}) {
        const ExportFormat format = formatToMeasure; // clang 14 cannot capture a structured binding
        qsizetype bytes = 0;
        Measurement row = timeRepeated(label, QStringLiteral("export one year to %1").arg(QLatin1String(name)),
                                       options.repeats, kTextExportTarget, [&]() -> QString {
                                           auto text = exportText(connection, yearId, format, report);
                                           if (!text.ok())
                                               return text.error().message;
                                           bytes = text->size();
                                           return {};
                                       });
        if (row.note.isEmpty())
            row.note = QStringLiteral("%1 KB").arg(bytes / 1024);
        rows << row;
    }
    const QString pdf = QDir(options.workFolder).filePath(QStringLiteral("year.pdf"));
    Measurement pdfRow = timeRepeated(label, QStringLiteral("export one year to PDF"), std::min(options.repeats, 5),
                                      kPdfExportTarget, [&]() -> QString {
                                          const Status done
                                                  = exportToFile(connection, yearId, ExportFormat::Pdf, report, pdf);
                                          return done.ok() ? QString() : done.error().message;
                                      });
    if (pdfRow.note.isEmpty())
        pdfRow.note = QStringLiteral("%1 KB").arg(QFileInfo(pdf).size() / 1024);
    rows << pdfRow;

    // The round trip takes seconds on 30 years: a few runs without warm-up.
    const int runs = std::min(options.repeats, 2);
    const QString json = QDir(options.workFolder).filePath(QStringLiteral("all.json"));
    Measurement exported = timeRepeated(
            label, QStringLiteral("export everything to JSON"), runs, 0,
            [&]() -> QString {
                const Status done = exportToFile(connection, std::nullopt, ExportFormat::Json, report, json);
                return done.ok() ? QString() : done.error().message;
            },
            false);
    if (exported.note.isEmpty())
        exported.note = QStringLiteral("%1 MB").arg(double(QFileInfo(json).size()) / 1e6, 0, 'f', 1);
    rows << exported;
    int attempt = 0;
    Measurement imported = timeRepeated(
            label, QStringLiteral("import that JSON into an empty database"), runs, 0,
            [&]() -> QString {
                const QString target
                        = QDir(options.workFolder).filePath(QStringLiteral("import-%1.sqlite").arg(++attempt));
                for (const QString &stale :
                     QStringList{target, target + QStringLiteral("-wal"), target + QStringLiteral("-shm")})
                    QFile::remove(stale);
                auto database = Database::open(target);
                if (!database.ok())
                    return database.error().message;
                ImportRequest request;
                request.path = json;
                request.format = ImportFormat::Json;
                auto result = importFile(database.value()->connectionName(), request, ImportOptions());
                return result.ok() ? QString() : result.error().message;
            },
            false);
    rows << imported;
    Measurement roundTrip = namedRow(label, QStringLiteral("JSON export + import (sum of medians)"));
    roundTrip.target = kJsonRoundTripTarget;
    if (!exported.samples.isEmpty() && !imported.samples.isEmpty())
        roundTrip.samples << exported.median() + imported.median();
    rows << roundTrip;
    return rows;
}

} // namespace

QList<Measurement> measureDatabase(const QString &label, const QString &path, const SuiteOptions &options)
{
    QList<Measurement> rows;
    const int repeats = options.repeats;
    // The window and commands open with the check when due (integritypolicy.h): on a file checked before, it is
    // not; a file first seen, or changed elsewhere, is checked as every open once was.
    for (const bool whenDue : {true, false}) {
        const QString name = whenDue ? QStringLiteral("open database, clean check on record (window, commands)")
                                     : QStringLiteral("open database with quick_check (first open, file changed)");
        rows << timeRepeated(label, name, repeats, 0, [&]() -> QString {
            Database::Options o;
            o.create = false;
            o.readOnly = true;
            o.lock = false;
            if (whenDue)
                o.integrityCheck = Database::Options::IntegrityCheck::WhenDue;
            auto opened = Database::open(path, o);
            return opened.ok() ? QString() : opened.error().message;
        });
    }

    auto database = Database::open(path, unlocked());
    if (!database.ok()) {
        Measurement failed = namedRow(label, QStringLiteral("open database"));
        failed.note = database.error().message;
        return rows << failed;
    }
    const QString connection = database.value()->connectionName();
    Repositories repos(connection);

    rows << timeRepeated(label, QStringLiteral("PRAGMA quick_check"), std::min(repeats, 5), 0, [&]() -> QString {
        auto check = sql::single(connection, QStringLiteral("PRAGMA quick_check"), {}, QStringLiteral("check"));
        return check.ok() ? QString() : check.error().message;
    });
    rows << timeRepeated(label, QStringLiteral("year overviews (all years, with counts)"), repeats, 0,
                         [&]() -> QString {
                             auto overviews = repos.years.overviews();
                             return overviews.ok() ? QString() : overviews.error().message;
                         });

    const auto years = twoYears(repos);
    if (!years) {
        Measurement empty = namedRow(label, QStringLiteral("year page"));
        empty.note = QStringLiteral("the database has no year");
        return rows << empty;
    }
    const Id newest = years->first;
    // Where a page load's time goes, one repository read at a time.
    const QList<std::pair<QString, std::function<Status()>>> parts{
            {QStringLiteral("events"), [&]() -> Status { return repos.events.forYear(newest); }},
            {QStringLiteral("sections"), [&]() -> Status { return repos.sections.forYear(newest); }},
            {QStringLiteral("lessons"), [&]() -> Status { return repos.lessons.forYear(newest); }},
            {QStringLiteral("goals"), [&]() -> Status { return repos.goals.forYear(newest); }},
    };
    for (const auto &[part, readPart] : parts) {
        const auto &read = readPart; // clang 14 cannot capture a structured binding
        rows << timeRepeated(label, QStringLiteral("  read a year's %1").arg(part), repeats, 0, [&]() -> QString {
            const Status status = read();
            return status.ok() ? QString() : status.error().message;
        });
    }
    WindowDriver driver(*database.value());
    Measurement opening = timeRepeated(label, QStringLiteral("main window: build, open newest year, paint"),
                                       std::min(repeats, 7), 0, [&] { return driver.openWindow(); });
    opening.note = QStringLiteral("on the %1 tab").arg(driver.currentTab());
    rows << opening;
    // Switching years on the Events tab: the tab with the most to read (365 events).
    if (const QString failed = driver.showTab(2); !failed.isEmpty())
        qWarning("%s", qPrintable(failed));
    bool back = true;
    Measurement switching = timeRepeated(label, QStringLiteral("switch year (previous/next, models + repaint)"),
                                         repeats, kYearSwitchTarget, [&] {
                                             back = !back;
                                             return driver.switchYear(back);
                                         });
    if (switching.note.isEmpty())
        switching.note = QStringLiteral("%1 events shown").arg(driver.eventRows());
    rows << switching;

    SearchService search(connection);
    const double searchTarget = ServerLocation::isServerAddress(path) ? kServerSearchTarget : kSearchTarget;
    for (const Query &query : kQueries) {
        qsizetype hits = 0;
        Measurement row = timeRepeated(label, QString::fromUtf8(query.label), repeats, searchTarget, [&]() -> QString {
            auto found = search.search(QString::fromUtf8(query.text));
            if (!found.ok())
                return found.error().message;
            hits = found->size();
            return {};
        });
        if (row.note.isEmpty())
            row.note = QStringLiteral("%1 hits").arg(hits);
        rows << row;
    }

    if (const QString failed = driver.showTab(5); !failed.isEmpty())
        qWarning("%s", qPrintable(failed));
    rows << timeRepeated(label, QStringLiteral("goal check on the board (command, write, refresh)"), repeats,
                         kGoalCheckTarget, [&] { return driver.toggleGoal(); });
    rows << measureGoalCheck(label, connection, repos, newest, repeats);
    rows << measureExports(label, connection, newest, options);
    return rows;
}

Measurement measurePeakMemory(const QString &label, const QString &path, const QString &benchExecutable)
{
    Measurement row = namedRow(label, QStringLiteral("peak memory, open on the newest year"));
    row.unit = QStringLiteral("MiB");
    row.target = kMemoryTargetMiB;
    QProcess probe;
    probe.start(benchExecutable, {QStringLiteral("--memory-probe"), path});
    if (!probe.waitForFinished(120000) || probe.exitCode() != 0) {
        row.note = QStringLiteral("memory probe failed: %1").arg(QString::fromUtf8(probe.readAllStandardError()));
        return row;
    }
    row.samples << QString::fromUtf8(probe.readAllStandardOutput()).trimmed().toDouble() / 1024.0;
    row.note = QStringLiteral("VmHWM of a process with the page loaded and one search");
    return row;
}

int runMemoryProbe(const QString &path)
{
    auto database = Database::open(path, unlocked());
    if (!database.ok()) {
        qWarning("%s", qPrintable(database.error().message));
        return 1;
    }
    WindowDriver driver(*database.value());
    if (const QString failed = driver.openWindow(); !failed.isEmpty()) {
        qWarning("%s", qPrintable(failed));
        return 1;
    }
    (void)SearchService(database.value()->connectionName()).search(QStringLiteral("졸업"));
    printf("%lld\n", static_cast<long long>(perf::peakMemoryKiB()));
    return 0;
}

} // namespace hoego::bench
