// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "iotestsupport.h"
#include "journalgenerator.h"

#include "io/importdialog.h"
#include "io/json/jsonformat.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

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
        ImportDialog dialog(db.journal());
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

    void aSubheadingMappedByHandIsImportedAsChosenAndThePreviewSaysWhatEachYearGets()
    {
        // Given a post whose "여행" list sits under a ### heading inside a ## section, beside a recognised one
        QTemporaryDir dir;
        const QString post = dir.filePath(QStringLiteral("2022.md"));
        QVERIFY(test::writeFile(post,
                                "# 2022년 회고\n\n## 2022년 돌아보기\n\n### 있었던 일\n- 3월 이직\n\n"
                                "### 여행\n- 부산\n- 강릉\n\n## 배운 것\n- 쉬는 것도 일이다\n\n"
                                "## 2023년 목표\n- [ ] 제주 한 달 살기\n"));
        test::TempDatabase db;
        ImportDialog dialog(db.journal());
        dialog.resize(760, 560);
        dialog.show();
        QSignalSpy imported(&dialog, &ImportDialog::imported);
        dialog.setPathChooser([&](bool) { return post; });
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("importChooseFileButton")), Qt::LeftButton);
        auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("importPreviewTable"));
        QCOMPARE(table->rowCount(), 4);
        QCOMPARE(table->item(1, 0)->text().trimmed(), QStringLiteral("여행"));
        auto *years = dialog.findChild<QLabel *>(QStringLiteral("importYearsLabel"));
        QVERIFY(years && years->isVisible());
        QVERIFY2(years->text().contains(QStringLiteral("2022: events 1 · sections 1 · lessons 1")),
                 qPrintable(years->text()));
        QVERIFY2(years->text().contains(QStringLiteral("2023: goals 1 (0 done)")), qPrintable(years->text()));
        // When the sub-heading is mapped to events by hand
        auto *kind = dialog.findChild<QComboBox *>(QStringLiteral("importKindCombo_1"));
        QVERIFY(kind);
        QCOMPARE(kind->currentData().toInt(), int(MarkdownPart::Kind::Section));
        QCOMPARE(table->item(1, 2)->text(), QStringLiteral("sections 1"));
        QCOMPARE(table->item(0, 2)->text(), QStringLiteral("events 1"));
        kind->setCurrentIndex(kind->findData(int(MarkdownPart::Kind::Events)));
        // Then the preview follows at once, the part's own count too, and the import writes what it said
        QCOMPARE(table->item(1, 2)->text(), QStringLiteral("events 2"));
        QVERIFY2(years->text().contains(QStringLiteral("2022: events 3 · lessons 1")), qPrintable(years->text()));
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("importButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(imported.count(), 1, 30000);
        QVERIFY(db.reopen());
        const Id year = db.repos().years.byNumber(2022)->id;
        QCOMPARE(db.repos().events.forYear(year)->size(), 3);
        QCOMPARE(db.repos().sections.forYear(year)->size(), 0);
        QCOMPARE(db.repos().lessons.forYear(year)->size(), 1);
    }

    // A list of goals goes to the year the user picks: the post's own (how its goals went) or the next.
    void aGoalsPartIsGivenToTheYearChosenForIt()
    {
        // Given a 2023 post whose goals heading names no year, so they are taken for 2024's plans
        QTemporaryDir dir;
        const QString post = dir.filePath(QStringLiteral("2023.md"));
        QVERIFY(test::writeFile(post, "# 2023년 회고\n\n## 목표\n- [x] 이직\n- [ ] 마라톤\n"));
        test::TempDatabase db;
        ImportDialog dialog(db.journal());
        dialog.resize(760, 560);
        dialog.show();
        dialog.setPathChooser([&](bool) { return post; });
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("importChooseFileButton")), Qt::LeftButton);
        auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("importPreviewTable"));
        auto *kind = dialog.findChild<QComboBox *>(QStringLiteral("importKindCombo_0"));
        QVERIFY(kind);
        QCOMPARE(kind->currentData(Qt::UserRole + 1).toInt(), 2024);
        QVERIFY(table->item(0, 0)->text().endsWith(QStringLiteral("→ 2024")));
        // When the user picks the goals of 2023 instead
        const int of2023 = kind->findText(QStringLiteral("2023"), Qt::MatchEndsWith);
        QVERIFY(of2023 >= 0);
        kind->setCurrentIndex(of2023);
        // Then the row and the years say so, and the import writes them to 2023 with their state
        QVERIFY(table->item(0, 0)->text().endsWith(QStringLiteral("→ 2023")));
        auto *years = dialog.findChild<QLabel *>(QStringLiteral("importYearsLabel"));
        QVERIFY2(years->text().contains(QStringLiteral("2023: goals 2 (1 done)")), qPrintable(years->text()));
        QSignalSpy imported(&dialog, &ImportDialog::imported);
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("importButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(imported.count(), 1, 30000);
        QVERIFY(db.reopen());
        QCOMPARE(db.repos().goals.forYear(db.repos().years.byNumber(2023)->id)->size(), 2);
        QVERIFY(!db.repos().years.byNumber(2024).ok());
    }

    // What reading a saved page dropped (the like and share bar, another posts list) is shown beside the preview.
    void aSavedPagesClutterIsListedAsLeftOutInThePreview()
    {
        // Given a saved blog page with a share bar under the post
        QTemporaryDir dir;
        const QString page = dir.filePath(QStringLiteral("retro.html"));
        QVERIFY(test::writeFile(page,
                                "<html><head><title>2023년 회고</title></head><body>"
                                "<nav><a href='/'>홈</a></nav><article><h1>2023년 회고</h1>"
                                "<h2>배운 것</h2><ul><li>천천히 가도 된다</li></ul>"
                                "<div class='share-buttons'>Share on Twitter</div></article></body></html>"));
        test::TempDatabase db;
        ImportDialog dialog(db.journal());
        dialog.resize(760, 560);
        dialog.show();
        auto *leftOut = dialog.findChild<QLabel *>(QStringLiteral("importLeftOutLabel"));
        QVERIFY(leftOut);
        QVERIFY(!leftOut->isVisible());
        // When it is previewed
        dialog.setPathChooser([&](bool) { return page; });
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("importChooseFileButton")), Qt::LeftButton);
        // Then the share bar is named as left out, and the lesson is in the table
        QTRY_VERIFY(leftOut->isVisible());
        QVERIFY2(leftOut->text().contains(QStringLiteral("Share on Twitter")), qPrintable(leftOut->text()));
        QVERIFY(!dialog.findChild<QTableWidget *>(QStringLiteral("importPreviewTable"))
                         ->findItems(QStringLiteral("배운 것"), Qt::MatchContains)
                         .isEmpty());
    }

    void aJournalIsPreviewedByADryRunThenImportedWithProgress()
    {
        QTemporaryDir dir;
        const test::GeneratedJournal journal
                = test::writeJournal(dir.filePath(QStringLiteral("journal")), 2015, 3, 200);
        test::TempDatabase db;
        ImportDialog dialog(db.journal());
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

    void anImportIsOneUndoStepThatGivesTheMergedYearBackAsItWas()
    {
        // Given 2023 with an event and a lesson pointing at it, and a post that adds to 2023
        QTemporaryDir dir;
        const QString post = dir.filePath(QStringLiteral("2023.md"));
        QVERIFY(test::writeFile(post,
                                "# 2023년 회고\n\n## 있었던 일\n- 3월 이직\n- 9월 첫 발표\n\n"
                                "## 배운 것\n- 쉬는 것도 일이다\n\n## 2024년 목표\n- [ ] 논문 한 편\n"));
        test::TempDatabase db;
        const Id year = *db.repos().years.create(2023, QStringLiteral("이사한 해"));
        Event moved;
        moved.yearId = year;
        moved.title = QStringLiteral("이사");
        moved.date = PartialDate::ofMonth(2023, 5);
        const Id event = *db.repos().events.create(moved);
        Lesson lesson;
        lesson.yearId = year;
        lesson.text = QStringLiteral("짐은 줄일수록 좋다");
        lesson.eventId = event;
        QVERIFY(db.repos().lessons.create(lesson).ok());
        const auto countsOf = [&](int number) {
            auto found = db.repos().years.byNumber(number);
            if (!found.ok())
                return QList<qsizetype>{-1};
            return QList<qsizetype>{db.repos().events.forYear(found->id)->size(),
                                    db.repos().lessons.forYear(found->id)->size(),
                                    db.repos().goals.forYear(found->id)->size()};
        };
        QCOMPARE(countsOf(2023), (QList<qsizetype>{1, 1, 0}));

        // When it is imported into that year from the window's dialog
        QUndoStack undo;
        ImportDialog dialog(db.journal(), &undo);
        dialog.show();
        QSignalSpy imported(&dialog, &ImportDialog::imported);
        dialog.findChild<QCheckBox *>(QStringLiteral("importMergeCheck"))->setChecked(true);
        dialog.setPathChooser([&](bool) { return post; });
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("importChooseFileButton")), Qt::LeftButton);
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("importButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(imported.count(), 1, 30000);
        QCOMPARE(countsOf(2023), (QList<qsizetype>{3, 2, 0}));
        QCOMPARE(countsOf(2024), (QList<qsizetype>{0, 0, 1}));

        // Then it is one step on the stack; undo gives 2023 back as it was and removes 2024
        QCOMPARE(undo.count(), 1);
        QVERIFY(undo.text(0).contains(QStringLiteral("2023.md")));
        undo.undo();
        QCOMPARE(countsOf(2023), (QList<qsizetype>{1, 1, 0}));
        QCOMPARE(countsOf(2024), (QList<qsizetype>{-1}));
        QCOMPARE(db.repos().years.byNumber(2023)->title, QStringLiteral("이사한 해"));
        QCOMPARE(db.repos().lessons.forYear(year)->first().eventId, event);
        // and redo brings the import back with the same rows
        undo.redo();
        QCOMPARE(countsOf(2023), (QList<qsizetype>{3, 2, 0}));
        QCOMPARE(countsOf(2024), (QList<qsizetype>{0, 0, 1}));
        undo.undo();
        QCOMPARE(countsOf(2024), (QList<qsizetype>{-1}));
    }

    void aJsonImportIsUndoneWithTheAreasAndThemesItBrought()
    {
        // Given an export of a database with its own area and a theme
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("backup.json"));
        {
            test::TempDatabase source;
            const Id area = *source.repos().areas.create(QStringLiteral("연구"), QColor(0x33, 0x66, 0x99));
            const Id year = *source.repos().years.create(2022);
            Event talk;
            talk.yearId = year;
            talk.title = QStringLiteral("학회 발표");
            talk.areaId = area;
            talk.date = PartialDate::ofMonth(2022, 10);
            QVERIFY(source.repos().events.create(talk).ok());
            QVERIFY(source.repos()
                            .themes.addToYearByName(QStringLiteral("RAG"), area, year, ThemeState::Trial, {})
                            .ok());
            QVERIFY(test::writeFile(file, *jsonformat::exportJson(source.repos())));
        }
        test::TempDatabase db;
        const int areasBefore = int(db.repos().areas.all()->size());
        QUndoStack undo;
        ImportDialog dialog(db.journal(), &undo);
        dialog.show();
        QSignalSpy imported(&dialog, &ImportDialog::imported);
        dialog.setPath(file);
        auto *importButton = dialog.findChild<QPushButton *>(QStringLiteral("importButton"));
        QTRY_VERIFY_WITH_TIMEOUT(importButton->isEnabled(), 30000);
        QTest::mouseClick(importButton, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(imported.count(), 1, 30000);
        QCOMPARE(db.repos().themes.all()->size(), 1);

        // When the import is undone, the year, the theme and the area it made are gone; redo brings them back
        undo.undo();
        QVERIFY(db.repos().years.overviews()->isEmpty());
        QVERIFY(db.repos().themes.all()->isEmpty());
        QCOMPARE(db.repos().areas.all()->size(), areasBefore);
        undo.redo();
        QCOMPARE(db.repos().years.overviews()->size(), 1);
        QCOMPARE(db.repos().themes.all()->first().name, QStringLiteral("RAG"));
        QCOMPARE(db.repos().areas.all()->size(), areasBefore + 1);
    }

    void aBrokenFileShowsTheErrorAndWritesNothing()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("backup.json"));
        QVERIFY(test::writeFile(file, "{\"format\": \"hoego\",\n \"version\": 1,\n \"years\": [\n"));
        test::TempDatabase db;
        const QByteArray before = test::databaseFileHash(db);
        ImportDialog dialog(db.journal());
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
