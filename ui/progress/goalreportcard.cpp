// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "goalreportcard.h"

#include "goalreportmodel.h"
#include "goals/goalcommands.h"
#include "storage/repositories.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QSet>
#include <QStyle>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace hoego {

GoalReportCard::GoalReportCard(Repositories &repos, QUndoStack *undo, QWidget *parent)
    : QWidget(parent)
    , m_repos(repos)
    , m_undo(undo)
    , m_heading(new QLabel(tr("Goals at a glance"), this))
    , m_error(new QLabel(this))
    , m_empty(new QLabel(tr("No goals set for this year yet."), this))
    , m_view(new QTreeView(this))
    , m_model(new GoalReportModel(this))
{
    setObjectName(QStringLiteral("goalReportCard"));
    setAccessibleName(tr("Goals at a glance"));

    m_heading->setObjectName(QStringLiteral("goalReportHeading"));
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.15);
    m_heading->setFont(headingFont);
    m_error->setObjectName(QStringLiteral("goalReportError"));
    m_error->setWordWrap(true);
    m_error->hide();
    m_empty->setObjectName(QStringLiteral("goalReportEmpty"));
    m_empty->setWordWrap(true);
    m_empty->hide();

    m_view->setObjectName(QStringLiteral("goalReportView"));
    m_view->setAccessibleName(tr("The year's goals by area"));
    m_view->setAccessibleDescription(tr("Enter opens a goal on the Goals tab; Space checks off a goal with a box."));
    m_view->setToolTip(m_view->accessibleDescription());
    m_view->setModel(m_model);
    m_view->setHeaderHidden(true);
    m_view->setRootIsDecorated(false);
    m_view->setItemsExpandable(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(GoalReportModel::GoalColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(GoalReportModel::DetailColumn, QHeaderView::Fixed);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->installEventFilter(this);
    m_view->viewport()->installEventFilter(this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_error);
    layout->addWidget(m_empty);
    layout->addWidget(m_view, 1);

    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        if (const Id goalId = index.data(GoalReportModel::GoalIdRole).value<Id>(); goalId != 0)
            emit goalActivated(goalId);
    });
    connect(m_model, &GoalReportModel::checkRequested, this, [this](Id goalId, bool done) {
        m_error->hide();
        // The card shows a refused check in place; a stored one comes back through the change feed.
        if (const Status stored = pushShownInPage(m_undo, new CheckGoalCommand(m_repos, goalId, done)); !stored.ok())
            showError(stored.error().message);
    });
    // The model resets on every read: keep the rows open and the keyboard where it was.
    connect(m_model, &QAbstractItemModel::modelReset, m_view, &QTreeView::expandAll);
    const auto refit = [this] {
        m_detailWidth = -1;
        fitColumns();
    };
    connect(m_model, &QAbstractItemModel::modelReset, this, refit);
    connect(m_model, &QAbstractItemModel::dataChanged, this, refit);
    connect(m_model, &QAbstractItemModel::modelReset, this, &GoalReportCard::fitHeight);
}

void GoalReportCard::setYear(Id yearId)
{
    if (yearId != m_yearId)
        m_error->hide();
    m_yearId = yearId;
    reload();
}

void GoalReportCard::reload()
{
    QList<Goal> goals;
    QList<Area> areas;
    QHash<Id, int> carriedTo;
    if (m_yearId != 0) {
        auto loaded = m_repos.goals.forYear(m_yearId);
        auto allAreas = m_repos.areas.all();
        auto carried = m_repos.goals.carriedToYears(m_yearId);
        for (const Status &status : {Status(loaded), Status(allAreas), Status(carried)}) {
            if (!status.ok()) {
                showError(status.error().message);
                return;
            }
        }
        goals = loaded.value();
        areas = allAreas.value();
        carriedTo = carried.value();
    }
    const Id current = m_view->currentIndex().data(GoalReportModel::GoalIdRole).value<Id>();
    m_counts = progress::countGoals(goals);
    m_model->setGoals(goals, areas, carriedTo);
    if (const QModelIndex again = m_model->indexOfGoal(current); again.isValid())
        m_view->setCurrentIndex(again);
    m_empty->setVisible(goals.isEmpty());
    m_view->setVisible(!goals.isEmpty());
}

void GoalReportCard::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_model->setReadOnly(readOnly);
}

void GoalReportCard::setHeadingVisible(bool visible)
{
    m_heading->setVisible(visible);
}

void GoalReportCard::setFitToContents(bool fit)
{
    m_fitToContents = fit;
    // The card then grows no taller than its lines, leaving the rest of the page to what follows it.
    layout()->setSizeConstraint(fit ? QLayout::SetMinAndMaxSize : QLayout::SetDefaultConstraint);
    fitHeight();
}

void GoalReportCard::fitHeight()
{
    if (!m_fitToContents) {
        m_view->setMaximumHeight(QWIDGETSIZE_MAX);
        return;
    }
    int rows = m_model->rowCount();
    for (int area = 0; area < m_model->rowCount(); ++area)
        rows += m_model->rowCount(m_model->index(area, 0));
    // Every line is one text line or one check box high (uniform rows), plus the view's frame.
    const int line = std::max(m_view->fontMetrics().height(),
                              m_view->style()->pixelMetric(QStyle::PM_IndicatorHeight, nullptr, m_view))
            + 6;
    m_view->setMaximumHeight(std::max(rows, 1) * line + 2 * m_view->frameWidth() + 4);
}

void GoalReportCard::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

void GoalReportCard::fitColumns()
{
    if (m_detailWidth < 0)
        m_detailWidth = detailTextWidth();
    const int available = m_view->viewport()->width();
    m_view->header()->resizeSection(GoalReportModel::DetailColumn, std::min(m_detailWidth, available * 45 / 100));
}

int GoalReportCard::detailTextWidth() const
{
    QFont bold = m_view->font();
    bold.setBold(true);
    const QFontMetrics plainMetrics(m_view->font());
    const QFontMetrics boldMetrics(bold);
    // Many goals share a text ("Not started", "3/4"): each is measured once.
    QSet<QString> plain;
    QSet<QString> areas;
    for (int area = 0; area < m_model->rowCount(); ++area) {
        const QModelIndex parent = m_model->index(area, 0);
        areas.insert(m_model->index(area, GoalReportModel::DetailColumn).data().toString());
        for (int row = 0; row < m_model->rowCount(parent); ++row)
            plain.insert(m_model->index(row, GoalReportModel::DetailColumn, parent).data().toString());
    }
    int wanted = 0;
    for (const QString &text : std::as_const(areas))
        wanted = std::max(wanted, boldMetrics.horizontalAdvance(text));
    for (const QString &text : std::as_const(plain))
        wanted = std::max(wanted, plainMetrics.horizontalAdvance(text));
    return wanted + 2 * m_view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_view) + 8;
}

bool GoalReportCard::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    if (watched == m_view && (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)) {
        m_detailWidth = -1;
        fitColumns();
    }
    // Space ticks the current goal's box wherever the focus sits on its row, as on the goals board.
    if (watched == m_view && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Space) {
        const QModelIndex box = m_view->currentIndex().siblingAtColumn(GoalReportModel::GoalColumn);
        if (box.flags() & Qt::ItemIsUserCheckable) {
            const bool done = box.data(Qt::CheckStateRole).value<Qt::CheckState>() == Qt::Checked;
            m_model->setData(box, done ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace hoego
