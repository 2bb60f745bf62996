// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "model/entities.h"

#include <QDialog>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;
class QWidget;

namespace hoego {

struct Repositories;

// What closing a year decided; the board applies it as one undoable step.
struct CloseYearPlan
{
    enum class Choice { Leave, Carry, Drop };
    struct GoalChoice
    {
        Id goalId = 0;
        Choice choice = Choice::Leave;
        QString reason; // for Drop
    };
    Id yearId = 0;
    int nextYearNumber = 0;
    QList<GoalChoice> goals;
    QStringList lessons;
    QList<UnfinishedItem> unfinished;
};

// Walks every open goal of a year, one at a time: carry it to the next year, drop it with a reason, or leave it
// open; lessons and unfinished items can be written on the way. Nothing is stored until Finish; the caller
// opens it with open() and reads plan() on accepted().
class CloseYearDialog final : public QDialog
{
    Q_OBJECT

public:
    CloseYearDialog(const Repositories &repos, Id yearId, QWidget *parent = nullptr);

    CloseYearPlan plan() const;
    int goalCount() const { return int(m_goals.size()); }

private:
    void showStep(int index);
    void storeChoice();
    void addLesson();
    void addUnfinished();
    void updateEnabled();

    CloseYearPlan m_plan;
    QList<Goal> m_goals;
    int m_index = 0;

    QLabel *m_step = nullptr;
    QWidget *m_goalBox = nullptr;
    QLabel *m_goalTitle = nullptr;
    QLabel *m_goalProgress = nullptr;
    QButtonGroup *m_choices = nullptr;
    QRadioButton *m_carry = nullptr;
    QRadioButton *m_drop = nullptr;
    QRadioButton *m_leave = nullptr;
    QLineEdit *m_reason = nullptr;
    QLineEdit *m_lesson = nullptr;
    QPushButton *m_addLesson = nullptr;
    QLineEdit *m_unfinished = nullptr;
    QPushButton *m_addUnfinished = nullptr;
    QListWidget *m_notes = nullptr;
    QPushButton *m_back = nullptr;
    QPushButton *m_next = nullptr;
    QPushButton *m_finish = nullptr;
};

} // namespace hoego
