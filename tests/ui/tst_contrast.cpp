// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "common/contrast.h"
#include "common/drawnicon.h"
#include "events/eventfiltermodel.h"
#include "events/eventspage.h"
#include "events/eventtimelineview.h"
#include "goals/goalsmodel.h"
#include "mainwindow.h"
#include "tempdatabase.h"
#include "theme.h"
#include "yearpage/yearpage.h"

#include <QCheckBox>
#include <QHash>
#include <QStandardPaths>
#include <QStyleOptionButton>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace hoego;

// Issue 21: every text and mark keeps a contrast of at least 4.5:1, in the light and the dark palette. The
// palette's own pairs are checked, then real widgets are painted and their pixels measured.
namespace {

constexpr int kGoalsTab = 4;

// The colour most pixels of `image` inside `rect` have: what the content there is painted on.
QColor dominantColor(const QImage &image, const QRect &rect)
{
    QHash<QRgb, int> counts;
    for (int y = rect.top(); y <= rect.bottom(); ++y) {
        for (int x = rect.left(); x <= rect.right(); ++x)
            ++counts[image.pixel(x, y)];
    }
    QRgb best = 0;
    int most = -1;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > most) {
            most = it.value();
            best = it.key();
        }
    }
    return QColor::fromRgb(best);
}

// The strongest contrast any pixel in `rect` has against `background`: the full colour of a glyph or a line.
double strongestContrast(const QImage &image, const QRect &rect, const QColor &background)
{
    double strongest = 1.0;
    for (int y = rect.top(); y <= rect.bottom(); ++y) {
        for (int x = rect.left(); x <= rect.right(); ++x)
            strongest = std::max(strongest, contrast::ratio(QColor::fromRgb(image.pixel(x, y)), background));
    }
    return strongest;
}

QString describe(const char *what, double measured)
{
    return QStringLiteral("%1: %2:1").arg(QLatin1String(what)).arg(measured, 0, 'f', 2);
}

} // namespace

class TestContrast : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void cleanupTestCase() { theme::applyTheme(AppSettings::Theme::System); }

    void thePalettesTextRolesAreLegible_data()
    {
        QTest::addColumn<QPalette>("palette");
        QTest::newRow("light") << theme::lightPalette();
        QTest::newRow("dark") << theme::darkPalette();
    }

    void thePalettesTextRolesAreLegible()
    {
        QFETCH(QPalette, palette);
        const QList<std::pair<QPalette::ColorRole, QPalette::ColorRole>> pairs = {
                {QPalette::Text, QPalette::Base},
                {QPalette::Text, QPalette::AlternateBase},
                {QPalette::WindowText, QPalette::Window},
                {QPalette::PlaceholderText, QPalette::Base},
                {QPalette::PlaceholderText, QPalette::AlternateBase},
                {QPalette::PlaceholderText, QPalette::Window},
                {QPalette::HighlightedText, QPalette::Highlight},
                {QPalette::Link, QPalette::Base},
                {QPalette::ButtonText, QPalette::Button},
                {QPalette::ToolTipText, QPalette::ToolTipBase},
        };
        for (const auto &[text, background] : pairs) {
            const double measured = contrast::ratio(palette.color(text), palette.color(background));
            QVERIFY2(measured >= contrast::kMinimum,
                     qPrintable(QStringLiteral("role %1 on %2: %3").arg(text).arg(background).arg(measured)));
        }
    }

    void legibleOnReachesTheMinimumOnAnyBackground()
    {
        const QList<QColor> backgrounds = {Qt::white,
                                           Qt::black,
                                           QColor(0x1b, 0x1b, 0x1d),
                                           QColor(0x77, 0x77, 0x77),
                                           QColor(0x36, 0x70, 0xc8),
                                           QColor(0xff, 0xff, 0xe8)};
        const QList<QColor> wanted = {QColor(0x2e, 0x9e, 0x6a), QColor(0xc7, 0x7d, 0x1a), QColor(0x9a, 0x99, 0x96),
                                      QColor(0xff, 0xff, 0x00), QColor(0x10, 0x10, 0x40), QColor(0x80, 0x80, 0x80)};
        for (const QColor &background : backgrounds) {
            for (const QColor &color : wanted) {
                const QColor legible = contrast::legibleOn(color, background);
                QVERIFY2(contrast::ratio(legible, background) >= contrast::kMinimum,
                         qPrintable(color.name() + QStringLiteral(" on ") + background.name()));
            }
        }
        // and a colour that is legible already is kept as it is
        QCOMPARE(contrast::legibleOn(QColor(0x1c, 0x1b, 0x1a), Qt::white), QColor(0x1c, 0x1b, 0x1a));
    }

    void paintedWidgetsAreLegible_data()
    {
        QTest::addColumn<int>("theme");
        QTest::newRow("light") << int(AppSettings::Theme::Light);
        QTest::newRow("dark") << int(AppSettings::Theme::Dark);
    }

    void paintedWidgetsAreLegible()
    {
        QFETCH(int, theme);
        theme::applyTheme(AppSettings::Theme(theme));

        // An unchecked check box: its outline against the window
        QWidget holder;
        holder.setAutoFillBackground(true);
        auto *box = new QCheckBox(QStringLiteral("목표 달성"), &holder);
        box->move(10, 10);
        box->adjustSize();
        holder.resize(200, 60);
        holder.show();
        QVERIFY(QTest::qWaitForWindowExposed(&holder));
        QStyleOptionButton option;
        option.initFrom(box);
        const QRect indicator = box->style()->subElementRect(QStyle::SE_CheckBoxIndicator, &option, box);
        const QImage boxImage = box->grab().toImage();
        const double outline = strongestContrast(boxImage, indicator, holder.palette().color(QPalette::Window));
        QVERIFY2(outline >= contrast::kMinimum, qPrintable(describe("check box outline", outline)));

        // A year with a dropped and a carried goal, and an event without an area
        test::TempDatabase db;
        const Id year = *db.repos().years.create(2024);
        Goal goal;
        goal.yearId = year;
        goal.title = QStringLiteral("매일 러닝 30분 하기 Running every day");
        const Id dropped = *db.repos().goals.create(goal);
        QVERIFY(db.repos().goals.drop(dropped, QStringLiteral("무릎 부상")).ok());
        goal.title = QStringLiteral("논문 한 편 쓰기 Write a paper");
        const Id carried = *db.repos().goals.create(goal);
        QVERIFY(db.repos().goals.carryOver(carried, 2025).ok());
        Event event;
        event.yearId = year;
        event.title = QStringLiteral("이사 Moved");
        event.date = PartialDate::ofDay(2024, 3, 2);
        QVERIFY(db.repos().events.create(event).ok());

        MainWindow window(db.database());
        window.resize(1024, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openYear(year);

        // The goals board with each of them selected: title and status stay legible on the highlight
        window.yearPage()->setCurrentIndex(kGoalsTab);
        auto *board = window.yearPage()->currentWidget()->findChild<QTreeView *>(QStringLiteral("goalsView"));
        QVERIFY(board);
        QTRY_VERIFY(board->isVisible());
        for (int row = 0; row < board->model()->rowCount(); ++row) {
            for (int selected = 0; selected < 2; ++selected) {
                const QModelIndex title = board->model()->index(row, GoalsModel::TitleColumn);
                board->setCurrentIndex(selected ? title : QModelIndex());
                if (!selected)
                    board->clearSelection();
                QCoreApplication::processEvents();
                const QImage image = board->viewport()->grab().toImage();
                for (int column :
                     {int(GoalsModel::TitleColumn), int(GoalsModel::StatusColumn), int(GoalsModel::CheckColumn)}) {
                    const QRect cell = board->visualRect(board->model()->index(row, column))
                                               .intersected(image.rect())
                                               .adjusted(1, 1, -1, -1);
                    if (cell.isEmpty())
                        continue;
                    const double measured = strongestContrast(image, cell, dominantColor(image, cell));
                    QVERIFY2(measured >= contrast::kMinimum,
                             qPrintable(QStringLiteral("row %1 column %2 selected %3: %4:1")
                                                .arg(row)
                                                .arg(column)
                                                .arg(selected)
                                                .arg(measured, 0, 'f', 2)));
                }
            }
        }

        // The events timeline: the stripe of an event without an area can be seen on the card's base
        EventsPage *events = window.yearPage()->eventsPage();
        window.yearPage()->showPage(events);
        EventTimelineView *timeline = events->timeline();
        QTRY_VERIFY(timeline->isVisible());
        const QRect card = timeline->visualRect(events->filterModel()->index(0, 0));
        QVERIFY(card.isValid());
        const QImage timelineImage = timeline->viewport()->grab().toImage();
        const QColor stripe = timelineImage.pixelColor(card.left() + 2, card.center().y());
        const double stripeContrast = contrast::ratio(stripe, timeline->palette().color(QPalette::Base));
        QVERIFY2(stripeContrast >= contrast::kMinimum, qPrintable(describe("stripe without an area", stripeContrast)));
    }
    // The toolbar's drawn icons (used when the desktop has no icon theme, as here) and the overflow buttons' icons
    // the style gives toolbars and the menu bar: painted by a real tool button, each keeps 3:1 against the window
    // (WCAG's minimum for marks that are not text) in both palettes, and a disabled one is drawn fainter.
    void toolbarIconsAreLegible_data() { paintedWidgetsAreLegible_data(); }
    void toolbarIconsAreLegible()
    {
        QFETCH(int, theme);
        theme::applyTheme(AppSettings::Theme(theme));
        using drawnicon::Glyph;
        QList<std::pair<QString, QIcon>> icons;
        for (Glyph glyph :
             {Glyph::Previous, Glyph::Next, Glyph::Add, Glyph::NewEvent, Glyph::Undo, Glyph::Redo, Glyph::Find})
            icons.append({QStringLiteral("drawn toolbar icon %1").arg(int(glyph)), drawnicon::drawn(glyph)});
        for (QStyle::StandardPixmap overflow :
             {QStyle::SP_ToolBarHorizontalExtensionButton, QStyle::SP_ToolBarVerticalExtensionButton})
            icons.append({QStringLiteral("overflow icon %1").arg(int(overflow)),
                          QApplication::style()->standardIcon(overflow)});
        for (const auto &[name, icon] : std::as_const(icons)) {
            QWidget holder;
            holder.setAutoFillBackground(true);
            auto *button = new QToolButton(&holder);
            button->setAutoRaise(true);
            button->setIconSize(QSize(24, 24));
            button->setIcon(icon);
            button->adjustSize();
            holder.resize(80, 60);
            holder.show();
            QVERIFY(QTest::qWaitForWindowExposed(&holder));
            const QColor window = holder.palette().color(QPalette::Window);
            const QImage enabled = button->grab().toImage();
            const double measured = strongestContrast(enabled, enabled.rect(), window);
            QVERIFY2(measured >= 3.0, qPrintable(describe(qPrintable(name), measured)));
            button->setEnabled(false);
            const QImage disabled = button->grab().toImage();
            QVERIFY2(strongestContrast(disabled, disabled.rect(), window) < measured,
                     qPrintable(name + QStringLiteral(": a disabled icon looks the same as an enabled one")));
        }
    }
};

QTEST_MAIN(TestContrast)
#include "tst_contrast.moc"
