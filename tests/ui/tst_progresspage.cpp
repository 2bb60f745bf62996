// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "progress/progresspage.h"
#include "tempdatabase.h"
#include "theme.h"

#include <QAbstractAxis>
#include <QBarCategoryAxis>
#include <QChartView>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QTest>
#include <QUndoStack>

using namespace hoego;

namespace {

// 2025: ten goals, seven done (three of them in March), one more dropped; a Korean area for the labels.
Id fillGoalYear(test::TempDatabase &db)
{
    const Id year = *db.repos().years.create(2025);
    const Id area = *db.repos().areas.create(QStringLiteral("공부"), QColor(0x81, 0xB2, 0x9A));
    for (int i = 0; i < 11; ++i) {
        Goal goal;
        goal.yearId = year;
        goal.title = QStringLiteral("목표 %1").arg(i + 1);
        goal.areaId = i < 4 ? area : 0;
        const Id id = *db.repos().goals.create(goal);
        if (i < 7)
            db.repos().goals.check(id, QDate(2025, i < 3 ? 3 : 9, 15)).ok();
        if (i == 10)
            db.repos().goals.drop(id, QStringLiteral("우선순위")).ok();
    }
    Event event;
    event.yearId = year;
    event.title = QStringLiteral("이직");
    event.date = PartialDate::ofYear(2025);
    db.repos().events.create(event).ok();
    return year;
}

QString ringText(ProgressPage &page)
{
    return page.findChild<QLabel *>(QStringLiteral("progressRingLabel"))->text();
}

} // namespace

class TestProgressPage : public QObject
{
    Q_OBJECT

private slots:
    void theRingShowsTheShareOfGoalsDoneWithoutTheDroppedOnes()
    {
        test::TempDatabase db;
        const Id year = fillGoalYear(db);
        QUndoStack undo;
        ProgressPage page(db.repos(), &undo);
        page.setYear(year);
        QCOMPARE(ringText(page), QStringLiteral("7 of 10"));
        QCOMPARE(page.findChild<QLabel *>(QStringLiteral("progressRingPercent"))->text(), QStringLiteral("70%"));
        auto *areas = page.findChild<QChartView *>(QStringLiteral("progressByArea"));
        auto *names = qobject_cast<QBarCategoryAxis *>(areas->chart()->axes(Qt::Vertical).value(0));
        QVERIFY(names);
        QVERIFY(names->categories().contains(QStringLiteral("공부  4/4")));
    }

    void refreshPicksUpAChangeMadeElsewhere()
    {
        test::TempDatabase db;
        const Id year = fillGoalYear(db);
        QUndoStack undo;
        ProgressPage page(db.repos(), &undo);
        page.setYear(year);
        const Id open = db.repos().goals.forYear(year)->at(8).id;
        QVERIFY(db.repos().goals.check(open).ok());
        page.refresh();
        QCOMPARE(ringText(page), QStringLiteral("8 of 10"));
    }

    void anEmptyYearShowsNoGoalsInsteadOfZeroPercent()
    {
        test::TempDatabase db;
        const Id year = *db.repos().years.create(2026);
        QUndoStack undo;
        ProgressPage page(db.repos(), &undo);
        page.setYear(year);
        QCOMPARE(ringText(page), QStringLiteral("no goals"));
    }

    void chartsAreSavedAsPngAndSvgWithKoreanLabels()
    {
        test::TempDatabase db;
        const Id year = fillGoalYear(db);
        QUndoStack undo;
        ProgressPage page(db.repos(), &undo);
        page.setYear(year);
        page.resize(1000, 900);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));

        const QString png = db.folder() + QStringLiteral("/진행.png");
        QCOMPARE(page.saveTo(png), QString());
        const QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() > 500);

        const QString svg = db.folder() + QStringLiteral("/progress.svg");
        QCOMPARE(page.saveTo(svg), QString());
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY(text.contains(QStringLiteral("<svg")));
        QVERIFY(text.contains(QStringLiteral("공부")));
        QVERIFY(text.contains(QStringLiteral("7 of 10")));

        QCOMPARE(page.saveTo(db.folder() + QStringLiteral("/missing-folder/x.png")).isEmpty(), false);
    }

    void everyChartTakesTheNewThemeAtOnce()
    {
        // Given the charts of a year on screen in the light theme
        test::TempDatabase db;
        const Id year = fillGoalYear(db);
        QUndoStack undo;
        ProgressPage page(db.repos(), &undo);
        page.setYear(year);
        page.resize(1100, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        theme::applyTheme(AppSettings::Theme::Light);
        const QList<QChartView *> charts = page.findChildren<QChartView *>();
        QCOMPARE(charts.size(), 5);
        auto *percent = page.findChild<QLabel *>(QStringLiteral("progressRingPercent"));

        for (const AppSettings::Theme chosen : {AppSettings::Theme::Dark, AppSettings::Theme::Light}) {
            // When the theme is switched (as Preferences does)
            theme::applyTheme(chosen);
            QCoreApplication::processEvents(); // QApplication posts the palette change to every widget
            const QPalette expected = chosen == AppSettings::Theme::Dark ? theme::darkPalette() : theme::lightPalette();

            // Then, without reading the year again, every chart is drawn on the new background with the new
            // text colour, and the ring's percentage stays readable
            for (QChartView *chart : charts) {
                QCOMPARE(chart->chart()->backgroundBrush().color(), expected.color(QPalette::Base));
                QCOMPARE(chart->chart()->titleBrush().color(), expected.color(QPalette::WindowText));
                for (QAbstractAxis *axis : chart->chart()->axes())
                    QCOMPARE(axis->labelsColor(), expected.color(QPalette::WindowText));
            }
            QCOMPARE(percent->palette().color(QPalette::WindowText), expected.color(QPalette::WindowText));
            QCOMPARE(percent->text(), QStringLiteral("70%"));
        }
        theme::applyTheme(AppSettings::Theme::System);
    }
};

QTEST_MAIN(TestProgressPage)
#include "tst_progresspage.moc"
