// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

// Issue 17: Qt Charts is loaded when the Progress tab first makes a chart, not at start. This program links
// the window as the app does and, unlike the tests that inspect charts, not Qt Charts itself.

#include "charts/chartviews.h"
#include "io/sample.h"
#include "mainwindow.h"
#include "progress/progresspage.h"
#include "tempdatabase.h"
#include "yearpage/yearpage.h"

#include <QAccessible>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace hoego;

namespace {

// Whether a library whose file name starts with `name` is mapped into this process.
bool isMapped(const QString &name)
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (!maps.open(QIODevice::ReadOnly))
        return false;
    const QByteArray needle = '/' + name.toUtf8();
    return maps.readAll().contains(needle);
}

int tabIndex(YearPage *page, const QString &text)
{
    for (int i = 0; i < page->count(); ++i) {
        if (page->tabText(i).remove(QLatin1Char('&')) == text)
            return i;
    }
    return -1;
}

} // namespace

class TestChartsModule : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("Hoego"));
        QCoreApplication::setApplicationName(QStringLiteral("hoego-tst-chartsmodule"));
        QSettings().clear();
    }

    void qtChartsIsLoadedWithTheFirstChartOnly()
    {
        // Given the sample's window shown on its Overview, with a screen reader's view of it
        QAccessible::setActive(true);
        test::TempDatabase db;
        QVERIFY(loadSample(db.connection()).ok());
        MainWindow window(db.database());
        window.resize(1024, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openYear(db.repos().years.byNumber(2025)->id);
        QTest::qWait(50); // the first paint and what runs after it

        // Then neither Qt Charts, its OpenGL libraries nor the charts module are loaded
        QVERIFY(!isMapped(QStringLiteral("libQt6Charts.so")));
        QVERIFY(!isMapped(QStringLiteral("libQt6OpenGLWidgets.so")));
        QVERIFY(!isMapped(QStringLiteral("libhoego_charts.so")));
        QVERIFY(!charts::isLoaded());

        // When the Progress tab is opened
        YearPage *page = window.yearPage();
        const int progress = tabIndex(page, QStringLiteral("Progress"));
        QVERIFY(progress >= 0);
        page->setCurrentIndex(progress);

        // Then the module and Qt Charts are loaded and the charts drawn, the ring with the year's goals
        QVERIFY(charts::isLoaded());
        QVERIFY(isMapped(QStringLiteral("libhoego_charts.so")));
        QVERIFY(isMapped(QStringLiteral("libQt6Charts.so")));
        QWidget *ring = window.findChild<QWidget *>(QStringLiteral("progressRing"));
        QVERIFY(ring);
        QVERIFY(ring->inherits("QChartView"));
        QTRY_VERIFY(ring->isVisible());
        QVERIFY(!ring->toolTip().isEmpty());
        QVERIFY(window.findChild<QWidget *>(QStringLiteral("progressErrorLabel"))->isHidden());
        // and a screen reader finds each chart's values through the module
        QAccessibleInterface *view = QAccessible::queryAccessibleInterface(ring);
        QVERIFY(view);
        QCOMPARE(view->role(), QAccessible::Chart);
        QVERIFY(view->childCount() > 0);
    }
};

QTEST_MAIN(TestChartsModule)
#include "tst_chartsmodule.moc"
