// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "eventfuldatabase.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace hoego;

namespace {

struct Run
{
    int exitCode = -1;
    QString log; // stderr, with the hoego.perf lines
};

QProcessEnvironment perfEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("hoego.perf.debug=true;qt.qpa.*=false"));
    return environment;
}

Run goals(const QString &path)
{
    QProcess process;
    process.setProcessEnvironment(perfEnvironment());
    process.start(QStringLiteral(HOEGO_EXECUTABLE), {QStringLiteral("--db"), path, QStringLiteral("goals")});
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

// Issue 17, from outside: commands run quick_check only when the file may have changed since it was last known
// intact (the hoego.perf log says what each open decided), and stay safe on a damaged file.
class TestCliIntegrity : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_path = m_dir->filePath(QStringLiteral("journal.sqlite"));
        QVERIFY(test::writeEventfulDatabase(m_path));
    }

    void cleanup() { m_dir.reset(); }

    void aSecondCommandOnAnUnchangedFileSkipsTheCheck()
    {
        // Given a file this hoego has not seen, it is checked in full. (The reason may also be "file changed since
        // the last clean check": a new temporary file can reuse the inode of one a test before recorded.)
        const Run first = goals(m_path);
        QCOMPARE(first.exitCode, 0);
        QVERIFY2(first.log.contains(QLatin1String("integrity check ran (")), qPrintable(first.log));
        // When it runs again, then only the cheap checks run
        const Run second = goals(m_path);
        QCOMPARE(second.exitCode, 0);
        QVERIFY2(second.log.contains(QLatin1String("integrity check skipped (not due)")), qPrintable(second.log));
    }

    void aFileChangedByAnotherProgramIsChecked()
    {
        QCOMPARE(goals(m_path).exitCode, 0);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            db.setDatabaseName(m_path);
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("UPDATE year SET summary = 'edited elsewhere'")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        const Run run = goals(m_path);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.log.contains(QLatin1String("integrity check ran (file changed since the last clean check)")),
                 qPrintable(run.log));
    }

    void aFileDamagedAfterACleanCheckIsStillRefused()
    {
        QCOMPARE(goals(m_path).exitCode, 0);
        QVERIFY(test::damageMiddlePages(m_path));
        const Run run = goals(m_path);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.log.contains(QLatin1String("damaged")), qPrintable(run.log));
    }

    void aWindowThatWasKilledLeavesTheFileToBeChecked()
    {
        // Given a clean check on record, then the window open on the file and killed
        QCOMPARE(goals(m_path).exitCode, 0);
        QProcess window;
        window.setProcessEnvironment(perfEnvironment());
        window.start(QStringLiteral(HOEGO_EXECUTABLE), {QStringLiteral("--db"), m_path});
        QVERIFY(window.waitForStarted());
        QByteArray log;
        QTRY_VERIFY_WITH_TIMEOUT((log += window.readAllStandardError()).contains("first paint"), 30000);
        window.kill();
        QVERIFY(window.waitForFinished(30000));

        // When a command opens it, then it runs the full check (for the marker, or for a log the kill left)
        const Run run = goals(m_path);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.log.contains(QLatin1String("integrity check ran (unclean close)"))
                         || run.log.contains(QLatin1String("integrity check ran (write-ahead log left by a crash)")),
                 qPrintable(run.log));
    }

    void aWindowClosedCleanlyLeavesTheFileTrusted()
    {
        // Given a window that opened the file, let its check finish and closed on SIGTERM (as a logout does)
        QProcess window;
        window.setProcessEnvironment(perfEnvironment());
        window.start(QStringLiteral(HOEGO_EXECUTABLE), {QStringLiteral("--db"), m_path});
        QVERIFY(window.waitForStarted());
        QByteArray log;
        QTRY_VERIFY_WITH_TIMEOUT((log += window.readAllStandardError()).contains("first paint"), 30000);
        // (never seen by this hoego; a marker another test's killed window left on a reused inode is a reason too)
        QVERIFY2(log.contains("integrity check deferred ("), log.constData());
        QTRY_VERIFY_WITH_TIMEOUT((log += window.readAllStandardError()).contains("background integrity check passed"),
                                 30000);
        window.terminate();
        QVERIFY(window.waitForFinished(30000));
        QCOMPARE(window.exitCode(), 0);

        // When a command opens it, then the check is not due
        const Run run = goals(m_path);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.log.contains(QLatin1String("integrity check skipped (not due)")), qPrintable(run.log));
    }
};

QTEST_GUILESS_MAIN(TestCliIntegrity)
#include "tst_cli_integrity.moc"
