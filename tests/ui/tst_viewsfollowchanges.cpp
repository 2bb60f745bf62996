// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "events/eventsmodel.h"
#include "events/eventspage.h"
#include "goals/closeyeardialog.h"
#include "io/importer.h"
#include "mainwindow.h"
#include "tempdatabase.h"
#include "yearpage/yearpage.h"

#include <QApplication>
#include <QInputMethodEvent>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace hoego;

// Every tab of the real window shows what is stored, whoever wrote it: Close the Year, an import merged into
// the open year, or a write while another year was on screen. The change comes back through the change feed.
namespace {

enum Tab { OverviewTab = 0, EventsTab = 1, LessonsTab = 3, GoalsTab = 4 };

void typeKorean(QWidget *widget, const QString &text)
{
    widget->setFocus();
    QInputMethodEvent event;
    event.setCommitString(text);
    QApplication::sendEvent(widget, &event);
}

void clickRadio(QWidget *radio)
{
    QTest::mouseClick(radio, Qt::LeftButton, {}, QPoint(8, radio->height() / 2));
}

Id addGoal(test::TempDatabase &db, Id year, const QString &title)
{
    Goal goal;
    goal.yearId = year;
    goal.title = title;
    return *db.repos().goals.create(goal);
}

void addEvent(test::TempDatabase &db, Id year, int number, const QString &title)
{
    Event event;
    event.yearId = year;
    event.title = title;
    event.date = PartialDate::ofYear(number);
    QVERIFY(db.repos().events.create(event).ok());
}

int rowsOf(MainWindow &window, const char *viewName)
{
    auto *view = window.findChild<QAbstractItemView *>(QLatin1String(viewName));
    return view ? view->model()->rowCount() : -1;
}

int eventRows(MainWindow &window)
{
    return window.findChild<EventsPage *>()->model()->rowCount();
}

// Shows every tab once, so each holds the year as it was read then.
void visitEveryTab(MainWindow &window)
{
    for (int tab = 0; tab < window.yearPage()->count(); ++tab) {
        window.yearPage()->setCurrentIndex(tab);
        QCoreApplication::processEvents();
    }
    window.yearPage()->setCurrentIndex(OverviewTab);
}

} // namespace

class TestViewsFollowChanges : public QObject
{
    Q_OBJECT

private slots:
    void closingTheYearShowsItsLessonAndUnfinishedItemOnTheLessonsTab()
    {
        // Given 2025 open in the window with one open goal, every tab already shown once
        test::TempDatabase db;
        const Id year = *db.repos().years.create(2025);
        addGoal(db, year, QStringLiteral("강의 만들기"));
        MainWindow window(db.database());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openYear(year);
        visitEveryTab(window);
        QCOMPARE(rowsOf(window, "lessonList"), 0);

        // When the year is closed from the Goals tab, adding a lesson and an unfinished item in the wizard
        window.yearPage()->setCurrentIndex(GoalsTab);
        QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("closeYearButton")), Qt::LeftButton);
        CloseYearDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<CloseYearDialog *>()) && dialog->isVisible());
        const auto child = [dialog](const char *name) { return dialog->findChild<QWidget *>(QLatin1String(name)); };
        clickRadio(child("closeYearCarry"));
        typeKorean(child("closeYearUnfinishedEdit"), QStringLiteral("강의 3장 남음"));
        QTest::mouseClick(child("closeYearAddUnfinished"), Qt::LeftButton);
        typeKorean(child("closeYearLessonEdit"), QStringLiteral("작게 시작하기"));
        QTest::mouseClick(child("closeYearAddLesson"), Qt::LeftButton);
        QTest::mouseClick(child("closeYearFinish"), Qt::LeftButton);
        QTRY_COMPARE(db.repos().lessons.forYear(year)->size(), 1);

        // Then the Lessons & Unfinished tab shows both
        QCOMPARE(window.yearPage()->year(), year);
        window.yearPage()->setCurrentIndex(LessonsTab);
        QTRY_COMPARE(rowsOf(window, "lessonList"), 1);
        QCOMPARE(rowsOf(window, "unfinishedList"), 1);
    }

    void anImportMergedIntoTheOpenYearShowsOnEveryTab()
    {
        // Given 2023 open with one event, every tab already shown once
        test::TempDatabase db;
        const Id year = *db.repos().years.create(2023);
        addEvent(db, year, 2023, QStringLiteral("이직"));
        MainWindow window(db.database());
        window.show();
        window.openYear(year);
        visitEveryTab(window);
        QCOMPARE(eventRows(window), 1);

        // When a post for 2023 with two events, a lesson and a goal is merged into it
        QTemporaryDir dir;
        const QString post = dir.filePath(QStringLiteral("2023.md"));
        QFile file(post);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("# 2023년 회고\n\n## 올해 있었던 일\n\n- 대학원 졸업\n- 결혼\n\n"
                                  "## 배운 것\n\n- 건강이 먼저다\n\n## 2023년 목표\n\n- [ ] 논문 쓰기\n")
                           .toUtf8());
        file.close();
        ImportOptions options;
        options.mergeIntoExisting = true;
        auto imported = importFile(db.connection(), ImportRequest{post, ImportFormat::Markdown, 0}, options);
        QVERIFY2(imported.ok(), imported.ok() ? "" : qPrintable(imported.error().message));

        // Then the Overview on screen counts three events, and each tab shows the new rows when opened
        QTRY_VERIFY(window.findChild<QLabel *>(QStringLiteral("overviewCounts"))->text().contains(QLatin1String("3")));
        window.yearPage()->setCurrentIndex(EventsTab);
        QCOMPARE(eventRows(window), 3);
        window.yearPage()->setCurrentIndex(LessonsTab);
        QCOMPARE(rowsOf(window, "lessonList"), 1);
        QCOMPARE(db.repos().goals.forYear(year)->size(), 1);
        window.yearPage()->setCurrentIndex(GoalsTab);
        QCOMPARE(rowsOf(window, "goalsView"), 1);
    }

    void aYearChangedWhileAnotherWasOnScreenShowsTheChangeOnEveryTab()
    {
        // Given 2024 seen on every tab, then 2025 on screen
        test::TempDatabase db;
        const Id y2024 = *db.repos().years.create(2024);
        const Id y2025 = *db.repos().years.create(2025);
        MainWindow window(db.database());
        window.show();
        window.openYear(y2024);
        visitEveryTab(window);
        window.openYear(y2025);
        QCoreApplication::processEvents();

        // When 2024 gets an event and a goal from elsewhere (another part of the app)
        addEvent(db, y2024, 2024, QStringLiteral("첫 발표"));
        addGoal(db, y2024, QStringLiteral("책 쓰기"));
        QCoreApplication::processEvents();

        // Then going back to 2024, every tab shows them, not only the one on screen
        window.openYear(y2024);
        window.yearPage()->setCurrentIndex(EventsTab);
        QCOMPARE(eventRows(window), 1);
        window.yearPage()->setCurrentIndex(GoalsTab);
        QCOMPARE(rowsOf(window, "goalsView"), 1);
    }
};

QTEST_MAIN(TestViewsFollowChanges)
#include "tst_viewsfollowchanges.moc"
