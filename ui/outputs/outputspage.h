// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "model/entities.h"

#include <QWidget>

class QButtonGroup;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QUndoStack;

namespace hoego {

class Journal;
struct Repositories;
class OutputsModel;
class PrivateToggle;

// The Outputs tab (issue 13): what the year produced, as a list under a strip of months with how many outputs
// each month has (a click shows that month only). Add, edit and delete are undo steps; pasting several lines
// adds one output per line (a list of URLs becomes outputs with their links). Rows drag onto a goal on the Goals
// tab to become its evidence.
class OutputsPage final : public QWidget
{
    Q_OBJECT

public:
    OutputsPage(Journal &journal, QUndoStack *undo, QWidget *parent = nullptr);

    void setYear(Id yearId);
    void reload();
    void setReadOnly(bool readOnly);
    // Selects the output (search hits); false when it is not in this year.
    bool showOutput(Id id);
    // Adds one output per line of `text` as one undo step; returns how many were added.
    int addFromText(const QString &text);
    OutputsModel *model() const { return m_model; }

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void updateStrip();
    void updateEnabled();
    void filterMonth(int month);
    const Output *current() const;
    void addOutput();
    void editOutput();
    void deleteOutput();
    void openLink();

    Repositories &m_repos;
    QUndoStack *m_undo;
    Id m_yearId = 0;
    int m_yearNumber = 0;
    bool m_readOnly = false;
    OutputsModel *m_model;
    QSortFilterProxyModel *m_filter;
    QButtonGroup *m_months;
    QLabel *m_summary;
    QTableView *m_view;
    QLabel *m_error;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_delete;
    QPushButton *m_open;
    PrivateToggle *m_private = nullptr;
};

} // namespace hoego
