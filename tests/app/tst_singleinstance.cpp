// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "tempdatabase.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QTest>

#include <csignal>

using namespace hoego;

namespace {

// The real window, offscreen, telling when it painted and what it was handed.
void startHoego(QProcess &process, const QStringList &arguments)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("QT_LOGGING_RULES"),
                       QStringLiteral("hoego.perf.debug=true;hoego.instance.debug=true;qt.qpa.*=false"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(HOEGO_EXECUTABLE), arguments);
}

void writePost(const QString &path)
{
    QFile post(path);
    QVERIFY(post.open(QIODevice::WriteOnly));
    post.write("# 2023년 회고\n\n## 배운 것\n- 천천히\n");
}

} // namespace

// One window per database (issue 15): a second launch on the same file hands its files to the first window,
// which comes to the front, and exits 0; nothing opens the file twice.
class TestSingleInstance : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        qputenv("HOME", QFile::encodeName(m_home.path()));
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("data"))));
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("config"))));
    }

    void aSecondLaunchHandsItsFileToTheFirstWindowAndExitsZero()
    {
        // Given the real window open on a database (its first paint reported)
        test::TempDatabase db;
        QVERIFY(db.repos().years.create(2024).ok());
        const QString path = db.path();
        db.close();
        QProcess first;
        startHoego(first, {QStringLiteral("--db"), path});
        QVERIFY(first.waitForStarted());
        QByteArray log;
        QTRY_VERIFY_WITH_TIMEOUT((log += first.readAllStandardError()).contains("first paint"), 60000);

        // When Hoego is started again on the same file (through another spelling of its path) with a post
        const QString post = QDir(db.folder()).filePath(QStringLiteral("post.md"));
        writePost(post);
        QProcess second;
        startHoego(second,
                   {QStringLiteral("--db"), db.folder() + QStringLiteral("/./") + QFileInfo(path).fileName(), post});
        QVERIFY(second.waitForFinished(60000));

        // Then the second exits 0 without a window of its own, and the first shows the post's import preview
        QCOMPARE(second.exitStatus(), QProcess::NormalExit);
        QVERIFY2(second.exitCode() == 0, second.readAllStandardError().constData());
        QVERIFY(!second.readAllStandardError().contains("first paint"));
        QTRY_VERIFY_WITH_TIMEOUT((log += first.readAllStandardError()).contains("import preview of"), 30000);
        QVERIFY2(log.contains(QFile::encodeName(post)), log.constData());
        QCOMPARE(first.state(), QProcess::Running);

        // And a launch with no file only brings the window forward
        QProcess third;
        startHoego(third, {QStringLiteral("--db"), path});
        QVERIFY(third.waitForFinished(60000));
        QCOMPARE(third.exitCode(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(
                (log += first.readAllStandardError()).contains("handed over by another launch: 0 file(s)"), 30000);

        QCOMPARE(::kill(first.processId(), SIGTERM), 0);
        QVERIFY(first.waitForFinished(30000));
        QCOMPARE(first.exitCode(), 0);
    }

    void hoegoWithAPostOpensTheWindowOnItsImportPreview()
    {
        // Given a database and a post, and no Hoego running
        test::TempDatabase db;
        const QString path = db.path();
        db.close();
        const QString post = QDir(db.folder()).filePath(QStringLiteral("그해.md"));
        writePost(post);

        // When Hoego is started with the post
        QProcess hoego;
        startHoego(hoego, {QStringLiteral("--db"), path, post});
        QVERIFY(hoego.waitForStarted());

        // Then the window opens on the database with the post in the import preview
        QByteArray log;
        QTRY_VERIFY_WITH_TIMEOUT((log += hoego.readAllStandardError()).contains("import preview of"), 60000);
        QVERIFY2(log.contains(post.toUtf8()), log.constData());
        QCOMPARE(::kill(hoego.processId(), SIGTERM), 0);
        QVERIFY(hoego.waitForFinished(30000));
        QCOMPARE(hoego.exitCode(), 0);
    }

    void aDatabaseFileIsOpenedInsteadOfTheDefault()
    {
        // Given a Hoego database saved under its own extension
        test::TempDatabase db;
        db.close();
        const QString hoegoFile = QDir(db.folder()).filePath(QStringLiteral("retro.hoego"));
        QVERIFY(QFile::copy(db.path(), hoegoFile));

        // When Hoego is started with it
        QProcess hoego;
        startHoego(hoego, {hoegoFile});
        QVERIFY(hoego.waitForStarted());
        QByteArray log;
        QTRY_VERIFY_WITH_TIMEOUT((log += hoego.readAllStandardError()).contains("first paint"), 60000);

        // Then that file is the one open (its lock is taken), and the default database was not created
        QVERIFY(QFileInfo::exists(hoegoFile + QStringLiteral(".lock")));
        QVERIFY(!QFileInfo::exists(m_home.filePath(QStringLiteral("data/Hoego/hoego/hoego.sqlite"))));
        QCOMPARE(::kill(hoego.processId(), SIGTERM), 0);
        QVERIFY(hoego.waitForFinished(30000));
        QCOMPARE(hoego.exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
