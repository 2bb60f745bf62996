// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "model/ids.h"
#include "search/searchservice.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListView;
class QTimer;

namespace hoego {

class Journal;
class SearchResultsModel;

// Search across all years: results appear while typing, grouped by year and kind with the matched words
// highlighted; Enter or a double-click asks to open the item and closes the dialog.
class SearchDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit SearchDialog(const Journal &journal, QWidget *parent = nullptr);

    // Runs the search now (instead of after the typing pause), e.g. when opened with a query.
    void search(const QString &text);
    SearchResultsModel *model() const { return m_model; }

signals:
    void openRequested(Id yearId, const QString &kind, Id itemId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void runSearch();
    void openRow(int row);
    void moveSelection(int step);

    SearchService m_service;
    QLineEdit *m_field;
    QListView *m_results;
    QLabel *m_status;
    SearchResultsModel *m_model;
    QTimer *m_debounce;
};

} // namespace hoego
