// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "eventfuldatabase.h"
#include "storage/database.h"
#include "storage/integrityledger.h"
#include "storage/integritypolicy.h"
#include "storage/interrupter.h"
#include "storage/sql.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace hoego;
using Reason = integrity::Reason;

namespace {

// Opens as commands and the window do: quick_check only when due.
std::unique_ptr<Database> openWhenDue(const QString &path, bool readOnly = false, bool background = false)
{
    Database::Options options;
    options.integrityCheck = Database::Options::IntegrityCheck::WhenDue;
    options.readOnly = readOnly;
    options.lock = !readOnly;
    options.deferIntegrityCheck = background;
    auto opened = Database::open(path, options);
    if (!opened.ok())
        qWarning("%s", qPrintable(opened.error().message));
    return opened.ok() ? std::move(opened).value() : nullptr;
}

// Another program writes to the file, as a sync tool or a script would.
bool writeBehindHoegosBack(const QString &path)
{
    const QString name = QStringLiteral("behind-the-back");
    bool written = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        written = db.open() && QSqlQuery(db).exec(QStringLiteral("UPDATE year SET summary = 'changed elsewhere'"));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return written;
}

} // namespace

// Issue 17: quick_check runs when the file may have been damaged since Hoego last knew it intact, not at every
// open. What each open decided is told by Database::integrityCheckReason(), not by timing.
class TestIntegrityPolicy : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;

private slots:
    void init()
    {
        // Given a database that a Hoego session checked and closed cleanly (a copied file is a new one to Hoego)
        m_dir = std::make_unique<QTemporaryDir>();
        m_path = m_dir->filePath(QStringLiteral("journal.sqlite"));
        QVERIFY(test::writeEventfulDatabase(m_path));
        QVERIFY(openWhenDue(m_path));
    }

    void cleanup()
    {
        integrity::forget(m_path);
        integrity::clearOpenMarker(m_path);
        m_dir.reset();
    }

    void aCleanReopenSkipsTheFullCheck()
    {
        // When a command and then a writer open it
        auto reader = openWhenDue(m_path, true);
        QVERIFY(reader);
        QCOMPARE(reader->integrityCheckReason(), Reason::None);
        reader.reset();
        auto writer = openWhenDue(m_path);
        QVERIFY(writer);
        QCOMPARE(writer->integrityCheckReason(), Reason::None);
        QVERIFY(sql::exec(writer->connectionName(), QStringLiteral("UPDATE year SET summary = 'mine'")).ok());
        writer.reset();

        // Then its own writes, closed cleanly, need no check either
        auto again = openWhenDue(m_path, true);
        QVERIFY(again);
        QCOMPARE(again->integrityCheckReason(), Reason::None);
    }

    void aFileNeverCheckedIsChecked()
    {
        // Given nothing recorded about the file (copied in, restored, or the record lost)
        integrity::forget(m_path);
        auto database = openWhenDue(m_path, true);
        QVERIFY(database);
        QCOMPARE(database->integrityCheckReason(), Reason::NoRecord);
        QVERIFY(!database->integrityCheckDeferred());
        database.reset();
        // The pass is recorded: the next open skips it
        auto next = openWhenDue(m_path, true);
        QCOMPARE(next->integrityCheckReason(), Reason::None);
    }

    void aFileChangedBehindHoegosBackIsChecked()
    {
        QVERIFY(writeBehindHoegosBack(m_path));
        auto database = openWhenDue(m_path, true);
        QVERIFY(database);
        QCOMPARE(database->integrityCheckReason(), Reason::Changed);
    }

    void aFileDamagedBehindHoegosBackIsRefused()
    {
        // Given a clean check on record, then damage that the header and schema reads do not see
        QVERIFY(openWhenDue(m_path, true));
        QVERIFY(test::damageMiddlePages(m_path));

        // When a command opens it, then it is refused, and so is the next open
        for (int attempt = 0; attempt < 2; ++attempt) {
            Database::Options options;
            options.integrityCheck = Database::Options::IntegrityCheck::WhenDue;
            options.readOnly = true;
            options.lock = false;
            auto opened = Database::open(m_path, options);
            QVERIFY(!opened.ok());
            QCOMPARE(opened.error().code, Error::Code::Corrupt);
        }
    }

    void anUncleanShutdownMarkerLeadsToAFullCheck()
    {
        // Given the marker a writing session leaves until it closes, here left as by a crash
        integrity::setOpenMarker(m_path);

        // When the next writer opens the file, then it is checked although the file did not change
        auto database = openWhenDue(m_path);
        QVERIFY(database);
        QCOMPARE(database->integrityCheckReason(), Reason::LeftOpen);
        database.reset();

        // And once that session closed cleanly, the marker is gone and the next open skips the check
        QVERIFY(!integrity::leftOpen(m_path, true));
        auto next = openWhenDue(m_path);
        QCOMPARE(next->integrityCheckReason(), Reason::None);
    }

    void aWriterThatDidNotFinishItsCheckLeavesTheFileToBeChecked()
    {
        // Given a window whose deferred check never ran (it quit first)
        integrity::setOpenMarker(m_path);
        auto window = openWhenDue(m_path, false, true);
        QVERIFY(window);
        QVERIFY(window->integrityCheckDeferred());
        QCOMPARE(window->integrityCheckReason(), Reason::LeftOpen);
        window.reset();

        // Then a command checks it
        auto command = openWhenDue(m_path, true);
        QCOMPARE(command->integrityCheckReason(), Reason::NoRecord);
    }

    void aCheckInTheBackgroundCountsForTheSession()
    {
        integrity::forget(m_path);
        auto window = openWhenDue(m_path, false, true);
        QVERIFY(window);
        QVERIFY(window->integrityCheckDeferred());
        QVERIFY(Database::checkIntegrity(m_path).ok());
        window.reset();
        auto next = openWhenDue(m_path, false, true);
        QVERIFY(!next->integrityCheckDeferred());
        QCOMPARE(next->integrityCheckReason(), Reason::None);
    }

    void theScheduleAppliesOnlyInTheBackground()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        integrity::Facts facts;
        facts.recorded = true;
        facts.unchanged = true;
        facts.now = now;
        facts.lastFullCheck = now.addDays(-integrity::kScheduleDays);
        QCOMPARE(integrity::decide(facts), Reason::None);
        facts.background = true;
        QCOMPARE(integrity::decide(facts), Reason::Scheduled);
        facts.lastFullCheck = now.addDays(-1);
        QCOMPARE(integrity::decide(facts), Reason::None);
    }

    void anInterruptedCheckStopsAndRecordsNothing()
    {
        integrity::forget(m_path);
        Interrupter interrupter;
        interrupter.interrupt(); // as quitting does while the worker starts
        const Status verdict = Database::checkIntegrity(m_path, &interrupter);
        QVERIFY(!verdict.ok());
        QVERIFY(verdict.error().code != Error::Code::Corrupt);
        QVERIFY(!integrity::read(m_path).verified.isValid());
    }
};

QTEST_GUILESS_MAIN(TestIntegrityPolicy)
#include "tst_integritypolicy.moc"
