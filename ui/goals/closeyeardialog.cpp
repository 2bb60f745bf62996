// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "closeyeardialog.h"

#include "progress/goalprogress.h"
#include "storage/repositories.h"
#include "validation.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace hoego {
namespace {

template<typename Widget>
Widget *named(Widget *widget, const QString &name, const QString &accessible)
{
    widget->setObjectName(name);
    widget->setAccessibleName(accessible);
    return widget;
}

} // namespace

CloseYearDialog::CloseYearDialog(const Repositories &repos, Id yearId, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("closeYearDialog"));
    m_plan.yearId = yearId;
    int yearNumber = 0;
    if (auto year = repos.years.get(yearId); year.ok())
        yearNumber = year->number;
    m_plan.nextYearNumber = yearNumber + 1;
    if (auto goals = repos.goals.forYear(yearId); goals.ok()) {
        for (const Goal &goal : goals.value()) {
            if (goal.status == GoalStatus::Open) {
                m_goals << goal;
                m_plan.goals << CloseYearPlan::GoalChoice{goal.id, CloseYearPlan::Choice::Leave, {}};
            }
        }
    }
    setWindowTitle(tr("Close the Year %1").arg(yearNumber));
    setAccessibleName(windowTitle());

    m_step = named(new QLabel(this), QStringLiteral("closeYearStep"), tr("Step"));
    QFont stepFont = m_step->font();
    stepFont.setBold(true);
    m_step->setFont(stepFont);

    m_goalBox = new QGroupBox(tr("Goal not done"), this);
    m_goalTitle = named(new QLabel(m_goalBox), QStringLiteral("closeYearGoalTitle"), tr("Goal"));
    m_goalTitle->setWordWrap(true);
    QFont titleFont = m_goalTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_goalTitle->setFont(titleFont);
    m_goalProgress = named(new QLabel(m_goalBox), QStringLiteral("closeYearGoalProgress"), tr("Progress"));
    m_goalProgress->setForegroundRole(QPalette::PlaceholderText);
    m_carry = named(new QRadioButton(tr("&Carry it to %1").arg(m_plan.nextYearNumber), m_goalBox),
                    QStringLiteral("closeYearCarry"), tr("Carry to the next year"));
    m_drop = named(new QRadioButton(tr("&Drop it"), m_goalBox), QStringLiteral("closeYearDrop"), tr("Drop"));
    m_leave = named(new QRadioButton(tr("&Leave it open"), m_goalBox), QStringLiteral("closeYearLeave"),
                    tr("Leave open"));
    m_choices = new QButtonGroup(this);
    m_choices->addButton(m_leave, int(CloseYearPlan::Choice::Leave));
    m_choices->addButton(m_carry, int(CloseYearPlan::Choice::Carry));
    m_choices->addButton(m_drop, int(CloseYearPlan::Choice::Drop));
    m_reason = named(new QLineEdit(m_goalBox), QStringLiteral("closeYearDropReason"), tr("Reason for dropping"));
    m_reason->setPlaceholderText(tr("Why? (kept with the goal)"));
    m_reason->setMaxLength(validation::kMaxTitleLength);
    auto *dropRow = new QHBoxLayout;
    dropRow->addWidget(m_drop);
    dropRow->addWidget(m_reason, 1);
    auto *goalLayout = new QVBoxLayout(m_goalBox);
    goalLayout->addWidget(m_goalTitle);
    goalLayout->addWidget(m_goalProgress);
    goalLayout->addWidget(m_carry);
    goalLayout->addLayout(dropRow);
    goalLayout->addWidget(m_leave);

    auto *notesBox = new QGroupBox(tr("On the way"), this);
    m_lesson = named(new QLineEdit(notesBox), QStringLiteral("closeYearLessonEdit"), tr("Lesson"));
    m_lesson->setPlaceholderText(tr("A lesson from this year…"));
    m_addLesson = named(new QPushButton(tr("Add Lesson"), notesBox), QStringLiteral("closeYearAddLesson"),
                        tr("Add lesson"));
    m_unfinished = named(new QLineEdit(notesBox), QStringLiteral("closeYearUnfinishedEdit"), tr("Unfinished item"));
    m_unfinished->setPlaceholderText(tr("Something left unfinished…"));
    m_addUnfinished = named(new QPushButton(tr("Add Unfinished"), notesBox), QStringLiteral("closeYearAddUnfinished"),
                            tr("Add unfinished item"));
    m_notes = named(new QListWidget(notesBox), QStringLiteral("closeYearNotes"), tr("Added lessons and items"));
    m_notes->setMaximumHeight(90);
    auto *notesForm = new QFormLayout(notesBox);
    auto *lessonRow = new QHBoxLayout;
    lessonRow->addWidget(m_lesson, 1);
    lessonRow->addWidget(m_addLesson);
    auto *unfinishedRow = new QHBoxLayout;
    unfinishedRow->addWidget(m_unfinished, 1);
    unfinishedRow->addWidget(m_addUnfinished);
    notesForm->addRow(tr("Lesson:"), lessonRow);
    notesForm->addRow(tr("Unfinished:"), unfinishedRow);
    notesForm->addRow(m_notes);

    m_back = named(new QPushButton(tr("< &Back"), this), QStringLiteral("closeYearBack"), tr("Back"));
    m_next = named(new QPushButton(tr("&Next >"), this), QStringLiteral("closeYearNext"), tr("Next"));
    m_finish = named(new QPushButton(tr("&Finish"), this), QStringLiteral("closeYearFinish"), tr("Finish"));
    auto *cancel = named(new QPushButton(tr("Cancel"), this), QStringLiteral("closeYearCancel"), tr("Cancel"));
    m_next->setDefault(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(cancel);
    buttons->addStretch();
    buttons->addWidget(m_back);
    buttons->addWidget(m_next);
    buttons->addWidget(m_finish);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_step);
    layout->addWidget(m_goalBox);
    layout->addWidget(notesBox);
    layout->addLayout(buttons);

    connect(m_choices, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked)
            storeChoice();
    });
    connect(m_reason, &QLineEdit::textEdited, this, [this] {
        m_drop->setChecked(true);
        storeChoice();
    });
    connect(m_lesson, &QLineEdit::returnPressed, this, &CloseYearDialog::addLesson);
    connect(m_addLesson, &QPushButton::clicked, this, &CloseYearDialog::addLesson);
    connect(m_unfinished, &QLineEdit::returnPressed, this, &CloseYearDialog::addUnfinished);
    connect(m_addUnfinished, &QPushButton::clicked, this, &CloseYearDialog::addUnfinished);
    connect(m_lesson, &QLineEdit::textChanged, this, &CloseYearDialog::updateEnabled);
    connect(m_unfinished, &QLineEdit::textChanged, this, &CloseYearDialog::updateEnabled);
    connect(m_back, &QPushButton::clicked, this, [this] { showStep(m_index - 1); });
    connect(m_next, &QPushButton::clicked, this, [this] { showStep(m_index + 1); });
    connect(m_finish, &QPushButton::clicked, this, &QDialog::accept);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);

    showStep(0);
    resize(560, sizeHint().height());
}

CloseYearPlan CloseYearDialog::plan() const
{
    return m_plan;
}

void CloseYearDialog::showStep(int index)
{
    m_index = qBound(0, index, qMax(0, int(m_goals.size()) - 1));
    m_goalBox->setVisible(!m_goals.isEmpty());
    if (m_goals.isEmpty()) {
        m_step->setText(tr("Every goal of this year is done or decided. Add lessons or unfinished items, then "
                           "finish."));
        updateEnabled();
        return;
    }
    m_step->setText(tr("Goal %1 of %2").arg(m_index + 1).arg(m_goals.size()));
    const Goal &goal = m_goals[m_index];
    const CloseYearPlan::GoalChoice &choice = m_plan.goals[m_index];
    m_goalTitle->setText(goal.title);
    m_goalProgress->setText(tr("Progress: %1").arg(progress::label(goal)));
    m_choices->blockSignals(true);
    m_choices->button(int(choice.choice))->setChecked(true);
    m_choices->blockSignals(false);
    m_reason->setText(choice.reason);
    updateEnabled();
}

void CloseYearDialog::storeChoice()
{
    if (m_goals.isEmpty())
        return;
    CloseYearPlan::GoalChoice &choice = m_plan.goals[m_index];
    choice.choice = CloseYearPlan::Choice(m_choices->checkedId());
    choice.reason = choice.choice == CloseYearPlan::Choice::Drop ? m_reason->text().trimmed() : QString();
    updateEnabled();
}

void CloseYearDialog::addLesson()
{
    const QString text = m_lesson->text().trimmed();
    if (text.isEmpty())
        return;
    m_plan.lessons << text;
    m_notes->addItem(tr("Lesson: %1").arg(text));
    m_lesson->clear();
}

void CloseYearDialog::addUnfinished()
{
    const QString text = m_unfinished->text().trimmed();
    if (text.isEmpty())
        return;
    UnfinishedItem item;
    item.yearId = m_plan.yearId;
    item.text = text;
    if (!m_goals.isEmpty())
        item.goalId = m_goals[m_index].id;
    m_plan.unfinished << item;
    m_notes->addItem(tr("Unfinished: %1").arg(text));
    m_unfinished->clear();
}

void CloseYearDialog::updateEnabled()
{
    m_back->setEnabled(m_index > 0);
    m_next->setEnabled(m_index + 1 < m_goals.size());
    m_next->setDefault(m_next->isEnabled());
    m_finish->setDefault(!m_next->isEnabled());
    m_reason->setEnabled(!m_goals.isEmpty());
    m_addLesson->setEnabled(!m_lesson->text().trimmed().isEmpty());
    m_addUnfinished->setEnabled(!m_unfinished->text().trimmed().isEmpty());
}

} // namespace hoego
