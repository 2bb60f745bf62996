#include "iotestsupport.h"
#include "journalgenerator.h"

#include "io/importdialog.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace hoego;

class TestImportDialog : public QObject
{
    Q_OBJECT

private slots:
    void aMarkdownHeadingsKindCanBeChangedBeforeImporting()
    {
        // Given a post whose "여행" list would stay a section
        QTemporaryDir dir;
        const QString post = dir.filePath(QStringLiteral("2021.md"));
        QVERIFY(test::writeFile(post, "# 2021년 회고\n\n## 여행\n- 부산\n- 강릉\n\n## 배운 것\n- 쉬는 것도 일이다\n"));
        test::TempDatabase db;
        ImportDialog dialog(db.connection());
        dialog.show();
        QSignalSpy imported(&dialog, &ImportDialog::imported);
        // When the file is picked, the heading is switched to events and the import is started
        dialog.setPathChooser([&](bool) { return post; });
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("importChooseFileButton")), Qt::LeftButton);
        auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("importPreviewTable"));
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("여행"));
        auto *kind = dialog.findChild<QComboBox *>(QStringLiteral("importKindCombo_0"));
        QVERIFY(kind);
        QCOMPARE(kind->currentData().toInt(), int(MarkdownPart::Kind::Section));
        kind->setCurrentIndex(kind->findData(int(MarkdownPart::Kind::Events)));
        auto *importButton = dialog.findChild<QPushButton *>(QStringLiteral("importButton"));
        QVERIFY(importButton->isEnabled());
        QTest::mouseClick(importButton, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(imported.count(), 1, 30000);
        // Then the list became events and the lessons are lessons
        QVERIFY(db.reopen());
        const Id year = db.repos().years.byNumber(2021)->id;
        QCOMPARE(db.repos().events.forYear(year)->size(), 2);
        QCOMPARE(db.repos().sections.forYear(year)->size(), 0);
        QCOMPARE(db.repos().lessons.forYear(year)->size(), 1);
    }

    void aJournalIsPreviewedByADryRunThenImportedWithProgress()
    {
        QTemporaryDir dir;
        const test::GeneratedJournal journal
                = test::writeJournal(dir.filePath(QStringLiteral("journal")), 2015, 3, 200);
        test::TempDatabase db;
        ImportDialog dialog(db.connection());
        dialog.show();
        QSignalSpy imported(&dialog, &ImportDialog::imported);
        dialog.findChild<QLineEdit *>(QStringLiteral("importPathEdit"))
                ->setText(dir.filePath(QStringLiteral("journal")));
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("importPreviewButton")), Qt::LeftButton);
        auto *importButton = dialog.findChild<QPushButton *>(QStringLiteral("importButton"));
        QTRY_VERIFY_WITH_TIMEOUT(importButton->isEnabled(), 60000);
        auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("importPreviewTable"));
        QStringList rows;
        for (int row = 0; row < table->rowCount(); ++row)
            rows << table->item(row, 0)->text() + QStringLiteral(": ") + table->item(row, 1)->text();
        QVERIFY2(rows.contains(QStringLiteral("events: %1").arg(journal.daysWithText)),
                 qPrintable(rows.join(QLatin1Char(';'))));
        // The dry run wrote nothing
        QVERIFY(db.repos().years.overviews()->isEmpty());
        QTest::mouseClick(importButton, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(imported.count(), 1, 60000);
        int events = 0;
        for (const YearOverview &year : *db.repos().years.overviews())
            events += year.eventCount;
        QCOMPARE(events, journal.daysWithText);
    }

    void aBrokenFileShowsTheErrorAndWritesNothing()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("backup.json"));
        QVERIFY(test::writeFile(file, "{\"format\": \"hoego\",\n \"version\": 1,\n \"years\": [\n"));
        test::TempDatabase db;
        const QByteArray before = test::databaseFileHash(db);
        ImportDialog dialog(db.connection());
        dialog.show();
        dialog.setPath(file);
        auto *status = dialog.findChild<QLabel *>(QStringLiteral("importStatusLabel"));
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("backup.json:")), 30000);
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("importButton"))->isEnabled());
        QCOMPARE(test::databaseFileHash(db), before);
    }
};

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
