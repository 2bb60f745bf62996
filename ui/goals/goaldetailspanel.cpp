// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "goaldetailspanel.h"

#include "dropgoaldialog.h"
#include "goalcommands.h"
#include "goaleditordialog.h"
#include "goalsmodel.h"
#include "i18n/dates.h"
#include "outputs/goalevidencebox.h"
#include "progress/goalprogress.h"
#include "storage/repositories.h"
#include "undo/privacycommand.h"

#include <QDateEdit>
#include <QDesktopServices>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QUndoStack>
#include <QVBoxLayout>

#include <utility>

namespace hoego {
namespace {

constexpr int kIdRole = Qt::UserRole + 1;

QPushButton *makeButton(const QString &text, const QString &name, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(name);
    button->setAccessibleName(text);
    return button;
}

QString kindText(GoalKind kind)
{
    switch (kind) {
    case GoalKind::Check:
        return GoalDetailsPanel::tr("Check off once");
    case GoalKind::Count:
        return GoalDetailsPanel::tr("Count toward a target");
    case GoalKind::Milestones:
        return GoalDetailsPanel::tr("Milestones");
    }
    return {};
}

} // namespace

GoalDetailsPanel::GoalDetailsPanel(Repositories &repos, QUndoStack *undo, Push push, QWidget *parent)
    : QWidget(parent)
    , m_repos(repos)
    , m_push(std::move(push))
    , m_undo(undo)
{
    setObjectName(QStringLiteral("goalDetails"));
    setAccessibleName(tr("Goal details"));

    m_placeholder = new QLabel(tr("Select a goal to see its steps, count and links."), this);
    m_placeholder->setObjectName(QStringLiteral("goalDetailsPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);

    m_content = new QWidget(this);
    m_title = new QLabel(m_content);
    m_title->setObjectName(QStringLiteral("goalDetailsTitle"));
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_meta = new QLabel(m_content);
    m_meta->setObjectName(QStringLiteral("goalDetailsMeta"));
    m_meta->setWordWrap(true);
    m_meta->setForegroundRole(QPalette::PlaceholderText);
    m_themes = new QLabel(m_content);
    m_themes->setObjectName(QStringLiteral("goalDetailsThemes"));
    m_themes->setWordWrap(true);
    m_themes->hide();
    m_notes = new QLabel(m_content);
    m_notes->setObjectName(QStringLiteral("goalDetailsNotes"));
    m_notes->setWordWrap(true);
    m_notes->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_edit = makeButton(tr("Edit…"), QStringLiteral("editGoalButton"), m_content);
    m_drop = makeButton(tr("Drop…"), QStringLiteral("dropGoalButton"), m_content);
    m_reopen = makeButton(tr("Reopen"), QStringLiteral("reopenGoalButton"), m_content);
    m_delete = makeButton(tr("Delete"), QStringLiteral("deleteGoalButton"), m_content);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_edit);
    actions->addWidget(m_drop);
    actions->addWidget(m_reopen);
    actions->addStretch();
    actions->addWidget(m_delete);

    // A done goal's day can be moved: a 2024 goal checked off in 2026 was done in 2024.
    m_doneRow = new QWidget(m_content);
    m_doneRow->setObjectName(QStringLiteral("doneDateRow"));
    m_doneOn = new QDateEdit(m_doneRow);
    m_doneOn->setObjectName(QStringLiteral("doneDateEdit"));
    m_doneOn->setAccessibleName(tr("Done on"));
    m_doneOn->setCalendarPopup(true);
    m_doneOn->setDisplayFormat(i18n::fourDigitYearFormat(QLocale().dateFormat(QLocale::ShortFormat)));
    auto *doneLabel = new QLabel(tr("&Done on"), m_doneRow);
    doneLabel->setBuddy(m_doneOn);
    auto *doneLayout = new QHBoxLayout(m_doneRow);
    doneLayout->setContentsMargins(0, 0, 0, 0);
    doneLayout->addWidget(doneLabel);
    doneLayout->addWidget(m_doneOn);
    doneLayout->addStretch();

    m_countBox = new QGroupBox(tr("Count"), m_content);
    m_countBox->setObjectName(QStringLiteral("countBox"));
    m_minus = makeButton(tr("−1"), QStringLiteral("countMinusButton"), m_countBox);
    m_plus = makeButton(tr("+1"), QStringLiteral("countPlusButton"), m_countBox);
    // Narrow enough for the pane at 1024 pixels: a style's 80-pixel button minimum would push "of 12" out.
    for (QPushButton *step : {m_minus, m_plus})
        step->setFixedWidth(step->fontMetrics().horizontalAdvance(step->text()) + 28);
    m_count = new QSpinBox(m_countBox);
    m_count->setObjectName(QStringLiteral("countSpin"));
    m_count->setAccessibleName(tr("Count"));
    m_count->setRange(0, 1'000'000);
    m_count->setKeyboardTracking(false);
    m_target = new QLabel(m_countBox);
    m_target->setObjectName(QStringLiteral("countTargetLabel"));
    auto *countLayout = new QHBoxLayout(m_countBox);
    countLayout->addWidget(m_minus);
    countLayout->addWidget(m_count);
    countLayout->addWidget(m_plus);
    countLayout->addWidget(m_target, 1);

    m_milestonesBox = new QGroupBox(tr("Milestones"), m_content);
    m_milestonesBox->setObjectName(QStringLiteral("milestonesBox"));
    m_milestones = new QListWidget(m_milestonesBox);
    m_milestones->setObjectName(QStringLiteral("milestoneList"));
    m_milestones->setAccessibleName(tr("Milestones"));
    m_milestones->setToolTip(tr("Drag a step to reorder the checklist"));
    m_milestones->setDragDropMode(QAbstractItemView::InternalMove);
    m_milestones->setDefaultDropAction(Qt::MoveAction);
    m_newMilestone = new QLineEdit(m_milestonesBox);
    m_newMilestone->setObjectName(QStringLiteral("newMilestoneEdit"));
    m_newMilestone->setAccessibleName(tr("New milestone"));
    m_newMilestone->setPlaceholderText(tr("Add a step…"));
    m_addMilestone = makeButton(tr("Add"), QStringLiteral("addMilestoneButton"), m_milestonesBox);
    m_removeMilestone = makeButton(tr("Remove"), QStringLiteral("removeMilestoneButton"), m_milestonesBox);
    auto *milestoneRow = new QHBoxLayout;
    milestoneRow->addWidget(m_newMilestone, 1);
    milestoneRow->addWidget(m_addMilestone);
    milestoneRow->addWidget(m_removeMilestone);
    auto *milestoneLayout = new QVBoxLayout(m_milestonesBox);
    milestoneLayout->addWidget(m_milestones);
    milestoneLayout->addLayout(milestoneRow);

    m_linksBox = new QGroupBox(tr("Evidence"), m_content);
    m_linksBox->setObjectName(QStringLiteral("linksBox"));
    m_links = new QListWidget(m_linksBox);
    m_links->setObjectName(QStringLiteral("linkList"));
    m_links->setAccessibleName(tr("Evidence links"));
    m_links->setMaximumHeight(110);
    m_linkLabel = new QLineEdit(m_linksBox);
    m_linkLabel->setObjectName(QStringLiteral("linkLabelEdit"));
    m_linkLabel->setAccessibleName(tr("Link label"));
    m_linkLabel->setPlaceholderText(tr("Label (the post, the slides…)"));
    m_linkUrl = new QLineEdit(m_linksBox);
    m_linkUrl->setObjectName(QStringLiteral("linkUrlEdit"));
    m_linkUrl->setAccessibleName(tr("Link address"));
    m_linkUrl->setPlaceholderText(QStringLiteral("https://"));
    m_addLink = makeButton(tr("Add"), QStringLiteral("addLinkButton"), m_linksBox);
    m_openLink = makeButton(tr("Open"), QStringLiteral("openLinkButton"), m_linksBox);
    m_removeLink = makeButton(tr("Remove"), QStringLiteral("removeLinkButton"), m_linksBox);
    auto *linkRow = new QHBoxLayout;
    linkRow->addWidget(m_linkLabel, 1);
    linkRow->addWidget(m_linkUrl, 2);
    linkRow->addWidget(m_addLink);
    auto *linkButtons = new QHBoxLayout;
    linkButtons->addStretch();
    linkButtons->addWidget(m_openLink);
    linkButtons->addWidget(m_removeLink);
    auto *linkLayout = new QVBoxLayout(m_linksBox);
    linkLayout->addWidget(m_links);
    linkLayout->addLayout(linkButtons);
    linkLayout->addLayout(linkRow);

    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_title);
    contentLayout->addWidget(m_meta);
    contentLayout->addWidget(m_themes);
    contentLayout->addWidget(m_notes);
    contentLayout->addLayout(actions);
    contentLayout->addWidget(m_doneRow);
    contentLayout->addWidget(m_countBox);
    contentLayout->addWidget(m_milestonesBox, 1);
    contentLayout->addWidget(m_linksBox);
    m_evidence = new GoalEvidenceBox(repos, undo, m_content);
    contentLayout->addWidget(m_evidence);
    contentLayout->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_placeholder);
    layout->addWidget(m_content);

    connect(m_minus, &QPushButton::clicked, this, [this] { stepCount(-1); });
    connect(m_plus, &QPushButton::clicked, this, [this] { stepCount(+1); });
    connect(m_count, &QSpinBox::editingFinished, this, &GoalDetailsPanel::commitCount);
    connect(m_doneOn, &QDateEdit::editingFinished, this, &GoalDetailsPanel::commitDoneDate);
    connect(m_milestones, &QListWidget::itemChanged, this, &GoalDetailsPanel::milestoneChanged);
    connect(m_milestones, &QListWidget::currentRowChanged, this, &GoalDetailsPanel::updateEnabled);
    // Queued: storing the new order rebuilds the list, which must not happen inside the list's own drop.
    connect(
            m_milestones->model(), &QAbstractItemModel::rowsMoved, this,
            [this](const QModelIndex &, int start, int, const QModelIndex &, int row) {
                milestoneMoved(start, row > start ? row - 1 : row);
            },
            Qt::QueuedConnection);
    connect(m_newMilestone, &QLineEdit::returnPressed, this, &GoalDetailsPanel::addMilestone);
    connect(m_newMilestone, &QLineEdit::textChanged, this, &GoalDetailsPanel::updateEnabled);
    connect(m_addMilestone, &QPushButton::clicked, this, &GoalDetailsPanel::addMilestone);
    connect(m_removeMilestone, &QPushButton::clicked, this, &GoalDetailsPanel::removeMilestone);
    connect(m_links, &QListWidget::itemActivated, this, &GoalDetailsPanel::openLink);
    connect(m_links, &QListWidget::currentRowChanged, this, &GoalDetailsPanel::updateEnabled);
    connect(m_linkUrl, &QLineEdit::textChanged, this, &GoalDetailsPanel::updateEnabled);
    connect(m_linkUrl, &QLineEdit::returnPressed, this, &GoalDetailsPanel::addLink);
    connect(m_addLink, &QPushButton::clicked, this, &GoalDetailsPanel::addLink);
    connect(m_removeLink, &QPushButton::clicked, this, &GoalDetailsPanel::removeLink);
    connect(m_openLink, &QPushButton::clicked, this, &GoalDetailsPanel::openLink);
    connect(m_edit, &QPushButton::clicked, this, &GoalDetailsPanel::editGoal);
    connect(m_drop, &QPushButton::clicked, this, &GoalDetailsPanel::dropGoal);
    connect(m_reopen, &QPushButton::clicked, this, &GoalDetailsPanel::reopenGoal);
    connect(m_delete, &QPushButton::clicked, this, &GoalDetailsPanel::deleteGoal);

    setGoal(std::nullopt, {});
}

void GoalDetailsPanel::setThemes(const QStringList &names)
{
    m_themes->setText(tr("Themes: %1").arg(names.join(QStringLiteral(", "))));
    m_themes->setVisible(!names.isEmpty());
}

void GoalDetailsPanel::setGoal(const std::optional<Goal> &goal, const QList<Area> &areas)
{
    const bool sameGoal = goal && m_goal && goal->id == m_goal->id;
    m_goal = goal;
    m_areas = areas;
    m_placeholder->setVisible(!goal);
    m_content->setVisible(goal.has_value());
    m_evidence->setGoal(goal);
    if (!goal) {
        updateEnabled();
        return;
    }
    m_title->setText(goal->title);
    QStringList meta;
    for (const Area &area : areas) {
        if (area.id == goal->areaId)
            meta << area.name;
    }
    meta << kindText(goal->kind) << GoalsModel::statusText(goal->status);
    if (goal->status == GoalStatus::Done && goal->doneOn.isValid())
        meta.last() = tr("Done on %1").arg(i18n::numericDateText(goal->doneOn));
    if (goal->status == GoalStatus::Dropped && !goal->dropReason.isEmpty())
        meta.last() = tr("Dropped: %1").arg(goal->dropReason);
    m_meta->setText(meta.join(QStringLiteral(" · ")));
    m_notes->setText(goal->notes);
    m_notes->setVisible(!goal->notes.isEmpty());

    m_doneRow->setVisible(goal->status == GoalStatus::Done);
    m_doneOn->blockSignals(true);
    m_doneOn->setMaximumDate(QDate::currentDate());
    m_doneOn->setMinimumDate(m_yearNumber > 0 ? QDate(m_yearNumber, 1, 1) : QDate(1900, 1, 1));
    m_doneOn->setDate(goal->doneOn.isValid() ? goal->doneOn : QDate::currentDate());
    m_doneOn->blockSignals(false);

    m_countBox->setVisible(goal->kind == GoalKind::Count);
    m_count->blockSignals(true);
    m_count->setValue(goal->current);
    m_count->blockSignals(false);
    m_target->setText(tr("of %1").arg(goal->target));

    m_milestonesBox->setVisible(goal->kind == GoalKind::Milestones);
    const int milestoneRow = sameGoal ? m_milestones->currentRow() : -1;
    m_milestones->blockSignals(true);
    m_milestones->clear();
    for (const Milestone &milestone : goal->milestones) {
        auto *item = new QListWidgetItem(milestone.title, m_milestones);
        item->setData(kIdRole, milestone.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable
                       | (m_readOnly ? Qt::NoItemFlags : Qt::ItemIsUserCheckable));
        item->setCheckState(milestone.done ? Qt::Checked : Qt::Unchecked);
        if (milestone.done && milestone.doneOn.isValid())
            item->setToolTip(tr("Done on %1").arg(i18n::numericDateText(milestone.doneOn)));
    }
    m_milestones->setCurrentRow(qMin(milestoneRow, m_milestones->count() - 1));
    m_milestones->blockSignals(false);

    const int linkRow = sameGoal ? m_links->currentRow() : -1;
    m_links->blockSignals(true);
    m_links->clear();
    for (const EvidenceLink &link : goal->links) {
        const QString url = link.url.toDisplayString();
        auto *item
                = new QListWidgetItem(link.label.isEmpty() ? url : link.label + QStringLiteral(" — ") + url, m_links);
        item->setData(kIdRole, link.id);
        item->setData(Qt::UserRole + 2, link.url);
        item->setToolTip(url);
    }
    m_links->setCurrentRow(qMin(linkRow, m_links->count() - 1));
    m_links->blockSignals(false);
    updateEnabled();
}

void GoalDetailsPanel::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    setGoal(m_goal, m_areas);
}

void GoalDetailsPanel::setYearNumber(int yearNumber)
{
    m_yearNumber = yearNumber;
}

void GoalDetailsPanel::updateEnabled()
{
    const bool editable = m_goal.has_value() && !m_readOnly;
    const GoalStatus status = m_goal ? m_goal->status : GoalStatus::Open;
    const bool active = editable && (status == GoalStatus::Open || status == GoalStatus::Done);
    m_edit->setEnabled(editable);
    m_delete->setEnabled(editable);
    m_drop->setEnabled(active);
    m_reopen->setEnabled(editable && status == GoalStatus::Dropped);
    m_reopen->setVisible(status == GoalStatus::Dropped);
    m_doneOn->setEnabled(editable && status == GoalStatus::Done);
    // A goal that counts its evidence is moved by linking, not by typing.
    const bool typed = active && !m_goal->countsEvidence;
    m_minus->setEnabled(typed && m_goal->current > 0);
    m_plus->setEnabled(typed);
    m_count->setEnabled(typed);
    m_evidence->setReadOnly(!editable);
    m_newMilestone->setEnabled(active);
    m_addMilestone->setEnabled(active && !m_newMilestone->text().trimmed().isEmpty());
    m_removeMilestone->setEnabled(active && m_milestones->currentRow() >= 0);
    m_milestones->setEnabled(m_goal.has_value());
    m_linkLabel->setEnabled(editable);
    m_linkUrl->setEnabled(editable);
    m_addLink->setEnabled(editable && !m_linkUrl->text().trimmed().isEmpty());
    m_removeLink->setEnabled(editable && m_links->currentRow() >= 0);
    m_openLink->setEnabled(m_links->currentRow() >= 0);
}

bool GoalDetailsPanel::push(StoredCommand *command)
{
    if (m_push)
        return m_push(command);
    delete command;
    return false;
}

void GoalDetailsPanel::stepCount(int delta)
{
    if (!m_goal || m_goal->kind != GoalKind::Count)
        return;
    push(new SetCountCommand(m_repos, m_goal->id, qMax(0, m_goal->current + delta)));
}

void GoalDetailsPanel::commitCount()
{
    if (m_goal && m_goal->kind == GoalKind::Count && m_count->value() != m_goal->current && !m_readOnly)
        push(new SetCountCommand(m_repos, m_goal->id, m_count->value()));
}

void GoalDetailsPanel::commitDoneDate()
{
    if (m_goal && m_goal->status == GoalStatus::Done && !m_readOnly && m_doneOn->date() != m_goal->doneOn)
        push(new SetDoneDateCommand(m_repos, m_goal->id, m_doneOn->date()));
}

void GoalDetailsPanel::milestoneChanged(QListWidgetItem *item)
{
    if (!m_goal || m_readOnly)
        return;
    const Id milestoneId = item->data(kIdRole).toLongLong();
    const bool done = item->checkState() == Qt::Checked;
    for (const Milestone &milestone : m_goal->milestones) {
        if (milestone.id == milestoneId && milestone.done != done) {
            push(new SetMilestoneDoneCommand(m_repos, m_goal->id, milestoneId, done));
            return;
        }
    }
}

void GoalDetailsPanel::milestoneMoved(int from, int to)
{
    if (!m_goal || m_readOnly || from == to || from < 0 || from >= m_goal->milestones.size()) {
        setGoal(m_goal, m_areas); // puts the list back in stored order
        return;
    }
    push(new MoveMilestoneCommand(m_repos, m_goal->id, m_goal->milestones[from].id, to));
}

void GoalDetailsPanel::addMilestone()
{
    const QString title = m_newMilestone->text().trimmed();
    if (!m_goal || title.isEmpty() || m_readOnly)
        return;
    push(new AddMilestoneCommand(m_repos, m_goal->id, title));
    m_newMilestone->clear();
}

void GoalDetailsPanel::removeMilestone()
{
    QListWidgetItem *item = m_milestones->currentItem();
    if (m_goal && item && !m_readOnly)
        push(new RemoveMilestoneCommand(m_repos, m_goal->id, item->data(kIdRole).toLongLong()));
}

void GoalDetailsPanel::addLink()
{
    const QString url = m_linkUrl->text().trimmed();
    if (!m_goal || url.isEmpty() || m_readOnly)
        return;
    // The fields stay filled when the link was refused, so the user can correct it.
    if (push(new AddLinkCommand(m_repos, m_goal->id, m_linkLabel->text(), url))) {
        m_linkLabel->clear();
        m_linkUrl->clear();
    }
}

void GoalDetailsPanel::removeLink()
{
    QListWidgetItem *item = m_links->currentItem();
    if (m_goal && item && !m_readOnly)
        push(new RemoveLinkCommand(m_repos, m_goal->id, item->data(kIdRole).toLongLong()));
}

void GoalDetailsPanel::openLink()
{
    if (QListWidgetItem *item = m_links->currentItem())
        QDesktopServices::openUrl(item->data(Qt::UserRole + 2).toUrl());
}

void GoalDetailsPanel::editGoal()
{
    if (!m_goal || m_readOnly)
        return;
    openEditor(*m_goal, *m_goal);
}

void GoalDetailsPanel::openEditor(const Goal &original, const Goal &shown)
{
    auto *dialog = new GoalEditorDialog(m_areas, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setGoal(shown);
    connect(dialog, &QDialog::accepted, this, [this, dialog, original] {
        const Goal edited = dialog->goal();
        // The fields and the private mark are one undo step.
        const bool privacyChanged = edited.isPrivate != original.isPrivate;
        if (privacyChanged && m_undo)
            m_undo->beginMacro(tr("Edit Goal"));
        const bool saved = push(new EditGoalCommand(m_repos, edited));
        if (saved && privacyChanged)
            push(new SetPrivateCommand(m_repos.years.connection(), PrivateKind::Goal, edited.id, edited.isPrivate));
        if (privacyChanged && m_undo)
            m_undo->endMacro();
        if (!saved)
            QMetaObject::invokeMethod(
                    this, [this, original, edited] { offerAgainIfChangedElsewhere(original, edited); },
                    Qt::QueuedConnection);
    });
    dialog->open();
}

void GoalDetailsPanel::offerAgainIfChangedElsewhere(const Goal &original, const Goal &edited)
{
    auto now = m_repos.goals.get(edited.id);
    if (!now.ok() || now->version == edited.version)
        return; // refused for another reason, which the window has said
    // What the user changed, over what the other client left: a field not touched here keeps the other change.
    Goal shown = *now;
    const auto mine = [&](auto Goal::*field) {
        if (!(edited.*field == original.*field))
            shown.*field = edited.*field;
    };
    mine(&Goal::title);
    mine(&Goal::areaId);
    mine(&Goal::notes);
    mine(&Goal::kind);
    mine(&Goal::target);
    mine(&Goal::isPrivate);
    openEditor(*now, shown);
}

void GoalDetailsPanel::dropGoal()
{
    if (!m_goal || m_readOnly)
        return;
    auto *dialog = new DropGoalDialog(m_goal->title, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const Id goalId = m_goal->id;
    connect(dialog, &QDialog::accepted, this,
            [this, dialog, goalId] { push(new DropGoalCommand(m_repos, goalId, dialog->reason())); });
    dialog->open();
}

void GoalDetailsPanel::reopenGoal()
{
    if (m_goal && !m_readOnly)
        push(new ReopenGoalCommand(m_repos, m_goal->id));
}

void GoalDetailsPanel::deleteGoal()
{
    // Undoable, so no confirmation: Ctrl+Z brings the goal back with its steps and links.
    if (m_goal && !m_readOnly)
        push(new RemoveGoalCommand(m_repos, m_goal->id));
}

} // namespace hoego
