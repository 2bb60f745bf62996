// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "startupprobe.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>

namespace hoego::bench {
namespace {

constexpr int kTimeoutMs = 30000;
const QString kFirstPaint = QStringLiteral("first paint");

// Lines look like "hoego.perf: database open 41.3 ms" or "hoego.perf: peak memory 51234 KiB".
bool parseLine(const QString &line, StartupRun &run)
{
    static const QRegularExpression pattern(QStringLiteral("^hoego\\.perf: (.+) ([0-9.]+) (ms|KiB)$"));
    const QRegularExpressionMatch match = pattern.match(line.trimmed());
    if (!match.hasMatch())
        return false;
    if (match.captured(3) == QLatin1String("KiB"))
        run.peakMemoryKiB = match.captured(2).toLongLong();
    else
        run.milestones.insert(match.captured(1), match.captured(2).toDouble());
    return true;
}

} // namespace

StartupRun runStartup(const QString &executable, const QString &databasePath)
{
    StartupRun run;
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("hoego.perf.debug=true;qt.qpa.*=false"));
    environment.insert(QStringLiteral("HOEGO_EXIT_AFTER_FIRST_PAINT"), QStringLiteral("1"));
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.setReadChannel(QProcess::StandardError);

    QElapsedTimer timer;
    timer.start();
    process.start(executable, {QStringLiteral("--db"), databasePath});
    if (!process.waitForStarted(kTimeoutMs)) {
        run.error = QStringLiteral("cannot start %1: %2").arg(executable, process.errorString());
        return run;
    }
    QString pending;
    while (run.wallMs == 0) {
        if (!process.waitForReadyRead(kTimeoutMs)) {
            run.error = QStringLiteral("no first paint (exit code %1)").arg(process.exitCode());
            break;
        }
        pending += QString::fromUtf8(process.readAllStandardError());
        qsizetype end = 0;
        while ((end = pending.indexOf(QLatin1Char('\n'))) >= 0) {
            const QString line = pending.left(end);
            pending.remove(0, end + 1);
            if (parseLine(line, run) && line.contains(kFirstPaint) && run.wallMs == 0)
                run.wallMs = double(timer.nsecsElapsed()) / 1e6;
        }
    }
    if (!process.waitForFinished(kTimeoutMs)) {
        process.kill();
        process.waitForFinished();
        if (run.error.isEmpty())
            run.error = QStringLiteral("hoego did not exit after its first paint");
        return run;
    }
    run.exitMs = double(timer.nsecsElapsed()) / 1e6;
    for (const QString &line : QString::fromUtf8(process.readAllStandardError()).split(QLatin1Char('\n')))
        parseLine(line, run);
    return run;
}

double runCommand(const QString &executable, const QStringList &arguments, QString *error)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    process.setProcessEnvironment(environment);
    process.setStandardOutputFile(QProcess::nullDevice());
    QElapsedTimer timer;
    timer.start();
    process.start(executable, arguments);
    if (!process.waitForFinished(kTimeoutMs) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        *error = QStringLiteral("%1 failed: %2")
                         .arg(arguments.join(QLatin1Char(' ')),
                              QString::fromUtf8(process.readAllStandardError()).trimmed());
        return -1;
    }
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace hoego::bench
