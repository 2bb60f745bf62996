// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "storage/database.h"
#include "storage/repositories.h"
#include "storage/sql.h"

#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace hoego;

namespace {

// What the writer acknowledged: every event by id with its title, and the newest summary counter.
struct Acknowledged
{
    QHash<Id, QString> events;
    qint64 summaryCounter = -1;
    Id yearId = 0;
    int edits = 0;

    // Takes the complete lines of the writer's output; a line cut off by the kill was never acknowledged.
    void take(const QByteArray &output)
    {
        const QList<QByteArray> lines = output.split('\n');
        for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
            const QString line = QString::fromUtf8(lines[i]);
            const QStringList parts = line.split(QLatin1Char(' '));
            if (parts.size() < 3)
                continue;
            ++edits;
            if (parts[0] == QLatin1String("E")) {
                events.insert(parts[1].toLongLong(), line.section(QLatin1Char(' '), 2));
            } else {
                yearId = parts[1].toLongLong();
                summaryCounter = std::max(summaryCounter, parts[2].toLongLong());
            }
        }
    }
};

int completeLines(const QByteArray &output)
{
    return int(output.count('\n'));
}

} // namespace

class TestCrashSafety : public QObject
{
    Q_OBJECT

private slots:
    void everyAcknowledgedEditSurvivesSigkill()
    {
        constexpr int kKills = 25;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("crash.sqlite"));
        QRandomGenerator random(20261129); // seeded: a failure can be replayed
        Acknowledged acknowledged;

        for (int kill = 0; kill < kKills; ++kill) {
            // Given a writer making edits as fast as it can
            QProcess writer;
            writer.setProcessChannelMode(QProcess::SeparateChannels);
            writer.start(QStringLiteral(HOEGO_CRASHWRITER), {path, QString::number(qint64(kill) * 1'000'000)});
            QVERIFY2(writer.waitForStarted(), qPrintable(writer.errorString()));

            // When it is killed after a random number of acknowledged edits, plus a random few microseconds so
            // the kill also lands inside a write
            const int target = int(random.bounded(1, 40));
            QByteArray output;
            while (completeLines(output) < target && writer.state() == QProcess::Running) {
                writer.waitForReadyRead(10000);
                output += writer.readAllStandardOutput();
            }
            QThread::usleep(random.bounded(0, 3000));
            writer.kill();
            QVERIFY(writer.waitForFinished(10000));
            output += writer.readAllStandardOutput();
            QVERIFY2(writer.exitStatus() == QProcess::CrashExit,
                     qPrintable(QStringLiteral("the writer stopped by itself: ")
                                + QString::fromUtf8(writer.readAllStandardError())));
            acknowledged.take(output);

            // Then the file is intact and holds every acknowledged edit (the stale lock is taken over)
            auto opened = Database::open(path);
            QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
            const QString connection = opened.value()->connectionName();
            auto integrity
                    = sql::single(connection, QStringLiteral("PRAGMA integrity_check"), {}, QStringLiteral("check"));
            QVERIFY(integrity.ok());
            QCOMPARE(integrity.value().value(0).toString(), QStringLiteral("ok"));
            Repositories repos(connection);
            for (auto it = acknowledged.events.cbegin(); it != acknowledged.events.cend(); ++it) {
                auto event = repos.events.get(it.key());
                QVERIFY2(event.ok(), qPrintable(QStringLiteral("acknowledged event %1 is missing").arg(it.key())));
                QCOMPARE(event->title, it.value());
            }
            if (acknowledged.summaryCounter >= 0) {
                const QString summary = repos.years.get(acknowledged.yearId)->summary;
                QVERIFY2(summary.section(QLatin1Char(' '), 1).toLongLong() >= acknowledged.summaryCounter,
                         qPrintable(summary));
            }
        }
        QVERIFY(acknowledged.edits >= kKills);
        qInfo("crash safety: %d SIGKILLs, %d acknowledged edits (%lld events), all found after each kill", kKills,
              acknowledged.edits, qint64(acknowledged.events.size()));
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
