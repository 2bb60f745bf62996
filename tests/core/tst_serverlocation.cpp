// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "storage/server/serverlocation.h"

#include <QTest>

using namespace hoego;

// Issue 16: server addresses as the window and the command line take them, and the password that must never be
// written back into one unless asked for.
class TestServerLocation : public QObject
{
    Q_OBJECT

private slots:
    void anAddressIsReadIntoItsParts()
    {
        auto parsed = ServerLocation::parse(
                QStringLiteral("postgresql://kim@db.example:5433/hoego?sslmode=require&connect_timeout=10"));
        QVERIFY2(parsed.ok(), parsed.ok() ? "" : qPrintable(parsed.error().message));
        QCOMPARE(parsed->user, QStringLiteral("kim"));
        QCOMPARE(parsed->host, QStringLiteral("db.example"));
        QCOMPARE(parsed->port, 5433);
        QCOMPARE(parsed->database, QStringLiteral("hoego"));
        QCOMPARE(parsed->connectOptions(), QStringLiteral("sslmode='require';connect_timeout='10'"));
        QVERIFY(ServerLocation::isServerAddress(QStringLiteral("postgres://kim@db/hoego")));
        QVERIFY(!ServerLocation::isServerAddress(QStringLiteral("/home/kim/hoego.sqlite")));
    }

    void badAddressesAreRefusedWithAReason()
    {
        for (const char *bad : {"postgresql://kim@db.example:5432/", "postgresql://kim@db.example:port/hoego",
                                "postgresql://kim@db.example/hoego?evil=1"}) {
            auto parsed = ServerLocation::parse(QString::fromLatin1(bad));
            QVERIFY2(!parsed.ok(), bad);
            QCOMPARE(parsed.error().code, Error::Code::InvalidInput);
            QVERIFY(!parsed.error().message.isEmpty());
        }
    }

    void thePasswordIsLeftOutOfTheAddressUnlessAskedFor()
    {
        const QString password = QStringLiteral("p@ss:w/rd 비밀?#");
        auto parsed = ServerLocation::parse(QStringLiteral("postgresql://kim@db.example/hoego"));
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->address(), QStringLiteral("postgresql://kim@db.example/hoego"));

        // A password asked for in the window goes into the address of that one connection, and reads back whole
        const QString withPassword = parsed->addressWithPassword(password);
        auto again = ServerLocation::parse(withPassword);
        QVERIFY2(again.ok(), again.ok() ? "" : qPrintable(again.error().message));
        QCOMPARE(again->password, password);
        QCOMPARE(again->user, QStringLiteral("kim"));
        QCOMPARE(again->database, QStringLiteral("hoego"));
        // and what is shown or remembered of that connection has none of it
        QCOMPARE(again->address(), parsed->address());
        QVERIFY(!again->address().contains(QStringLiteral("ss:w")));
    }
};

QTEST_GUILESS_MAIN(TestServerLocation)
#include "tst_serverlocation.moc"
