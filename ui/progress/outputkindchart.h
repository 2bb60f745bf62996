// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "progress/outputcounts.h"

#include <QChartView>
#include <QStringList>

namespace hoego {

// Outputs counted by kind over categories (issue 13): the months of a year, stacked by kind, or the years side
// by side ("posts per year, talks per year"). Each kind keeps its colour in every chart; the counts are also in
// the accessible description, for a screen reader.
class OutputKindChart final : public QChartView
{
    Q_OBJECT

public:
    enum class Layout { Stacked, Grouped };

    OutputKindChart(const QString &title, Layout layout, QWidget *parent = nullptr);
    // `kinds[i].counts` runs along `categories`.
    void setCounts(const QStringList &categories, const QList<progress::KindCounts> &kinds);
    // "Mar: 2 posts, 1 talk; Aug: 1 talk", the categories with nothing left out.
    QString valuesText() const;
    // "2 posts", "1 talk", "3 팟캐스트": a count of a kind inside a sentence (a user's kind as written).
    static QString countOf(int count, const QString &kind);

protected:
    void changeEvent(QEvent *event) override;

private:
    QString m_title;
    Layout m_layout;
    QStringList m_categories;
    QList<progress::KindCounts> m_kinds;
};

} // namespace hoego
