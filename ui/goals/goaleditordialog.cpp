// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "goaleditordialog.h"

#include "validation.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace hoego {
namespace {

QIcon swatch(const QColor &color)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(color.isValid() ? color : Qt::gray);
    return QIcon(pixmap);
}

} // namespace

GoalEditorDialog::GoalEditorDialog(const QList<Area> &areas, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("goalEditor"));
    setWindowTitle(tr("New Goal"));
    setAccessibleName(windowTitle());

    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("goalTitleEdit"));
    m_title->setAccessibleName(tr("Title"));
    m_title->setPlaceholderText(tr("e.g. Study LLMs and blog about it"));
    m_title->setMaxLength(validation::kMaxTitleLength);

    m_area = new QComboBox(this);
    m_area->setObjectName(QStringLiteral("goalAreaCombo"));
    m_area->setAccessibleName(tr("Area"));
    m_area->addItem(tr("No area"), Id(0));
    for (const Area &area : areas)
        m_area->addItem(swatch(area.color), area.name, area.id);

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("goalKindCombo"));
    m_kind->setAccessibleName(tr("Kind"));
    m_kind->addItem(tr("Check off once"), int(GoalKind::Check));
    m_kind->addItem(tr("Count toward a target"), int(GoalKind::Count));
    m_kind->addItem(tr("Milestones"), int(GoalKind::Milestones));

    m_target = new QSpinBox(this);
    m_target->setObjectName(QStringLiteral("goalTargetSpin"));
    m_target->setAccessibleName(tr("Target"));
    m_target->setRange(1, 1'000'000);
    m_target->setValue(12);

    m_milestones = new QPlainTextEdit(this);
    m_milestones->setObjectName(QStringLiteral("goalMilestonesEdit"));
    m_milestones->setAccessibleName(tr("Milestones, one per line"));
    m_milestones->setTabChangesFocus(true);
    m_milestones->setFixedHeight(90);

    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("goalNotesEdit"));
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(90);

    m_private = new QCheckBox(tr("&Private: left out of public exports"), this);
    m_private->setObjectName(QStringLiteral("goalPrivateCheck"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Area:"), m_area);
    form->addRow(tr("&Kind:"), m_kind);
    m_targetLabel = new QLabel(tr("Tar&get:"), this);
    m_targetLabel->setBuddy(m_target);
    form->addRow(m_targetLabel, m_target);
    m_milestonesLabel = new QLabel(tr("&Milestones:"), this);
    m_milestonesLabel->setBuddy(m_milestones);
    form->addRow(m_milestonesLabel, m_milestones);
    form->addRow(tr("&Notes:"), m_notes);
    form->addRow(QString(), m_private);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("goalEditorButtons"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("goalEditorOk"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &GoalEditorDialog::updateForKind);
    connect(m_title, &QLineEdit::textChanged, this, &GoalEditorDialog::updateAcceptable);
    updateForKind();
    updateAcceptable();
    resize(460, sizeHint().height());
}

void GoalEditorDialog::setGoal(const Goal &goal)
{
    m_goal = goal;
    m_editing = goal.id != 0;
    setWindowTitle(m_editing ? tr("Edit Goal") : tr("New Goal"));
    m_title->setText(goal.title);
    m_area->setCurrentIndex(qMax(0, m_area->findData(goal.areaId)));
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(int(goal.kind))));
    if (goal.kind == GoalKind::Count)
        m_target->setValue(goal.target);
    m_notes->setPlainText(goal.notes);
    m_private->setChecked(goal.isPrivate);
    updateForKind();
}

Goal GoalEditorDialog::goal() const
{
    Goal goal = m_goal;
    goal.title = m_title->text().trimmed();
    goal.areaId = m_area->currentData().toLongLong();
    goal.kind = GoalKind(m_kind->currentData().toInt());
    goal.target = goal.kind == GoalKind::Count ? m_target->value() : 0;
    goal.notes = m_notes->toPlainText();
    goal.isPrivate = m_private->isChecked();
    if (!m_editing && goal.kind == GoalKind::Milestones) {
        goal.milestones.clear();
        const QStringList lines = m_milestones->toPlainText().split(QLatin1Char('\n'));
        for (const QString &line : lines) {
            if (!line.trimmed().isEmpty())
                goal.milestones << Milestone{0, 0, line.trimmed(), false, {}, int(goal.milestones.size())};
        }
    }
    return goal;
}

void GoalEditorDialog::updateForKind()
{
    const auto kind = GoalKind(m_kind->currentData().toInt());
    m_targetLabel->setVisible(kind == GoalKind::Count);
    m_target->setVisible(kind == GoalKind::Count);
    const bool steps = kind == GoalKind::Milestones && !m_editing;
    m_milestonesLabel->setVisible(steps);
    m_milestones->setVisible(steps);
}

void GoalEditorDialog::updateAcceptable()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_title->text().trimmed().isEmpty());
}

} // namespace hoego
