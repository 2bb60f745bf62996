// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include <QTreeView>

namespace hoego {

class YearListModel;

// The window's list of years beside the year page: the number, then the title across the rest.
class YearListView final : public QTreeView
{
    Q_OBJECT

public:
    explicit YearListView(YearListModel *model, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    // Years have four digits, so the number column is as wide as four digits (or its heading) in the current font.
    // Fitting it to its contents instead measured every row each time the layout changed: about 3% of a start
    // with 30 years.
    void fitNumberColumn();
};

} // namespace hoego
