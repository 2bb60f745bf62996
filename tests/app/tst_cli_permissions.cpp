// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "tempdatabase.h"

#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace hoego;

// Permission cases need a user whom the file system can refuse: root may write a 0400 file. The real hoego
// runs as "nobody" through setpriv, on files that user owns.
namespace {

constexpr int kNobody = 65534;

struct Run
{
    int exitCode = -1;
    QString err;
};

// The build tree may sit where nobody cannot reach it (a checkout under /root): nobody runs a copy.
Run runAsNobody(const QString &home, const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("minimal"));
    environment.insert(QStringLiteral("HOME"), home);
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), home + QStringLiteral("/runtime"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral("setpriv"),
                  QStringList{QStringLiteral("--reuid=%1").arg(kNobody), QStringLiteral("--regid=%1").arg(kNobody),
                              QStringLiteral("--clear-groups"), home + QStringLiteral("/hoego")}
                          + arguments);
    if (!process.waitForFinished(120000))
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardError())};
}

bool giveToNobody(const QString &path, int mode)
{
    return ::chown(QFile::encodeName(path).constData(), kNobody, kNobody) == 0
            && ::chmod(QFile::encodeName(path).constData(), mode) == 0;
}

} // namespace

class TestCliPermissions : public QObject
{
    Q_OBJECT

private slots:
    void aDatabaseOnceOpenedWhileReadOnlyTakesEditsAgainWhenMadeWritable()
    {
        if (::geteuid() != 0)
            QSKIP("Switching to another user needs root; CI runs as root.");
        if (QStandardPaths::findExecutable(QStringLiteral("setpriv")).isEmpty())
            QSKIP("setpriv (util-linux) is missing.");

        // Given nobody's database with a goal, in a folder nobody owns
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("nobody"));
        QVERIFY(QDir().mkpath(folder + QStringLiteral("/runtime")));
        const QString path = folder + QStringLiteral("/hoego.sqlite");
        Id goal = 0;
        {
            auto opened = Database::open(path);
            QVERIFY(opened.ok());
            Repositories repos(opened.value()->connectionName());
            Goal talk;
            talk.yearId = *repos.years.create(2024);
            talk.title = QStringLiteral("컨퍼런스 발표");
            goal = *repos.goals.create(talk);
        }
        QVERIFY(::chmod(QFile::encodeName(dir.path()).constData(), 0755) == 0);
        QVERIFY(giveToNobody(folder, 0755));
        QVERIFY(giveToNobody(folder + QStringLiteral("/runtime"), 0700));
        QVERIFY(QFile::copy(QStringLiteral(HOEGO_EXECUTABLE), folder + QStringLiteral("/hoego")));
        QVERIFY(giveToNobody(folder + QStringLiteral("/hoego"), 0755));
        QVERIFY(giveToNobody(path, 0400));

        // ...which nobody read while it was 0400 (SQLite left its side files 0400 too)
        const Run read = runAsNobody(folder, {QStringLiteral("--db"), path, QStringLiteral("goals")});
        QVERIFY2(read.exitCode == 0, qPrintable(read.err));

        // When the file is made writable again and a goal is checked off
        QVERIFY(::chmod(QFile::encodeName(path).constData(), 0600) == 0);
        const Run check = runAsNobody(
                folder,
                {QStringLiteral("--db"), path, QStringLiteral("goal"), QStringLiteral("check"), QString::number(goal)});

        // Then the edit is saved
        QVERIFY2(check.exitCode == 0, qPrintable(check.err));
        auto reopened = Database::open(path);
        QVERIFY(reopened.ok());
        QCOMPARE(Repositories(reopened.value()->connectionName()).goals.get(goal)->status, GoalStatus::Done);
    }
};

QTEST_GUILESS_MAIN(TestCliPermissions)
#include "tst_cli_permissions.moc"
