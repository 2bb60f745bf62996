// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "goalevidencebox.h"

#include "model/outputkinds.h"
#include "outputcommands.h"
#include "storage/repositories.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace hoego {
namespace {

// A candidate's source and id packed into the combo box's data.
QVariant candidate(EvidenceSource source, Id id)
{
    return QVariantList{int(source), id};
}

} // namespace

GoalEvidenceBox::GoalEvidenceBox(Repositories &repos, QUndoStack *undo, QWidget *parent)
    : QGroupBox(tr("Made for this goal"), parent)
    , m_repos(repos)
    , m_undo(undo)
    , m_counts(new QCheckBox(tr("&Count its evidence"), this))
    , m_list(new QListWidget(this))
    , m_candidates(new QComboBox(this))
    , m_link(new QPushButton(tr("Link"), this))
    , m_unlink(new QPushButton(tr("Unlink"), this))
    , m_open(new QPushButton(tr("Open"), this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("goalEvidenceBox"));
    m_counts->setObjectName(QStringLiteral("countEvidenceCheck"));
    m_counts->setToolTip(tr("The count is the number of outputs and events linked here; reaching the target "
                            "completes the goal"));
    m_list->setObjectName(QStringLiteral("goalEvidenceList"));
    m_list->setAccessibleName(tr("Outputs and events linked to the goal"));
    m_list->setMaximumHeight(120);
    m_candidates->setObjectName(QStringLiteral("evidenceCandidates"));
    m_candidates->setAccessibleName(tr("Output or event to link"));
    m_candidates->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_candidates->setMinimumContentsLength(6);
    // As narrow as their words: the details pane is 277 pixels wide in a 1024-pixel window.
    for (QPushButton *button : {m_link, m_open, m_unlink})
        button->setFixedWidth(button->fontMetrics().horizontalAdvance(button->text()) + 28);
    m_link->setObjectName(QStringLiteral("linkEvidenceButton"));
    m_unlink->setObjectName(QStringLiteral("unlinkEvidenceButton"));
    m_open->setObjectName(QStringLiteral("openEvidenceButton"));
    // The picker on a line of its own: the details pane is narrow at 1024 pixels.
    auto *row = new QHBoxLayout;
    row->addWidget(m_link);
    row->addWidget(m_open);
    row->addStretch();
    row->addWidget(m_unlink);
    m_error->setObjectName(QStringLiteral("goalEvidenceError"));
    m_error->setWordWrap(true);
    m_error->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_counts);
    layout->addWidget(m_list);
    layout->addWidget(m_candidates);
    layout->addLayout(row);
    layout->addWidget(m_error);

    connect(m_counts, &QCheckBox::clicked, this, &GoalEvidenceBox::toggleCounting);
    connect(m_link, &QPushButton::clicked, this, &GoalEvidenceBox::link);
    connect(m_unlink, &QPushButton::clicked, this, &GoalEvidenceBox::unlink);
    connect(m_open, &QPushButton::clicked, this, &GoalEvidenceBox::openLink);
    connect(m_list, &QListWidget::itemActivated, this, &GoalEvidenceBox::openLink);
    connect(m_list, &QListWidget::currentRowChanged, this, &GoalEvidenceBox::updateEnabled);
}

void GoalEvidenceBox::setGoal(const std::optional<Goal> &goal)
{
    m_goal = goal;
    setVisible(goal.has_value());
    reload();
}

void GoalEvidenceBox::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    updateEnabled();
}

void GoalEvidenceBox::reload()
{
    const int row = m_list->currentRow();
    m_list->clear();
    m_candidates->clear();
    m_items.clear();
    if (!m_goal)
        return;
    m_counts->setVisible(m_goal->kind == GoalKind::Count);
    m_counts->setChecked(m_goal->countsEvidence);
    if (auto items = m_repos.evidence.forGoal(m_goal->id); items.ok())
        m_items = *items;
    QSet<QString> linked;
    for (const EvidenceItem &item : std::as_const(m_items)) {
        const QString kind = item.link.source == EvidenceSource::Output ? outputkinds::label(item.kind) : tr("Event");
        auto *entry = new QListWidgetItem(QStringLiteral("%1 · %2").arg(kind, item.title), m_list);
        entry->setToolTip(item.url.isEmpty() ? item.date.toIsoString() : item.url.toDisplayString());
        linked.insert(QStringLiteral("%1:%2").arg(int(item.link.source)).arg(item.link.sourceId));
    }
    m_list->setCurrentRow(qMin(row, m_list->count() - 1));
    // The goal's year's outputs, then its events, that are not linked yet.
    if (auto outputs = m_repos.outputs.forYear(m_goal->yearId); outputs.ok()) {
        for (const Output &output : *outputs) {
            if (!linked.contains(QStringLiteral("%1:%2").arg(int(EvidenceSource::Output)).arg(output.id)))
                m_candidates->addItem(QStringLiteral("%1 · %2").arg(outputkinds::label(output.kind), output.title),
                                      candidate(EvidenceSource::Output, output.id));
        }
    }
    // Titles only: the box is filled again after every check on the board, and a year can hold 365 events.
    if (auto events = m_repos.events.titlesForYear(m_goal->yearId); events.ok()) {
        for (const auto &[id, title] : *events) {
            if (!linked.contains(QStringLiteral("%1:%2").arg(int(EvidenceSource::Event)).arg(id)))
                m_candidates->addItem(QStringLiteral("%1 · %2").arg(tr("Event"), title),
                                      candidate(EvidenceSource::Event, id));
        }
    }
    updateEnabled();
}

void GoalEvidenceBox::updateEnabled()
{
    const bool editable = !m_readOnly && m_goal.has_value();
    m_counts->setEnabled(editable);
    m_candidates->setEnabled(editable && m_candidates->count() > 0);
    m_link->setEnabled(editable && m_candidates->count() > 0);
    m_unlink->setEnabled(editable && m_list->currentRow() >= 0);
    const int row = m_list->currentRow();
    m_open->setEnabled(row >= 0 && row < m_items.size() && !m_items[row].url.isEmpty());
}

void GoalEvidenceBox::link()
{
    if (!m_goal || m_candidates->currentIndex() < 0)
        return;
    const QVariantList picked = m_candidates->currentData().toList();
    const auto source = EvidenceSource(picked.value(0).toInt());
    const QString title = m_candidates->currentText().section(QStringLiteral(" · "), 1);
    showResult(
            pushStored(m_undo, new LinkEvidenceCommand(m_repos, *m_goal, source, picked.value(1).toLongLong(), title)));
}

void GoalEvidenceBox::linkOutputs(Repositories &repos, QUndoStack *undo, const Goal &goal, const QList<Id> &outputs)
{
    Goal before = goal;
    undo->beginMacro(tr("Link %n Output(s) to \"%1\"", nullptr, int(outputs.size())).arg(goal.title));
    for (const Id id : outputs) {
        auto output = repos.outputs.get(id);
        if (!output.ok())
            continue;
        // Each step puts back the goal as it was just before it, so undoing the macro restores it exactly.
        // A failure is announced by pushStored (CommandFailures); the other outputs are still linked.
        if (!pushStored(undo, new LinkEvidenceCommand(repos, before, EvidenceSource::Output, id, output->title)).ok())
            continue;
        if (auto now = repos.goals.get(goal.id); now.ok())
            before = *now;
    }
    undo->endMacro();
}

void GoalEvidenceBox::unlink()
{
    const int row = m_list->currentRow();
    if (!m_goal || row < 0 || row >= m_items.size())
        return;
    showResult(pushStored(m_undo, new UnlinkEvidenceCommand(m_repos, *m_goal, m_items[row].link, m_items[row].title)));
}

void GoalEvidenceBox::openLink()
{
    const int row = m_list->currentRow();
    if (row >= 0 && row < m_items.size() && !m_items[row].url.isEmpty())
        QDesktopServices::openUrl(m_items[row].url);
}

void GoalEvidenceBox::showResult(const Status &status)
{
    m_error->setText(status.ok() ? QString() : status.error().message);
    m_error->setVisible(!status.ok());
    // The next step's snapshot must be the goal as stored now (its count may have moved).
    if (m_goal) {
        if (auto stored = m_repos.goals.get(m_goal->id); stored.ok())
            m_goal = *stored;
        reload();
    }
}

void GoalEvidenceBox::toggleCounting(bool counts)
{
    if (!m_goal)
        return;
    showResult(pushStored(m_undo, new CountEvidenceCommand(m_repos, *m_goal, counts)));
}

} // namespace hoego
