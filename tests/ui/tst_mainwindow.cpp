#include "mainwindow.h"
#include "tempdatabase.h"

#include <QAbstractItemModelTester>
#include <QPushButton>
#include <QStackedWidget>
#include <QTest>
#include <QTreeView>

using namespace hoego;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void showsTheEmptyStateOnANewDatabase()
    {
        test::TempDatabase db;
        MainWindow window(db.database());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *empty = window.findChild<QWidget *>(QStringLiteral("emptyState"));
        QVERIFY(empty);
        QTRY_VERIFY(empty->isVisible());
        QVERIFY(window.findChild<QPushButton *>(QStringLiteral("emptyLoadSampleButton")));
    }

    void addingAYearListsItNewestFirstAndStoresIt()
    {
        test::TempDatabase db;
        {
            MainWindow window(db.database());
            window.show();
            auto *list = window.findChild<QTreeView *>(QStringLiteral("yearList"));
            QVERIFY(list);
            QAbstractItemModelTester tester(list->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
            QVERIFY(window.addYearNumber(2023));
            QVERIFY(window.addYearNumber(2024));
            QVERIFY(!window.addYearNumber(2024)); // a duplicate is refused with a message
            QTRY_VERIFY(list->isVisible());
            QCOMPARE(list->model()->rowCount(), 2);
            QCOMPARE(list->model()->index(0, 0).data().toInt(), 2024);
            QCOMPARE(list->model()->index(1, 0).data().toInt(), 2023);
        }
        QVERIFY(db.reopen());
        QCOMPARE(db.repos().years.overviews()->size(), 2);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
