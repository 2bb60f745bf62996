// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "chartviews.h"

#include <QChartView>
#include <QStringList>

namespace hoego {

// Outputs counted by kind over categories (issue 13): the months of a year, stacked by kind, or the years side
// by side ("posts per year, talks per year"). Each kind keeps its colour in every chart; the counts are also in
// the accessible description, for a screen reader.
class OutputKindChart final : public QChartView, public charts::KindBars
{
    Q_OBJECT
    Q_INTERFACES(hoego::charts::Chart)

public:
    OutputKindChart(const QString &title, Layout layout, QWidget *parent = nullptr);
    QWidget *widget() override { return this; }
    QList<AccessibleItem> accessibleItems() const override;
    // `kinds[i].counts` runs along `categories`.
    void setCounts(const QStringList &categories, const QList<charts::KindSeries> &kinds,
                   const QString &description) override;

protected:
    void changeEvent(QEvent *event) override;

private:
    QString m_title;
    Layout m_layout;
    QStringList m_categories;
    QList<charts::KindSeries> m_kinds;
    QString m_description;
};

} // namespace hoego
