// hoego_bench: measures Hoego on a small and a 30-year database (see README, "Benchmark").
#include "benchsuite.h"
#include "datagenerator.h"
#include "measurement.h"
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

// The ratio of the median wall start-up times, against the 1.2 x empty.
Measurement startupRatio(const QList<Measurement> &rows, const QString &label, const QString &emptyLabel)
{
    Measurement ratio = namedRow(label, QStringLiteral("start-up vs empty database"));
    ratio.unit = QStringLiteral("x");
    ratio.target = 1.2;
    double withData = 0;
    double empty = 0;
    for (const Measurement &row : rows) {
        if (!row.name.startsWith(QLatin1String("start-up to first paint")) || row.samples.isEmpty())
            continue;
        if (row.database == label)
            withData = row.median();
        if (row.database == emptyLabel)
            empty = row.median();
    }
    if (withData > 0 && empty > 0)
        ratio.samples << withData / empty;
    else
        ratio.note = QStringLiteral("start-up was not measured");
    return ratio;
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
    const QCommandLineOption noStartup(QStringLiteral("no-startup"), QStringLiteral("Skip the start-up runs."));
    const QCommandLineOption only(
            QStringLiteral("only"),
            QStringLiteral("Only measurements whose name contains one of these (comma-separated)."),
            QStringLiteral("text"));
    const QCommandLineOption memoryProbe(QStringLiteral("memory-probe"), QStringLiteral("Internal."),
                                         QStringLiteral("database"));
    parser.addOptions({small, repeats, json, data, regenerate, hoego, noStartup, only, memoryProbe});
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
    const QString emptyLabel = QStringLiteral("empty");
    struct Target
    {
        QString label;
        QString path;
    };
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

    const QString empty = emptyDatabase(folder);
    if (!options.hoegoExecutable.isEmpty() && !empty.isEmpty())
        rows << measureStartup(emptyLabel, empty, options);
    for (const Target &target : targets) {
        if (target.path.isEmpty())
            return 1;
        err() << "Measuring " << target.label << "..." << Qt::endl;
        rows << measureDatabase(target.label, target.path, options);
        rows << measurePeakMemory(target.label, target.path, QCoreApplication::applicationFilePath());
        if (!options.hoegoExecutable.isEmpty()) {
            rows << measureStartup(target.label, target.path, options);
            rows << startupRatio(rows, target.label, emptyLabel);
        }
    }

    QTextStream out(stdout);
    if (parser.isSet(json))
        out << QString::fromUtf8(formatJson(rows));
    else
        out << formatTable(rows);
    return 0;
}
