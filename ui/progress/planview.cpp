// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "planview.h"

#include "common/contrast.h"
#include "planmodel.h"

#include <QDesktopServices>
#include <QEvent>
#include <QFontMetrics>
#include <QHeaderView>
#include <QLabel>
#include <QStyle>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace hoego {

PlanView::PlanView(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_empty(new QLabel(this))
    , m_view(new QTreeView(this))
    , m_model(new PlanModel(this))
{
    setObjectName(QStringLiteral("planView"));
    setAccessibleName(tr("Plan against actual"));
    m_summary->setObjectName(QStringLiteral("planSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_empty->setObjectName(QStringLiteral("planEmpty"));
    m_empty->setWordWrap(true);
    m_empty->hide();

    m_view->setObjectName(QStringLiteral("planTree"));
    m_view->setAccessibleName(tr("The year's goals: planned against what happened"));
    m_view->setAccessibleDescription(
            tr("Under each goal its evidence. Enter opens a goal on the Goals tab and an output's link in the "
               "browser."));
    m_view->setModel(m_model);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setAlternatingRowColors(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setTextElideMode(Qt::ElideRight);
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(PlanModel::GoalColumn, QHeaderView::Stretch);
    header->setMinimumSectionSize(60);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_empty);
    layout->addWidget(m_view, 1);

    connect(m_view, &QTreeView::activated, this, &PlanView::activate);
    updateWarningColor();
}

void PlanView::setPlan(const progress::PlanAgainstActual &plan)
{
    m_model->setPlan(plan);
    m_view->expandAll();
    fitColumns();
    m_summary->setText(summaryText());
    m_empty->setText(tr("No goals planned for %1 yet.").arg(plan.yearNumber));
    m_empty->setVisible(plan.rows.isEmpty());
    m_view->setVisible(!plan.rows.isEmpty());
    m_view->setAccessibleDescription(summaryText());
}

void PlanView::fitColumns()
{
    // The columns after the title take what their text needs, within reason; the title keeps the rest. Measured
    // here over every row (the view measures only the rows on screen, none while it is hidden).
    const int padding = 2 * m_view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_view) + 16;
    QList<int> widths(PlanModel::ColumnCount, 0);
    const auto measure = [&](const QModelIndex &index) {
        const QFont font
                = index.data(Qt::FontRole).isValid() ? index.data(Qt::FontRole).value<QFont>() : m_view->font();
        const int width = QFontMetrics(font).horizontalAdvance(index.data().toString()) + padding;
        widths[index.column()] = std::max(widths[index.column()], width);
    };
    for (int row = 0; row < m_model->rowCount(); ++row) {
        for (int column = PlanModel::PlannedColumn; column < PlanModel::ColumnCount; ++column) {
            const QModelIndex goal = m_model->index(row, column);
            measure(goal);
            for (int child = 0; child < m_model->rowCount(m_model->index(row, 0)); ++child)
                measure(m_model->index(child, column, m_model->index(row, 0)));
        }
    }
    for (int column = PlanModel::PlannedColumn; column < PlanModel::ColumnCount; ++column) {
        const int header = QFontMetrics(m_view->header()->font())
                                   .horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString())
                + padding;
        // Where a goal came from is read in full; what happened (a drop reason can be long) is cut short.
        const int most = column == PlanModel::PlannedColumn ? 260 : 200;
        m_view->setColumnWidth(column, std::clamp(std::max(widths[column], header), 60, most));
    }
}

QString PlanView::summaryText() const
{
    const progress::PlanAgainstActual &plan = m_model->plan();
    if (plan.rows.isEmpty())
        return {};
    return plannedLine(plan.summary, plan.yearNumber) + QLatin1Char('\n') + actualLine(plan.summary);
}

QString PlanView::plannedLine(const progress::PlanSummary &summary, int yearNumber)
{
    QString line = tr("%n goal(s) planned for %1", nullptr, summary.planned).arg(yearNumber);
    QStringList parts;
    if (summary.setForYear > 0)
        parts << tr("%n set for the year", nullptr, summary.setForYear);
    if (summary.carried > 0) {
        QString carried = tr("%n carried from earlier years", nullptr, summary.carried);
        if (summary.carriedAgainAndAgain > 0)
            carried += QLatin1Char(' ') + tr("(%n of them again and again)", nullptr, summary.carriedAgainAndAgain);
        parts << carried;
    }
    return parts.isEmpty() ? line : tr("%1: %2.").arg(line, parts.join(QStringLiteral(", ")));
}

QString PlanView::actualLine(const progress::PlanSummary &summary)
{
    QStringList done;
    if (summary.newGoals.total() > 0)
        done << tr("%1 of %2 set for the year").arg(summary.newGoals.done).arg(summary.newGoals.total());
    if (summary.carriedGoals.total() > 0)
        done << tr("%1 of %2 carried").arg(summary.carriedGoals.done).arg(summary.carriedGoals.total());
    QString line = done.isEmpty() ? tr("No goals counted.") : tr("Done: %1.").arg(done.join(QStringLiteral(" · ")));
    if (summary.withEvidence > 0) {
        QStringList evidence;
        if (summary.outputs > 0)
            evidence << tr("%n output(s)", nullptr, summary.outputs);
        if (summary.events > 0)
            evidence << tr("%n event(s)", nullptr, summary.events);
        line += QLatin1Char(' ')
                + tr("%n goal(s) with evidence: %1.", nullptr, summary.withEvidence)
                          .arg(evidence.join(QStringLiteral(", ")));
    }
    return line;
}

void PlanView::activate(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const QString source = index.data(PlanModel::SourceRole).toString();
    if (source.isEmpty()) {
        emit goalActivated(index.data(PlanModel::GoalIdRole).value<Id>());
        return;
    }
    const QUrl link = index.data(PlanModel::LinkRole).toUrl();
    if (!link.isEmpty())
        QDesktopServices::openUrl(link);
    else
        emit itemActivated(source, index.data(PlanModel::SourceIdRole).value<Id>());
}

void PlanView::updateWarningColor()
{
    // An amber that keeps 4.5:1 on the view's background in the light and the dark palette.
    const QColor base = palette().color(QPalette::Base);
    const QColor amber = base.lightness() < 128 ? QColor(0xFF, 0xB3, 0x47) : QColor(0xB2, 0x4A, 0x00);
    m_model->setWarningColor(contrast::legibleOn(amber, base));
}

void PlanView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateWarningColor();
}

} // namespace hoego
