// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "mainwindow.h"
#include "session/terminationsignals.h"
#include "storage/repositories.h"
#include "tempdatabase.h"

#include <QApplication>
#include <QPlainTextEdit>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

#include <csignal>

using namespace hoego;

// A logout or shutdown sends SIGTERM (a closed terminal SIGHUP): Hoego closes as Ctrl+Q does, so typing that
// is still waiting for its pause is saved and the database is closed cleanly.
class TestTermination : public QObject
{
    Q_OBJECT

private slots:
    void sigtermSavesTypingThatWasStillWaitingForItsPause()
    {
        // Given a closing note typed but not yet stored (its pause has not passed)
        test::TempDatabase db;
        const Id year = *db.repos().years.create(2024);
        MainWindow window(db.database());
        window.show();
        TerminationSignals termination;
        connect(&termination, &TerminationSignals::terminationRequested, &window,
                [] { QApplication::closeAllWindows(); });
        auto *note = window.findChild<QPlainTextEdit *>(QStringLiteral("closingNoteEdit"));
        QVERIFY(note);
        note->setPlainText(QStringLiteral("내년엔 덜 바쁘게."));
        QCOMPARE(db.repos().years.get(year)->closingNote, QString());

        // When the session ends with SIGTERM
        QSignalSpy requested(&termination, &TerminationSignals::terminationRequested);
        QCOMPARE(::raise(SIGTERM), 0);

        // Then the window closes and the note is in the database
        QTRY_COMPARE(requested.size(), 1);
        QCOMPARE(requested.first().first().toInt(), SIGTERM);
        QTRY_VERIFY(!window.isVisible());
        QCOMPARE(db.repos().years.get(year)->closingNote, QStringLiteral("내년엔 덜 바쁘게."));
    }

    void theRealWindowExitsCleanlyOnSigtermAndSighup_data()
    {
        QTest::addColumn<int>("signalNumber");
        QTest::newRow("SIGTERM") << int(SIGTERM);
        QTest::newRow("SIGHUP") << int(SIGHUP);
    }

    void theRealWindowExitsCleanlyOnSigtermAndSighup()
    {
        // Given the real window open on a database (its first paint reported)
        QFETCH(int, signalNumber);
        test::TempDatabase db;
        QVERIFY(db.repos().years.create(2024).ok());
        const QString path = db.path();
        db.close();
        QProcess hoego;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("hoego.perf.debug=true;qt.qpa.*=false"));
        hoego.setProcessEnvironment(environment);
        hoego.start(QStringLiteral(HOEGO_EXECUTABLE), {QStringLiteral("--db"), path});
        QVERIFY(hoego.waitForStarted());
        QByteArray log;
        QTRY_VERIFY_WITH_TIMEOUT((log += hoego.readAllStandardError()).contains("first paint"), 30000);

        // When the signal comes
        QCOMPARE(::kill(hoego.processId(), signalNumber), 0);

        // Then it exits normally (not killed by the signal), leaving no lock and an empty log behind
        QVERIFY(hoego.waitForFinished(30000));
        QCOMPARE(hoego.exitStatus(), QProcess::NormalExit);
        QCOMPARE(hoego.exitCode(), 0);
        QTRY_VERIFY(!QFileInfo::exists(path + QStringLiteral(".lock")));
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal"))
                || QFileInfo(path + QStringLiteral("-wal")).size() == 0);
    }
};

QTEST_MAIN(TestTermination)
#include "tst_termination.moc"
