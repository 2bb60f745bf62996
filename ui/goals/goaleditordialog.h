// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "model/entities.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace hoego {

// Adds or edits a goal: title, area, kind, target (count goals) and notes; a new milestone goal can list its
// steps, one per line. The caller opens it with open() and reads goal() on accepted().
class GoalEditorDialog final : public QDialog
{
    Q_OBJECT

public:
    GoalEditorDialog(const QList<Area> &areas, QWidget *parent = nullptr);

    // Edits an existing goal (its steps are then edited in the board's details panel).
    void setGoal(const Goal &goal);
    Goal goal() const;

private:
    void updateForKind();
    void updateAcceptable();

    Goal m_goal;
    bool m_editing = false;
    QLineEdit *m_title = nullptr;
    QComboBox *m_area = nullptr;
    QComboBox *m_kind = nullptr;
    QLabel *m_targetLabel = nullptr;
    QSpinBox *m_target = nullptr;
    QLabel *m_milestonesLabel = nullptr;
    QPlainTextEdit *m_milestones = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QCheckBox *m_private = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace hoego
