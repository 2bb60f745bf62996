// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

// hoego_bench: measures Hoego on a small and a 30-year database (see README, "Benchmark").
#include "benchsuite.h"
#include "datagenerator.h"
#include "measurement.h"
#include "serversuite.h"
#include "startupsuite.h"
#include "storage/database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <cstdio>

using namespace hoego;
using namespace hoego::bench;

namespace {

// Bumped whenever the generator's output changes, so a kept database is never stale.
constexpr int kGeneratorVersion = 1;

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

// Returns the path of the generated database, building it when it is not there yet.
QString preparedDatabase(const QString &folder, const QString &name, const GeneratorOptions &generator, bool regenerate,
                         QList<Measurement> &rows, const QString &label)
{
    const QString path = QDir(folder).filePath(QStringLiteral("%1-v%2.sqlite").arg(name).arg(kGeneratorVersion));
    if (QFile::exists(path) && !regenerate)
        return path;
    const QString partial = path + QStringLiteral(".partial");
    for (const QString &stale :
         QStringList{path, partial, partial + QStringLiteral("-wal"), partial + QStringLiteral("-shm")})
        QFile::remove(stale);
    err() << "Generating " << path << " (" << generator.years << " years)..." << Qt::endl;
    QElapsedTimer timer;
    timer.start();
    {
        auto database = Database::open(partial);
        if (!database.ok()) {
            err() << database.error().message << Qt::endl;
            return {};
        }
        auto counts = generateJournal(database.value()->connectionName(), generator);
        if (!counts.ok()) {
            err() << counts.error().message << Qt::endl;
            return {};
        }
        Measurement row = namedRow(label, QStringLiteral("generate the database (once)"));
        row.samples << double(timer.elapsed());
        row.note = QStringLiteral("%1 events, %2 sections, %3 lessons, %4 goals, %5 M characters")
                           .arg(counts->events)
                           .arg(counts->sections)
                           .arg(counts->lessons)
                           .arg(counts->goals)
                           .arg(double(counts->characters) / 1e6, 0, 'f', 1);
        rows << row;
    }
    if (!QFile::rename(partial, path)) {
        err() << "Cannot rename " << partial << Qt::endl;
        return {};
    }
    QFile::remove(partial + QStringLiteral(".lock"));
    return path;
}

QString emptyDatabase(const QString &folder)
{
    const QString path = QDir(folder).filePath(QStringLiteral("empty.sqlite"));
    for (const QString &stale : QStringList{path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")})
        QFile::remove(stale);
    auto database = Database::open(path);
    return database.ok() ? path : QString();
}

struct Target
{
    QString label;
    QString path;
};

// Issue 17's start-up and command rows, each program run in turn with the others so the ratios compare like
// with like: the first paint against a bare Qt window, the exit against an empty database, the commands on 30
// years against one year.
QList<Measurement> measureProcesses(const SuiteOptions &options, const QString &floor, const QString &empty,
                                    const QList<Target> &targets)
{
    const QString floorLabel = QStringLiteral("bare Qt window");
    const QString emptyLabel = QStringLiteral("empty");
    const int repeats = std::min(options.repeats, 15);
    QList<StartupTarget> starts{{floorLabel, floor, empty}, {emptyLabel, options.hoegoExecutable, empty}};
    QList<std::pair<QString, QString>> databases;
    for (const Target &target : targets) {
        starts << StartupTarget{target.label, options.hoegoExecutable, target.path};
        databases << std::pair{target.label, target.path};
    }
    err() << "Starting hoego and a bare Qt window in turn..." << Qt::endl;
    QList<Measurement> rows = measureStartups(starts, repeats);
    err() << "Running commands..." << Qt::endl;
    rows << measureCommands(options.hoegoExecutable, databases, repeats);
    for (const Target &target : targets) {
        rows << ratioRow(rows, target.label, kFirstPaintRow, floorLabel, kFirstPaintRow,
                         QStringLiteral("first paint vs the bare Qt window"), 1.5);
        rows << ratioRow(rows, target.label, kFirstPaintRow, emptyLabel, kFirstPaintRow,
                         QStringLiteral("first paint vs empty database"), 1.2);
        rows << ratioRow(rows, target.label, kExitRow, emptyLabel, kExitRow,
                         QStringLiteral("exit after first paint vs empty database"), 1.25);
    }
    const QString smallLabel = targets.first().label;
    for (const Target &target : targets.mid(1)) {
        rows << ratioRow(rows, target.label, kGoalsRow, smallLabel, kGoalsRow,
                         QStringLiteral("hoego goals vs on 1 year"), 1.25);
        rows << ratioRow(rows, target.label, kSearchRow, smallLabel, kSearchRow,
                         QStringLiteral("hoego search vs on 1 year"), 1.25);
    }
    return rows;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("hoego_bench"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Measures Hoego on a small and a 30-year database."));
    parser.addHelpOption();
    const QCommandLineOption small(QStringLiteral("small"), QStringLiteral("Only the small (one-year) database."));
    const QCommandLineOption repeats(QStringLiteral("repeats"), QStringLiteral("Timed runs per measurement."),
                                     QStringLiteral("n"), QStringLiteral("15"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON instead of a table."));
    const QCommandLineOption data(QStringLiteral("data"), QStringLiteral("Folder for the generated databases."),
                                  QStringLiteral("folder"), QDir::temp().filePath(QStringLiteral("hoego-bench")));
    const QCommandLineOption regenerate(QStringLiteral("regenerate"), QStringLiteral("Rebuild the databases."));
    const QCommandLineOption hoego(QStringLiteral("hoego"), QStringLiteral("The hoego executable for start-up."),
                                   QStringLiteral("path"), QStringLiteral(HOEGO_EXECUTABLE));
    const QCommandLineOption noStartup(QStringLiteral("no-startup"),
                                       QStringLiteral("Skip the start-up and command runs."));
    const QCommandLineOption floor(QStringLiteral("floor"), QStringLiteral("The bare Qt window for start-up."),
                                   QStringLiteral("path"), QStringLiteral(HOEGO_FLOOR_EXECUTABLE));
    const QCommandLineOption only(
            QStringLiteral("only"),
            QStringLiteral("Only measurements whose name contains one of these (comma-separated)."),
            QStringLiteral("text"));
    const QCommandLineOption memoryProbe(QStringLiteral("memory-probe"), QStringLiteral("Internal."),
                                         QStringLiteral("database"));
    const QCommandLineOption server(
            QStringLiteral("server"),
            QStringLiteral("Also measure the 30 years on this PostgreSQL database (postgresql://...), which is filled "
                           "from the file on first use."),
            QStringLiteral("address"));
    parser.addOptions({small, repeats, json, data, regenerate, hoego, floor, noStartup, only, memoryProbe, server});
    parser.process(app);

    if (parser.isSet(memoryProbe))
        return runMemoryProbe(parser.value(memoryProbe));

    setMeasurementFilter(parser.value(only));
    SuiteOptions options;
    options.repeats = std::max(1, parser.value(repeats).toInt());
    if (!parser.isSet(noStartup))
        options.hoegoExecutable = parser.value(hoego);
    const QString folder = parser.value(data);
    if (!QDir().mkpath(folder)) {
        err() << "Cannot create " << folder << Qt::endl;
        return 1;
    }
    options.workFolder = QDir(folder).filePath(QStringLiteral("work"));
    QDir().mkpath(options.workFolder);

    QList<Measurement> rows;
    QList<Target> targets;
    GeneratorOptions oneYear;
    oneYear.firstYear = 2025;
    oneYear.years = 1;
    const QString smallLabel = QStringLiteral("small (1 year)");
    targets << Target{
            smallLabel,
            preparedDatabase(folder, QStringLiteral("small"), oneYear, parser.isSet(regenerate), rows, smallLabel)};
    if (!parser.isSet(small)) {
        const QString largeLabel = QStringLiteral("30 years");
        targets << Target{largeLabel,
                          preparedDatabase(folder, QStringLiteral("years30"), GeneratorOptions(),
                                           parser.isSet(regenerate), rows, largeLabel)};
    }

    // Issue 16: the same 30 years on a server, as a team or a second computer would use it.
    QString serverLabel;
    if (parser.isSet(server) && targets.size() > 1) {
        serverLabel = QStringLiteral("30 years, PostgreSQL");
        err() << "Preparing " << parser.value(server) << "..." << Qt::endl;
        if (const QString failed = prepareServerDatabase(parser.value(server), targets.last().path);
            !failed.isEmpty()) {
            err() << failed << Qt::endl;
            return 1;
        }
        targets << Target{serverLabel, parser.value(server)};
    }

    const QString empty = emptyDatabase(folder);
    for (const Target &target : targets) {
        if (target.path.isEmpty())
            return 1;
        err() << "Measuring " << target.label << "..." << Qt::endl;
        rows << measureDatabase(target.label, target.path, options);
        rows << measurePeakMemory(target.label, target.path, QCoreApplication::applicationFilePath());
    }
    if (!serverLabel.isEmpty())
        rows << measureServerPropagation(serverLabel, parser.value(server), options.repeats);
    if (!options.hoegoExecutable.isEmpty() && !empty.isEmpty())
        rows << measureProcesses(options, parser.value(floor), empty, targets);

    QTextStream out(stdout);
    if (parser.isSet(json))
        out << QString::fromUtf8(formatJson(rows));
    else
        out << formatTable(rows);
    return 0;
}
