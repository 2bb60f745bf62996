// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "iotestsupport.h"

#include "io/sample.h"
#include "io/yeardata.h"
#include "storage/yearsnapshot.h"

#include <QTest>

using namespace hoego;

class TestYearSnapshot : public QObject
{
    Q_OBJECT

private slots:
    void aDeletedYearIsRestoredWithItsIdsAndTheLinksIntoIt()
    {
        // given the sample: 2025 has events with lessons, goals carried into 2026, themes, answers and links
        test::TempDatabase db;
        QVERIFY(loadSample(db.connection()).ok());
        {
            auto all = loadAllYears(db.repos());
            QVERIFY2(all.ok(), qPrintable(all.ok() ? QString() : all.error().message));
        }
        const QString before = test::contentFingerprint(db.repos());
        const Id y2025 = db.repos().years.byNumber(2025)->id;
        auto snapshot = snapshotYear(db.repos(), y2025);
        QVERIFY2(snapshot.ok(), qPrintable(snapshot.ok() ? QString() : snapshot.error().message));
        QCOMPARE(snapshot->events.size(), 12);
        QVERIFY(!snapshot->themeLinks.isEmpty());

        // when the year is removed and restored from the snapshot
        QVERIFY(db.repos().years.remove(y2025).ok());
        QVERIFY(db.repos().years.byNumber(2025).error().code == Error::Code::NotFound);
        const Status restored = restoreYear(db.connection(), *snapshot);
        QVERIFY2(restored.ok(), qPrintable(restored.ok() ? QString() : restored.error().message));

        // then the database holds exactly what it held, under the same ids
        const QString after = test::contentFingerprint(db.repos());
        QStringList differences;
        const QStringList was = before.split(QLatin1Char('\n'));
        const QStringList now = after.split(QLatin1Char('\n'));
        for (const QString &line : now)
            if (!was.contains(line))
                differences << QStringLiteral("+ ") + line;
        for (const QString &line : was)
            if (!now.contains(line))
                differences << QStringLiteral("- ") + line;
        QVERIFY2(differences.isEmpty(), qPrintable(differences.join(QLatin1Char('\n'))));
        QCOMPARE(after, before);
        QCOMPARE(db.repos().years.byNumber(2025)->id, y2025);
        QCOMPARE(db.repos().events.forYear(y2025)->first().id, snapshot->events.first().id);
        QCOMPARE(db.scalar(QStringLiteral("PRAGMA foreign_key_check")).toString(), QString());
    }
};

QTEST_GUILESS_MAIN(TestYearSnapshot)
#include "tst_yearsnapshot.moc"
