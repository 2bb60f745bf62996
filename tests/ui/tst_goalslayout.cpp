// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "common/windowsize.h"
#include "goals/goalsmodel.h"
#include "i18n/translations.h"
#include "mainwindow.h"
#include "tempdatabase.h"
#include "yearpage/yearpage.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTreeView>

using namespace hoego;

// Issue 21: the goals board and its details pane work in a 1024×700 window, in Korean and in English: the
// window is not forced wider than that, every button, field and label of the Goals tab is wholly inside what is
// on screen (a scroll area may hide what is below, never what is beside), and titles keep room to be read.
namespace {

constexpr int kGoalsTab = 4;

struct Clipped
{
    QString name;
    QRect rect;
    QRect visible;
};

bool scrollsVertically(const QWidget *widget, const QWidget *page)
{
    for (const QWidget *up = widget; up && up != page; up = up->parentWidget()) {
        if (qobject_cast<const QScrollArea *>(up))
            return true;
    }
    return false;
}

// Every visible control of `page` whose rectangle is not inside the part of its ancestors that is shown. Inside
// a scroll area only the sides count: what is below the fold is reached by scrolling down.
QList<Clipped> clippedControls(QWidget *page)
{
    QList<Clipped> clipped;
    QWidget *window = page->window();
    const QList<QWidget *> widgets = page->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        const bool control = qobject_cast<QAbstractButton *>(widget) || qobject_cast<QLineEdit *>(widget)
                || qobject_cast<QAbstractSpinBox *>(widget) || qobject_cast<QComboBox *>(widget)
                || (qobject_cast<QLabel *>(widget) && !qobject_cast<QLabel *>(widget)->text().isEmpty());
        QWidget *parent = widget->parentWidget();
        if (!control || !widget->isVisibleTo(page) || !parent || qobject_cast<QLineEdit *>(parent)
            || qobject_cast<QAbstractSpinBox *>(parent) || qobject_cast<QComboBox *>(parent))
            continue; // parts of a composite control are checked as the control
        const QRect rect(widget->mapTo(window, QPoint(0, 0)), widget->size());
        const bool scrolled = scrollsVertically(widget, page);
        int left = 0, right = window->width() - 1, top = 0, bottom = window->height() - 1;
        for (QWidget *up = parent; up; up = up->parentWidget()) {
            const QRect box(up->mapTo(window, QPoint(0, 0)), up->size());
            left = std::max(left, box.left());
            right = std::min(right, box.right());
            top = std::max(top, box.top());
            bottom = std::min(bottom, box.bottom());
        }
        const bool sideways = rect.left() < left - 1 || rect.right() > right + 1;
        const bool vertically = !scrolled && (rect.top() < top - 1 || rect.bottom() > bottom + 1);
        if (sideways || vertically)
            clipped << Clipped{widget->objectName().isEmpty() ? QString::fromLatin1(widget->metaObject()->className())
                                                              : widget->objectName(),
                               rect, QRect(QPoint(left, top), QPoint(right, bottom))};
    }
    return clipped;
}

QString describe(const QList<Clipped> &clipped)
{
    QStringList lines;
    for (const Clipped &entry : clipped)
        lines << QStringLiteral("%1 at %2,%3 %4x%5 outside %6,%7 %8x%9")
                         .arg(entry.name)
                         .arg(entry.rect.x())
                         .arg(entry.rect.y())
                         .arg(entry.rect.width())
                         .arg(entry.rect.height())
                         .arg(entry.visible.x())
                         .arg(entry.visible.y())
                         .arg(entry.visible.width())
                         .arg(entry.visible.height());
    return lines.join(QLatin1Char('\n'));
}

Id addGoal(test::TempDatabase &db, Id year, const QString &title, GoalKind kind)
{
    Goal goal;
    goal.yearId = year;
    goal.title = title;
    goal.kind = kind;
    if (kind == GoalKind::Count)
        goal.target = 12;
    if (kind == GoalKind::Milestones)
        goal.milestones = {{0, 0, QStringLiteral("목차 정하고 출판사와 일정 맞추기"), true, QDate(2024, 2, 1), 0}};
    goal.links = {{0, 0, QStringLiteral("초고"), QUrl(QStringLiteral("https://example.com/a/very/long/path")), 0}};
    return *db.repos().goals.create(goal);
}

} // namespace

class TestGoalsLayout : public QObject
{
    Q_OBJECT

private slots:
    void theBoardAndItsDetailsFitA1024By700Window_data()
    {
        QTest::addColumn<int>("language");
        QTest::newRow("ko") << int(i18n::Language::Korean);
        QTest::newRow("en") << int(i18n::Language::English);
    }

    void theBoardAndItsDetailsFitA1024By700Window()
    {
        QFETCH(int, language);
        i18n::applyLanguage(i18n::Language(language));

        // Given a year with long goal titles of every kind, done ones included
        test::TempDatabase db;
        const Id year = *db.repos().years.create(2024);
        const Id count = addGoal(db, year, QStringLiteral("블로그에 기술 글 열두 편 쓰고 한 편은 영어로 번역하기"),
                                 GoalKind::Count);
        const Id book = addGoal(db, year, QStringLiteral("『실전 LLM 평가』 원고를 마감하고 베타 리더 피드백 반영하기"),
                                GoalKind::Milestones);
        const Id done = addGoal(db, year, QStringLiteral("하프 마라톤을 두 시간 안에 완주하기"), GoalKind::Check);
        QVERIFY(db.repos().goals.check(done, QDate(2024, 5, 3)).ok());

        // When the window is 1024×700 on the Goals tab
        MainWindow window(db.database());
        window.resize(1024, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openYear(year);
        window.yearPage()->setCurrentIndex(kGoalsTab);
        QWidget *page = window.yearPage()->currentWidget();
        auto *board = page->findChild<QTreeView *>(QStringLiteral("goalsView"));

        // Then the window keeps that size, and for each kind of goal selected nothing is cut off at the side
        QTRY_COMPARE(window.width(), 1024);
        QCOMPARE(window.height(), 700);
        for (const Id goal : {count, book, done}) {
            for (int row = 0; row < board->model()->rowCount(); ++row) {
                const QModelIndex index = board->model()->index(row, GoalsModel::TitleColumn);
                if (index.data(GoalsModel::GoalIdRole).value<Id>() == goal)
                    board->setCurrentIndex(index);
            }
            QCoreApplication::processEvents();
            const QList<Clipped> clipped = clippedControls(page);
            QVERIFY2(clipped.isEmpty(), qPrintable(describe(clipped)));
            auto *details = page->findChild<QScrollArea *>(QStringLiteral("goalDetailsScroll"));
            QVERIFY2(details->widget()->width() <= details->viewport()->width(), "the details pane scrolls sideways");
        }

        // and a title gets room for more than a few letters, its whole text in the tooltip
        QVERIFY2(board->header()->sectionSize(GoalsModel::TitleColumn) >= 150,
                 qPrintable(QString::number(board->header()->sectionSize(GoalsModel::TitleColumn))));
        QVERIFY(board->model()
                        ->index(0, GoalsModel::TitleColumn)
                        .data(Qt::ToolTipRole)
                        .toString()
                        .startsWith(board->model()->index(0, GoalsModel::TitleColumn).data().toString()));
    }

    void aNewWindowOpensWithinA1024By700Screen()
    {
        // Before: 1180×780 whatever the screen, so a small laptop screen cut off the window's right and bottom
        const QRect small(0, 0, 1024, 700);
        const QSize fitted = fittedWindowSize(QSize(1180, 780), small);
        QVERIFY(fitted.width() <= small.width());
        QVERIFY(fitted.height() <= small.height() - 30); // the title bar fits too
        QCOMPARE(fittedWindowSize(QSize(1180, 780), QRect(0, 0, 1920, 1080)), QSize(1180, 780));

        // and the window itself opens at that size on the screen it is on, when no size was saved
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        test::TempDatabase db;
        MainWindow window(db.database());
        QCOMPARE(window.size(),
                 fittedWindowSize(QSize(1180, 780), window.screen()->availableGeometry())
                         .expandedTo(window.minimumSizeHint()));
    }

    void cleanupTestCase() { i18n::applyLanguage(i18n::Language::English); }
};

QTEST_MAIN(TestGoalsLayout)
#include "tst_goalslayout.moc"
