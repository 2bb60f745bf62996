// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "yeartimeline.h"

#include "common/drawnicon.h"
#include "model/partialdate.h"
#include "yeartimelinedelegate.h"
#include "yeartimelinemodel.h"

#include <QDate>
#include <QHBoxLayout>
#include <QListView>
#include <QMenu>
#include <QScrollBar>
#include <QToolButton>

namespace hoego {

YearTimeline::YearTimeline(YearTimelineModel *model, QWidget *parent)
    : QFrame(parent)
    , m_model(model)
    , m_view(new QListView(this))
    , m_addButton(new QToolButton(this))
    , m_addMenu(new QMenu(this))
{
    setObjectName(QStringLiteral("yearTimelineStrip"));
    setFrameShape(QFrame::NoFrame);
    setBackgroundRole(QPalette::Window);

    m_view->setObjectName(QStringLiteral("yearTimeline"));
    m_view->setAccessibleName(tr("Timeline of years"));
    m_view->setAccessibleDescription(tr("Every year, oldest first; choose one to open it"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new YearTimelineDelegate(m_view));
    m_view->setViewMode(QListView::ListMode);
    m_view->setFlow(QListView::LeftToRight);
    m_view->setWrapping(false);
    m_view->setUniformItemSizes(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setMouseTracking(true);
    m_view->viewport()->setAutoFillBackground(false);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    const QSize card = m_view->itemDelegate()->sizeHint(QStyleOptionViewItem(), QModelIndex());
    m_view->setFixedHeight(card.height() + m_view->horizontalScrollBar()->sizeHint().height() + 4);

    m_addButton->setObjectName(QStringLiteral("addYearButton"));
    m_addButton->setText(tr("+"));
    m_addButton->setToolTip(tr("Add a year"));
    m_addButton->setAccessibleName(tr("Add a year"));
    m_addButton->setPopupMode(QToolButton::InstantPopup);
    // The toolbar's Add Year icon: the same sign for the same action, and no larger font loaded for one glyph.
    m_addButton->setIcon(drawnicon::themedOrDrawn(QStringLiteral("list-add"), drawnicon::Glyph::Add));
    m_addButton->setIconSize(QSize(24, 24));
    m_addButton->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_addButton->setAutoRaise(true);
    m_addButton->setFixedSize(card.height() - 12, card.height() - 12);
    m_addButton->setMenu(m_addMenu);
    m_addMenu->setObjectName(QStringLiteral("addYearMenu"));
    connect(m_addMenu, &QMenu::aboutToShow, this, &YearTimeline::fillAddMenu);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->setSpacing(6);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_addButton, 0, Qt::AlignVCenter);
    layout->addStretch(0);
    // The "+" sits right after the last year rather than at the far edge of the window.
    const auto fitWidth = [this] {
        const int cardWidth = m_view->itemDelegate()->sizeHint(QStyleOptionViewItem(), QModelIndex()).width();
        m_view->setMaximumWidth(std::max(cardWidth, m_model->rowCount() * cardWidth + 2 * m_view->frameWidth() + 2));
    };
    connect(m_model, &QAbstractItemModel::modelReset, this, fitWidth);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, fitWidth);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, fitWidth);
    fitWidth();

    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        if (m_announce && current.isValid())
            emit yearActivated(m_model->yearIdAt(current.row()));
    });
    // A screen reader's "select" (AT-SPI Toggle on a year) selects without moving the current row: make the
    // selected year current so it opens as a click would. Queued, so a click or a key has set its current row
    // by then and nothing happens twice.
    connect(
            m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] {
                const QModelIndexList selected = m_view->selectionModel()->selectedIndexes();
                if (selected.size() == 1 && selected.constFirst() != m_view->currentIndex())
                    m_view->selectionModel()->setCurrentIndex(selected.constFirst(), QItemSelectionModel::NoUpdate);
            },
            Qt::QueuedConnection);
    // A click on the already selected year opens it too (e.g. after a reload cleared the page).
    connect(m_view, &QListView::clicked, this,
            [this](const QModelIndex &index) { emit yearActivated(m_model->yearIdAt(index.row())); });
    // A reset forgets the current row; the window puts it back with setCurrentYear.
    fillAddMenu();
}

void YearTimeline::fillAddMenu()
{
    m_addMenu->clear();
    const int rows = m_model->rowCount();
    if (rows > 0) {
        const int next = m_model->yearNumberAt(rows - 1) + 1;
        const int earlier = m_model->yearNumberAt(0) - 1;
        QAction *addNext = m_addMenu->addAction(tr("Add %1 (after the last year)").arg(next));
        addNext->setObjectName(QStringLiteral("addNextYearAction"));
        addNext->setEnabled(next <= kMaxYear);
        connect(addNext, &QAction::triggered, this, [this, next] { emit addYearRequested(next); });
        QAction *addEarlier = m_addMenu->addAction(tr("Add %1 (before the first year)").arg(earlier));
        addEarlier->setObjectName(QStringLiteral("addEarlierYearAction"));
        addEarlier->setEnabled(earlier >= kMinYear);
        connect(addEarlier, &QAction::triggered, this, [this, earlier] { emit addYearRequested(earlier); });
    } else {
        const int thisYear = QDate::currentDate().year();
        QAction *addThis = m_addMenu->addAction(tr("Add %1").arg(thisYear));
        connect(addThis, &QAction::triggered, this, [this, thisYear] { emit addYearRequested(thisYear); });
    }
    m_addMenu->addSeparator();
    QAction *other = m_addMenu->addAction(tr("Other Year…"));
    other->setObjectName(QStringLiteral("addOtherYearAction"));
    connect(other, &QAction::triggered, this, &YearTimeline::addOtherYearRequested);
}

void YearTimeline::setCurrentYear(Id yearId)
{
    const QModelIndex index = m_model->indexOfYear(yearId);
    m_announce = false;
    if (index.isValid()) {
        m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
        m_view->scrollTo(index);
    } else {
        m_view->selectionModel()->clear();
    }
    m_announce = true;
}

Id YearTimeline::currentYear() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_model->yearIdAt(current.row()) : 0;
}

Id YearTimeline::neighbour(int step) const
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return 0;
    return m_model->yearIdAt(current.row() + step);
}

Id YearTimeline::previousYear() const
{
    return neighbour(-1);
}

Id YearTimeline::nextYear() const
{
    return neighbour(1);
}

void YearTimeline::setAddEnabled(bool enabled)
{
    m_addButton->setEnabled(enabled);
}

} // namespace hoego
