#pragma once

#include <QMap>
#include <QString>

namespace hoego::bench {

// One start of the real hoego executable on a database, under the offscreen platform, until its first paint
// with the year's data (HOEGO_EXIT_AFTER_FIRST_PAINT makes it quit right after).
struct StartupRun
{
    QString error; // empty when the run reached its first paint
    double wallMs = 0; // from starting the process to reading its first-paint line
    QMap<QString, double> milestones; // hoego.perf milestones, ms since the process started
    qint64 peakMemoryKiB = 0; // the "peak memory" milestone, when the app logged it
};

StartupRun runStartup(const QString &executable, const QString &databasePath);

} // namespace hoego::bench
