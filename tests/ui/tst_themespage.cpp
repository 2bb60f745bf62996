// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "tempdatabase.h"

#include "goals/goalspage.h"
#include "questions/questionspage.h"
#include "storage/changefeed.h"
#include "themes/radarchart.h"
#include "themes/themehistorymodel.h"
#include "themes/themespage.h"
#include "themes/yearthemesmodel.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>
#include <QUndoStack>

using namespace hoego;

namespace {

ThemeState stateOf(test::TempDatabase &db, Id entryId)
{
    return db.repos().themes.entry(entryId)->state;
}

} // namespace

class TestThemesPage : public QObject
{
    Q_OBJECT

private slots:
    void aThemeIsMovedToAnotherRingOnTheRadarAndBackWithUndo()
    {
        // given 2024 with two themes on the radar, in a real window
        test::TempDatabase db;
        const Id y2024 = *db.repos().years.create(2024);
        QUndoStack undo;
        ThemesPage page(db.journal(), &undo);
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester historyTester(page.history(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.resize(1024, 700);
        page.setYear(y2024);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.addTheme(QStringLiteral("벡터 데이터베이스"), ThemeState::Assess);
        page.addTheme(QStringLiteral("RAG"), ThemeState::Trial);
        QCOMPARE(page.model()->rowCount(), 2);
        const Id vector = page.model()->themes().first().entry.id;

        // when its dot is dragged from the Assess ring into the Adopt ring
        RadarChart *radar = page.radar();
        const QPoint from = radar->dotPosition(vector).toPoint();
        const QPoint to = radar->ringPoint(vector, ThemeState::Adopt).toPoint();
        QVERIFY(!from.isNull() && !to.isNull());
        QTest::mousePress(radar, Qt::LeftButton, {}, from);
        QMouseEvent move(QEvent::MouseMove, to, radar->mapToGlobal(to), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(radar, &move);
        QTest::mouseRelease(radar, Qt::LeftButton, {}, to);

        // then it is stored as adopted, the list and the radar say so, and undo puts it back
        QCOMPARE(stateOf(db, vector), ThemeState::Adopt);
        QCOMPARE(page.model()->index(0, YearThemesModel::StateColumn).data(YearThemesModel::StateRole).toInt(),
                 int(ThemeState::Adopt));
        QVERIFY(radar->accessibleDescription().contains(QStringLiteral("벡터 데이터베이스")));
        // (the window passes the change feed to its pages; here the page follows it directly)
        connect(ChangeFeed::instance(), &ChangeFeed::changed, &page, &ThemesPage::reload);
        undo.undo();
        QCOMPARE(stateOf(db, vector), ThemeState::Assess);
        QTRY_COMPARE(page.model()->index(0, YearThemesModel::StateColumn).data(YearThemesModel::StateRole).toInt(),
                     int(ThemeState::Assess));

        // and with the keyboard: Up moves the selected theme one ring inward
        radar->setFocus();
        radar->setSelectedEntry(vector);
        QTest::keyClick(radar, Qt::Key_Up);
        QCOMPARE(stateOf(db, vector), ThemeState::Trial);
        QTest::keyClick(radar, Qt::Key_Down);
        QTest::keyClick(radar, Qt::Key_Down);
        QCOMPARE(stateOf(db, vector), ThemeState::Hold);
        QCOMPARE(radar->selectedEntry(), vector);
        QCOMPARE(undo.count(), 5); // two adds and three key moves (the undone drag was replaced)
    }

    void aThemesAreaAndNotesAreEditedForEveryYear()
    {
        test::TempDatabase db;
        const Id y2024 = *db.repos().years.create(2024);
        const Id area = db.repos().areas.all()->first().id;
        QUndoStack undo;
        ThemesPage page(db.journal(), &undo);
        page.setYear(y2024);
        page.addTheme(QStringLiteral("RAG"), ThemeState::Trial);
        QVERIFY(page.showEntry(page.model()->themes().first().entry.id));
        auto *areaField = page.findChild<QComboBox *>(QStringLiteral("themeAreaField"));
        auto *notesField = page.findChild<QLineEdit *>(QStringLiteral("themeNotesField"));
        QVERIFY(areaField && notesField && areaField->isEnabled());
        const Id themeId = page.model()->themes().first().theme.id;

        areaField->setCurrentIndex(areaField->findData(area));
        emit areaField->activated(areaField->currentIndex());
        notesField->setText(QStringLiteral("검색 + 생성"));
        emit notesField->editingFinished();

        QCOMPARE(db.repos().themes.get(themeId)->areaId, area);
        QCOMPARE(db.repos().themes.get(themeId)->notes, QStringLiteral("검색 + 생성"));
        undo.undo();
        QCOMPARE(db.repos().themes.get(themeId)->notes, QString());
        QCOMPARE(db.repos().themes.get(themeId)->areaId, area);
    }

    void theHistoryReadsAThemesPathAcrossYearsWithItsGoals()
    {
        // given Vector DB noticed in 2023, tried in 2024 (linked to a done goal) and adopted in 2025
        test::TempDatabase db;
        const Id y2023 = *db.repos().years.create(2023);
        const Id y2024 = *db.repos().years.create(2024);
        const Id y2025 = *db.repos().years.create(2025);
        const ThemeAdded theme
                = *db.repos().themes.addToYearByName(QStringLiteral("Vector DB"), 0, y2023, ThemeState::Assess, {});
        QVERIFY(db.repos().themes.addToYear({0, theme.themeId, y2024, ThemeState::Trial, {}, 0}).ok());
        Goal goal;
        goal.yearId = y2024;
        goal.title = QStringLiteral("Vector DB 공부하기");
        const Id goalId = *db.repos().goals.create(goal);
        QVERIFY(db.repos().goals.check(goalId, QDate(2024, 6, 1)).ok());
        QVERIFY(db.repos().themes.link({0, theme.themeId, ThemeLinkTarget::Goal, goalId}).ok());
        QUndoStack undo;
        ThemesPage page(db.journal(), &undo);
        page.setYear(y2025);

        // when 2025, which has no themes yet, is offered 2024's and carries them
        QCOMPARE(page.model()->rowCount(), 0);
        auto *hint = page.findChild<QLabel *>(QStringLiteral("carryThemesHint"));
        QVERIFY(hint && !hint->isHidden());
        QVERIFY2(hint->text().contains(QStringLiteral("2024")) && hint->text().contains(QStringLiteral("1 theme")),
                 qPrintable(hint->text()));
        auto *carry = page.findChild<QPushButton *>(QStringLiteral("carryThemesButton"));
        QVERIFY(carry && carry->isEnabled());
        QVERIFY(carry->text().contains(QStringLiteral("2024")));
        carry->click();
        QCOMPARE(page.model()->rowCount(), 1);
        QVERIFY(hint->isHidden());
        page.radar()->setSelectedEntry(page.model()->themes().first().entry.id);
        QTest::keyClick(page.radar(), Qt::Key_Up); // trial -> adopt

        // then the grid reads assess → trial → adopt along the theme's row, with the done goal
        ThemeHistoryModel *history = page.history();
        const int row = history->rowOfTheme(theme.themeId);
        QVERIFY(row >= 0);
        const auto cell = [&](int year) { return history->index(row, history->columnOfYear(year)).data().toString(); };
        QCOMPARE(cell(2023), QStringLiteral("Assess"));
        QCOMPARE(cell(2024), QStringLiteral("Trial"));
        QCOMPARE(cell(2025), QStringLiteral("Adopt"));
        const QString goals = history->index(row, history->columnCount() - 1).data().toString();
        QVERIFY2(goals.contains(QStringLiteral("☑ Vector DB 공부하기 (2024)")), qPrintable(goals));

        // and undoing the carry takes the theme out of 2025 only
        undo.undo();
        undo.undo();
        page.reload();
        QCOMPARE(page.model()->rowCount(), 0);
        QCOMPARE(db.repos().themes.allYears()->size(), 2);
    }

    void aGoalShowsTheThemesLinkedToIt()
    {
        // given a 2024 goal linked to the theme Vector DB
        test::TempDatabase db;
        const Id y2024 = *db.repos().years.create(2024);
        Goal goal;
        goal.yearId = y2024;
        goal.title = QStringLiteral("Vector DB 공부하기");
        const Id goalId = *db.repos().goals.create(goal);
        const ThemeAdded theme
                = *db.repos().themes.addToYearByName(QStringLiteral("Vector DB"), 0, y2024, ThemeState::Trial, {});
        QVERIFY(db.repos().themes.link({0, theme.themeId, ThemeLinkTarget::Goal, goalId}).ok());
        QUndoStack undo;
        GoalsPage page(db.journal(), &undo);
        page.setYear(y2024);
        // when the goal is selected on the board
        QVERIFY(page.showItem(QStringLiteral("goal"), goalId));
        // then its details name the theme
        auto *themes = page.findChild<QLabel *>(QStringLiteral("goalDetailsThemes"));
        QVERIFY(themes);
        QVERIFY(!themes->isHidden());
        QVERIFY2(themes->text().contains(QStringLiteral("Vector DB")), qPrintable(themes->text()));
    }

    void aQuestionIsAnsweredBesideLastYearsAnswer()
    {
        // given "무엇을 배워야 할까?" answered in 2023
        test::TempDatabase db;
        const Id y2023 = *db.repos().years.create(2023);
        const Id y2024 = *db.repos().years.create(2024);
        QVERIFY(db.repos()
                        .questions
                        .addToYear({0, QStringLiteral("무엇을 배워야 할까?"), {}}, y2023,
                                   QStringLiteral("LLM을 **제대로** 배우자"))
                        .ok());
        QUndoStack undo;
        QuestionsPage page(db.journal(), &undo);
        page.resize(1024, 700);
        page.setYear(y2024);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));

        // when 2024 asks the same question and the user types an answer
        page.addQuestion(QStringLiteral("무엇을 배워야 할까?"));
        QCOMPARE(page.questionCount(), 1);
        QVERIFY(page.previousAnswerView()->toPlainText().contains(QStringLiteral("LLM을 제대로 배우자")));
        QTest::keyClicks(page.answerEditor(), QStringLiteral("vector DB"));
        page.saveNow();

        // then the answer is stored (one question, two answers) and the history lists both years
        const auto answers = *db.repos().questions.answersOf(db.repos().questions.all()->first().id);
        QCOMPARE(answers.size(), 2);
        QCOMPARE(answers[1].answer.body, QStringLiteral("vector DB"));
        page.reload();
        const QString history = page.historyView()->toPlainText();
        QVERIFY(history.contains(QStringLiteral("2023")) && history.contains(QStringLiteral("vector DB")));

        // and one undo takes the typing back, another the question
        undo.undo();
        QCOMPARE(db.repos().questions.forYear(y2024)->first().answer.body, QString());
        undo.undo();
        QVERIFY(db.repos().questions.forYear(y2024)->isEmpty());
        QCOMPARE(db.repos().questions.all()->size(), 1); // the question existed before: it stays
    }

    void aSuggestedQuestionIsAddedOnce()
    {
        test::TempDatabase db;
        const Id y2024 = *db.repos().years.create(2024);
        QUndoStack undo;
        QuestionsPage page(db.journal(), &undo);
        page.setYear(y2024);
        auto *button = page.findChild<QToolButton *>(QStringLiteral("builtinQuestionsButton"));
        QVERIFY(button && button->menu());
        const int offered = int(button->menu()->actions().size());
        QVERIFY(offered >= 10);
        button->menu()->actions().first()->trigger();
        QCOMPARE(page.questionCount(), 1);
        QCOMPARE(button->menu()->actions().size(), offered - 1);
        QVERIFY(!db.repos().questions.all()->first().builtinKey.isEmpty());
    }

    void theRadarIsSavedAsPngAndSvg()
    {
        test::TempDatabase db;
        const Id y2024 = *db.repos().years.create(2024);
        QUndoStack undo;
        ThemesPage page(db.journal(), &undo);
        page.resize(900, 600);
        page.setYear(y2024);
        page.addTheme(QStringLiteral("멀티모달"), ThemeState::Assess);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        const QString png = db.folder() + QStringLiteral("/radar.png");
        const QString svg = db.folder() + QStringLiteral("/radar.svg");
        QCOMPARE(page.saveRadar(png), QString());
        QCOMPARE(page.saveRadar(svg), QString());
        QVERIFY(!QImage(png).isNull());
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(file.readAll()).contains(QStringLiteral("<svg")));
        QVERIFY(!page.saveRadar(QStringLiteral("/nonexistent-folder/radar.png")).isEmpty());
    }
};

QTEST_MAIN(TestThemesPage)
#include "tst_themespage.moc"
