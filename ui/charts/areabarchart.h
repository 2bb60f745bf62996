// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "model/entities.h"
#include "progress/yearprogress.h"

#include "chartviews.h"

#include <QChartView>

namespace hoego {

// Goals done by area as horizontal bars in each area's colour: a bar is done / counted goals (the rule of
// progress/goalcounts.h), and its label gives the same two numbers.
class AreaBarChart final : public QChartView, public charts::AreaBars
{
    Q_OBJECT
    Q_INTERFACES(hoego::charts::Chart)

public:
    explicit AreaBarChart(QWidget *parent = nullptr);
    QWidget *widget() override { return this; }
    QList<AccessibleItem> accessibleItems() const override;
    void setAreas(const QList<progress::AreaProgress> &progress, const QList<Area> &areas) override;

protected:
    // Draws again in the new palette as soon as this view has it.
    void changeEvent(QEvent *event) override;

private:
    QList<progress::AreaProgress> m_progress;
    QList<Area> m_areaList;
};

} // namespace hoego
