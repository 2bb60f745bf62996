// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "tempdatabase.h"

#include "events/eventeditor.h"
#include "events/eventspage.h"
#include "events/eventtimelineview.h"
#include "goals/goaleditordialog.h"
#include "io/importdialog.h"
#include "io/sample.h"
#include "mainwindow.h"
#include "outputs/outputeditor.h"
#include "themes/radarchart.h"
#include "themes/themespage.h"
#include "themes/themestates.h"
#include "timeline/yeartimeline.h"
#include "yearpage/yearpage.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QChartView>
#include <QGroupBox>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QTabBar>
#include <QTest>

#include <algorithm>

using namespace hoego;

namespace {

// The accessible children of a widget that stand for painted items (not its child widgets).
QList<QAccessibleInterface *> itemChildren(QWidget *widget)
{
    QList<QAccessibleInterface *> items;
    QAccessibleInterface *view = QAccessible::queryAccessibleInterface(widget);
    for (int i = 0; view && i < view->childCount(); ++i) {
        QAccessibleInterface *child = view->child(i);
        if (child && !child->object())
            items << child;
    }
    return items;
}

QStringList names(const QList<QAccessibleInterface *> &items)
{
    QStringList all;
    for (QAccessibleInterface *item : items)
        all << item->text(QAccessible::Name);
    return all;
}

// The letter after a single '&' ("E&vent" → 'v'), or a null QChar.
QChar mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != QLatin1Char('&'))
            continue;
        if (text[i + 1] == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text[i + 1].toLower();
    }
    return {};
}

// Every mnemonic a user can reach with Alt in the window as it is now: menus, tabs, visible buttons and labels.
QMultiHash<QChar, QString> visibleMnemonics(QMainWindow &window)
{
    QMultiHash<QChar, QString> found;
    const auto note = [&](const QString &text) {
        if (const QChar letter = mnemonicOf(text); !letter.isNull())
            found.insert(letter, text);
    };
    for (QAction *menu : window.menuBar()->actions())
        note(menu->text());
    for (QTabBar *tabs : window.findChildren<QTabBar *>()) {
        for (int i = 0; tabs->isVisible() && i < tabs->count(); ++i)
            note(tabs->tabText(i));
    }
    for (QAbstractButton *button : window.findChildren<QAbstractButton *>()) {
        if (button->isVisible())
            note(button->text());
    }
    for (QLabel *label : window.findChildren<QLabel *>()) {
        if (label->isVisible() && label->buddy())
            note(label->text());
    }
    for (QGroupBox *box : window.findChildren<QGroupBox *>()) {
        if (box->isVisible() && box->isCheckable())
            note(box->title());
    }
    return found;
}

struct SampleWindow
{
    test::TempDatabase db;
    Id year = 0;
    std::unique_ptr<MainWindow> window;

    SampleWindow()
    {
        QAccessible::setActive(true);
        if (!loadSample(db.connection()).ok())
            return;
        year = db.repos().years.byNumber(2025)->id;
        window = std::make_unique<MainWindow>(db.database());
        window->resize(800, 600);
        window->show();
        window->activateWindow();
        window->openYear(year);
    }
};

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private slots:
    void everyEventOnTheTimelineIsANamedChildThatTheKeyboardReaches()
    {
        // Given the sample's 2025 on the Events tab
        SampleWindow f;
        QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
        YearPage *page = f.window->yearPage();
        page->showPage(page->eventsPage());
        auto *timeline = f.window->findChild<EventTimelineView *>(QStringLiteral("eventTimeline"));
        QVERIFY(timeline);
        QTRY_VERIFY(timeline->isVisible());

        // When a screen reader asks for the timeline's children
        QAccessibleInterface *view = QAccessible::queryAccessibleInterface(timeline);
        QVERIFY(view);
        QCOMPARE(view->role(), QAccessible::List);
        const QList<QAccessibleInterface *> cards = itemChildren(timeline);

        // Then every event of the year is one, named by its title and described by its date
        QStringList titles;
        for (const Event &event : f.db.repos().events.forYear(f.year).value())
            titles << event.title;
        QVERIFY(titles.size() >= 5);
        QStringList heard = names(cards);
        std::sort(titles.begin(), titles.end());
        std::sort(heard.begin(), heard.end());
        QCOMPARE(heard, titles);
        for (QAccessibleInterface *card : cards) {
            QCOMPARE(card->role(), QAccessible::ListItem);
            QVERIFY2(card->text(QAccessible::Description).contains(QStringLiteral("2025")),
                     qPrintable(card->text(QAccessible::Description)));
            QCOMPARE(card->parent(), view);
            QCOMPARE(view->child(view->indexOfChild(card)), card);
        }

        // And the keyboard reaches them: Tab focus lands on the view, arrows move the current card, which a
        // screen reader hears as the focused child
        QVERIFY(timeline->focusPolicy() & Qt::TabFocus);
        timeline->setFocus();
        QTest::keyClick(timeline, Qt::Key_Down);
        QTest::keyClick(timeline, Qt::Key_Down);
        QVERIFY(timeline->currentIndex().isValid());
        QAccessibleInterface *focused = view->focusChild();
        QVERIFY(focused);
        QCOMPARE(focused->text(QAccessible::Name), timeline->currentIndex().data().toString());
        QVERIFY(focused->state().selected);
        QVERIFY(focused->rect().isValid());
    }

    void theYearStripNamesEveryYear()
    {
        SampleWindow f;
        QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
        QAccessibleInterface *strip = QAccessible::queryAccessibleInterface(f.window->timeline()->view());
        QVERIFY(strip);
        QString all;
        for (int i = 0; i < strip->childCount(); ++i)
            all += strip->child(i)->text(QAccessible::Name) + QLatin1Char('\n');
        for (const QString &year : {QStringLiteral("2024"), QStringLiteral("2025"), QStringLiteral("2026")})
            QVERIFY2(all.contains(year), qPrintable(all));
    }

    void everyThemeOnTheRadarIsNamedWithItsRing()
    {
        SampleWindow f;
        QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
        const QList<YearTheme> themes = f.db.repos().themes.forYear(f.year).value();
        QVERIFY(f.window->yearPage()->showItem(QStringLiteral("theme"), themes.first().entry.id));
        RadarChart *radar = f.window->yearPage()->themesPage()->radar();
        QTRY_VERIFY(radar->isVisible());

        const QList<QAccessibleInterface *> dots = itemChildren(radar);
        QCOMPARE(dots.size(), themes.size());
        for (const YearTheme &theme : themes) {
            const auto it = std::find_if(dots.cbegin(), dots.cend(), [&](QAccessibleInterface *dot) {
                return dot->text(QAccessible::Name) == theme.theme.name;
            });
            QVERIFY2(it != dots.cend(), qPrintable(theme.theme.name));
            QCOMPARE((*it)->text(QAccessible::Value), themestates::name(theme.entry.state));
        }
        // The selected theme is the focused child; Right moves to the next one
        QVERIFY(radar->focusPolicy() & Qt::TabFocus);
        radar->setFocus();
        QAccessibleInterface *view = QAccessible::queryAccessibleInterface(radar);
        QVERIFY(view->focusChild());
        const QString before = view->focusChild()->text(QAccessible::Name);
        QTest::keyClick(radar, Qt::Key_Right);
        QVERIFY(view->focusChild()->text(QAccessible::Name) != before);
    }

    void everyChartValueIsNamed()
    {
        // Given the Progress tab of the sample's 2025
        SampleWindow f;
        QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
        YearPage *page = f.window->yearPage();
        int progress = -1;
        for (int i = 0; i < page->count(); ++i) {
            if (page->tabText(i).remove(QLatin1Char('&')) == QStringLiteral("Progress"))
                progress = i;
        }
        QVERIFY(progress >= 0);
        page->setCurrentIndex(progress);
        QTRY_VERIFY(!f.window->findChildren<QChartView *>().isEmpty());
        const QList<QChartView *> charts = f.window->findChildren<QChartView *>();

        // Then each chart is a chart with a name, and each value in it a named child with a value
        for (QChartView *chart : charts) {
            QAccessibleInterface *view = QAccessible::queryAccessibleInterface(chart);
            QCOMPARE(view->role(), QAccessible::Chart);
            QVERIFY(!view->text(QAccessible::Name).isEmpty());
            QVERIFY(chart->focusPolicy() & Qt::TabFocus);
            const QList<QAccessibleInterface *> values = itemChildren(chart);
            QVERIFY2(!values.isEmpty(), qPrintable(view->text(QAccessible::Name)));
            for (QAccessibleInterface *value : values) {
                QVERIFY2(!value->text(QAccessible::Name).trimmed().isEmpty(),
                         qPrintable(view->text(QAccessible::Name)));
                QVERIFY2(!value->text(QAccessible::Value).isEmpty(), qPrintable(value->text(QAccessible::Name)));
            }
        }
        // The ring says how many goals are done, as the goals say
        auto *ring = f.window->findChild<QChartView *>(QStringLiteral("progressRing"));
        QVERIFY(ring);
        int done = 0;
        for (const Goal &goal : f.db.repos().goals.forYear(f.year).value())
            done += goal.status == GoalStatus::Done ? 1 : 0;
        const QList<QAccessibleInterface *> slices = itemChildren(ring);
        QVERIFY(std::any_of(slices.cbegin(), slices.cend(), [&](QAccessibleInterface *slice) {
            return slice->text(QAccessible::Name) == QStringLiteral("Done")
                    && slice->text(QAccessible::Value) == QString::number(done);
        }));
    }

    void aScreenReadersSelectOnAYearOpensIt()
    {
        // Given the sample's window on 2025
        SampleWindow f;
        QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
        auto *strip = f.window->findChild<QListView *>(QStringLiteral("yearTimeline"));
        QVERIFY(strip);
        const Id year2024 = f.db.repos().years.byNumber(2024)->id;

        // When a screen reader selects 2024 (AT-SPI's Toggle: Qt's cell action, which selects without a click)
        QAccessibleInterface *list = QAccessible::queryAccessibleInterface(strip);
        QAccessibleInterface *cell = nullptr;
        for (int i = 0; list && i < list->childCount(); ++i) {
            if (list->child(i)->text(QAccessible::Name).startsWith(QStringLiteral("2024,")))
                cell = list->child(i);
        }
        QVERIFY(cell && cell->actionInterface());
        cell->actionInterface()->doAction(QAccessibleActionInterface::toggleAction());

        // Then 2024 opens, as a click would open it
        QTRY_COMPARE(f.window->currentYear(), year2024);
    }

    void mnemonicsAreUniqueOnEveryTabAndAltEOpensTheEditMenu()
    {
        SampleWindow f;
        QVERIFY(QTest::qWaitForWindowActive(f.window.get()));
        YearPage *page = f.window->yearPage();
        // On every tab, no two things the user can reach with Alt share a letter
        for (int i = 0; i < page->count(); ++i) {
            page->setCurrentIndex(i);
            QCoreApplication::processEvents();
            const QMultiHash<QChar, QString> found = visibleMnemonics(*f.window);
            for (const QChar letter : found.uniqueKeys())
                QVERIFY2(found.count(letter) == 1,
                         qPrintable(page->tabText(i) + QStringLiteral(": ")
                                    + found.values(letter).join(QStringLiteral(", "))));
        }

        // Alt+E opens the Edit menu and leaves the tab alone
        page->setCurrentIndex(0);
        QMenu *edit = nullptr;
        for (QAction *menu : f.window->menuBar()->actions()) {
            if (menu->text() == QStringLiteral("&Edit"))
                edit = menu->menu();
        }
        QVERIFY(edit);
        QTest::keyClick(f.window.get(), Qt::Key_E, Qt::AltModifier);
        QTRY_VERIFY(edit->isVisible());
        QCOMPARE(page->currentIndex(), 0);
        edit->close();
    }

    // A label with a mnemonic needs a buddy to give the focus to; without one it shows its "&" as text
    // ("&When:"). Every editor's labels, and the window's, have one.
    void everyLabelWithAMnemonicHasABuddy()
    {
        SampleWindow f;
        EventEditor eventEditor({}, Event{});
        GoalEditorDialog goalEditor({});
        OutputEditor outputEditor(Output{}, 2025, {QStringLiteral("post")}, {});
        ImportDialog importDialog(f.db.journal());
        const QList<QWidget *> windows{f.window.get(), &eventEditor, &goalEditor, &outputEditor, &importDialog};
        QStringList without;
        for (QWidget *window : windows) {
            for (QLabel *label : window->findChildren<QLabel *>()) {
                if (!mnemonicOf(label->text()).isNull() && !label->buddy())
                    without << window->objectName() + QStringLiteral(": ") + label->text();
            }
        }
        QVERIFY2(without.isEmpty(), qPrintable(without.join(QStringLiteral(", "))));
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
