// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "yearlistview.h"

#include "yearlistmodel.h"

#include <QEvent>
#include <QHeaderView>

#include <algorithm>

namespace hoego {

YearListView::YearListView(YearListModel *model, QWidget *parent)
    : QTreeView(parent)
{
    setObjectName(QStringLiteral("yearList"));
    setAccessibleName(tr("Years"));
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setModel(model);
    setColumnHidden(YearListModel::EventsColumn, true); // the timeline shows the counts
    setColumnHidden(YearListModel::GoalsColumn, true);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(YearListModel::NumberColumn, QHeaderView::Fixed);
    header()->setSectionResizeMode(YearListModel::TitleColumn, QHeaderView::Stretch);
    setMinimumWidth(150);
    fitNumberColumn();
}

void YearListView::changeEvent(QEvent *event)
{
    QTreeView::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        fitNumberColumn();
}

void YearListView::fitNumberColumn()
{
    // The style pads an item's text by its focus frame margin plus one on each side; a little more keeps the
    // digits clear of the column's edge.
    const int padding = 2 * (style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, this) + 1) + 6;
    const int digits = fontMetrics().horizontalAdvance(QStringLiteral("0000")) + padding;
    header()->resizeSection(YearListModel::NumberColumn,
                            std::max(digits, header()->sectionSizeHint(YearListModel::NumberColumn)));
}

} // namespace hoego
