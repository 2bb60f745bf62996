// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "model/ids.h"

#include <QFrame>

class QListView;
class QMenu;
class QToolButton;

namespace hoego {

class YearTimelineModel;

// The strip of years across the top of the window: oldest on the left, the open year selected, a "+" to add
// the next or an earlier year. Moving the selection (mouse or arrow keys) opens that year.
class YearTimeline final : public QFrame
{
    Q_OBJECT

public:
    explicit YearTimeline(YearTimelineModel *model, QWidget *parent = nullptr);

    // Selects the year without announcing it (the window already opened it).
    void setCurrentYear(Id yearId);
    Id currentYear() const;
    // The year before/after the open one; 0 at either end.
    Id previousYear() const;
    Id nextYear() const;
    void setAddEnabled(bool enabled);
    QListView *view() const { return m_view; }

signals:
    void yearActivated(Id yearId);
    void addYearRequested(int number);
    // "Other Year…": the window asks for the number.
    void addOtherYearRequested();

private:
    Id neighbour(int step) const;
    void fillAddMenu();

    YearTimelineModel *m_model;
    QListView *m_view;
    QToolButton *m_addButton;
    QMenu *m_addMenu;
    bool m_announce = true;
};

} // namespace hoego
