// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "session/instancechannel.h"
#include "session/instanceserver.h"
#include "session/localsocket.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <cstring>
#include <thread>

#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

using namespace hoego;

// The channel a later launch uses to hand its files to the Hoego that has the database open, on the system's own
// Unix sockets (no Qt Network at start-up, issue 17). tst_singleinstance runs it between two processes.
class TestInstanceChannel : public QObject
{
    Q_OBJECT

private:
    // Hands `files` over from another thread, as another process would, while this one serves.
    static bool handOverWhileServing(const QString &name, const QStringList &files)
    {
        std::atomic<int> outcome{-1};
        std::thread launch([&] { outcome = instance::handOver(name, files, 2000) ? 1 : 0; });
        const bool finished = QTest::qWaitFor([&] { return outcome >= 0; }, 5000);
        launch.join();
        return finished && outcome == 1;
    }

private slots:
    void aSocketLeftByACrashIsReplacedAndOnlyItsUserMayConnect()
    {
        // Given a socket file a crashed Hoego left behind (bound, never removed)
        QTemporaryDir dir;
        const QString database = dir.filePath(QStringLiteral("삶.sqlite"));
        const QString name = instance::serverName(database);
        {
            sockaddr_un address{};
            address.sun_family = AF_UNIX;
            const QByteArray path = QFile::encodeName(name);
            std::memcpy(address.sun_path, path.constData(), size_t(path.size()));
            const int stale = ::socket(AF_UNIX, SOCK_STREAM, 0);
            QCOMPARE(::bind(stale, reinterpret_cast<const sockaddr *>(&address), sizeof address), 0);
            ::close(stale);
        }
        QVERIFY(QFile::exists(name));
        QVERIFY(!instance::handOver(name, {})); // nobody answers there

        // When this Hoego listens for the database
        InstanceServer server;
        QVERIFY(server.listen(database));

        // Then the socket is its, for this user alone, and a launch's files reach it and are acknowledged
        struct stat status
        { };
        QCOMPARE(::stat(QFile::encodeName(name).constData(), &status), 0);
        QCOMPARE(status.st_mode & 0777, mode_t(0600));
        QSignalSpy received(&server, &InstanceServer::filesReceived);
        const QStringList files{dir.filePath(QStringLiteral("2025 회고.md"))};
        QVERIFY(handOverWhileServing(name, files));
        QCOMPARE(received.size(), 1);
        QCOMPARE(received.first().first().toStringList(), files);
    }

    void aBrokenRequestIsDroppedAndTheServerGoesOn()
    {
        QTemporaryDir dir;
        InstanceServer server;
        QVERIFY(server.listen(dir.filePath(QStringLiteral("life.sqlite"))));
        QSignalSpy received(&server, &InstanceServer::filesReceived);

        // When something sends a line that is not a request, and another leaves without finishing its line
        for (const QByteArray &sent : {QByteArray("not json\n"), QByteArray("{\"files\": [")}) {
            auto connection = localsocket::Connection::to(server.serverName());
            QVERIFY(connection);
            QVERIFY(connection->writeAll(sent, QDeadlineTimer(1000)));
            if (sent.endsWith('\n')) {
                std::atomic<bool> closed{false};
                std::thread reader([&] { closed = connection->readLine(QDeadlineTimer(3000), 64).isEmpty(); });
                QTest::qWait(200);
                reader.join();
                QVERIFY(closed); // closed without an answer
            }
        }
        QTest::qWait(50);

        // Then neither was taken, and a real launch is still answered
        QCOMPARE(received.size(), 0);
        QVERIFY(handOverWhileServing(server.serverName(), {}));
        QCOMPARE(received.size(), 1);
    }

    void closingRemovesTheSocketFile()
    {
        QTemporaryDir dir;
        QString name;
        {
            InstanceServer server;
            QVERIFY(server.listen(dir.filePath(QStringLiteral("life.sqlite"))));
            name = server.serverName();
            QVERIFY(QFile::exists(name));
        }
        QVERIFY(!QFile::exists(name));
        QVERIFY(!instance::handOver(name, {}));
    }
};

QTEST_GUILESS_MAIN(TestInstanceChannel)
#include "tst_instancechannel.moc"
