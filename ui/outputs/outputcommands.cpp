// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "outputcommands.h"

#include <QCoreApplication>

namespace hoego {
namespace {

// Names the context of this file's strings for tr() and for lupdate alike.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hoego::OutputCommands)
};

} // namespace

AddOutputCommand::AddOutputCommand(Repositories &repos, const Output &output, QUndoCommand *parent)
    : StoredCommand(Tr::tr("Add Output \"%1\"").arg(output.title.simplified()), parent)
    , m_repos(repos)
{
    m_snapshot.output = output;
    setYearId(output.yearId);
}

Status AddOutputCommand::apply()
{
    if (m_snapshot.output.id != 0)
        return m_repos.outputs.restore(m_snapshot);
    auto id = m_repos.outputs.create(m_snapshot.output);
    if (!id.ok())
        return id.error();
    auto stored = m_repos.outputs.get(*id);
    if (!stored.ok())
        return stored.error();
    m_snapshot.output = *stored;
    return {};
}

Status AddOutputCommand::revert()
{
    auto snapshot = m_repos.outputs.snapshot(m_snapshot.output.id);
    if (!snapshot.ok())
        return snapshot.error();
    m_snapshot = *snapshot;
    return m_repos.outputs.remove(m_snapshot.output.id);
}

EditOutputCommand::EditOutputCommand(Repositories &repos, const Output &before, const Output &after)
    : StoredCommand(Tr::tr("Edit Output \"%1\"").arg(after.title.simplified()))
    , m_repos(repos)
    , m_before(before)
    , m_after(after)
{
    setYearId(after.yearId);
}

Status EditOutputCommand::apply()
{
    // Made from m_before: refused on a server when another client changed the output since (issue 16).
    return m_repos.outputs.update(m_after, &m_before);
}

Status EditOutputCommand::revert()
{
    return m_repos.outputs.update(m_before);
}

DeleteOutputCommand::DeleteOutputCommand(Repositories &repos, const OutputSnapshot &snapshot)
    : StoredCommand(Tr::tr("Delete Output \"%1\"").arg(snapshot.output.title.simplified()))
    , m_repos(repos)
    , m_snapshot(snapshot)
{
    setYearId(snapshot.output.yearId);
}

Status DeleteOutputCommand::apply()
{
    return m_repos.outputs.remove(m_snapshot.output.id);
}

Status DeleteOutputCommand::revert()
{
    return m_repos.outputs.restore(m_snapshot);
}

LinkEvidenceCommand::LinkEvidenceCommand(Repositories &repos, const Goal &goal, EvidenceSource source, Id sourceId,
                                         const QString &title)
    : StoredCommand(Tr::tr("Link \"%1\" to \"%2\"").arg(title.simplified(), goal.title.simplified()))
    , m_repos(repos)
    , m_goal(goal)
    , m_link{0, goal.id, source, sourceId}
{
    setYearId(goal.yearId);
}

Status LinkEvidenceCommand::apply()
{
    if (m_link.id != 0)
        return m_repos.evidence.restore(m_link);
    auto id = m_repos.evidence.link(m_link.goalId, m_link.source, m_link.sourceId);
    if (!id.ok())
        return id.error();
    m_link.id = *id;
    return {};
}

Status LinkEvidenceCommand::revert()
{
    if (Status unlinked = m_repos.evidence.unlink(m_link.id); !unlinked.ok())
        return unlinked;
    // The goal's count and status as they were before, done date included.
    return m_repos.goals.revert(m_goal);
}

UnlinkEvidenceCommand::UnlinkEvidenceCommand(Repositories &repos, const Goal &goal, const GoalEvidence &link,
                                             const QString &title)
    : StoredCommand(Tr::tr("Unlink \"%1\" from \"%2\"").arg(title.simplified(), goal.title.simplified()))
    , m_repos(repos)
    , m_goal(goal)
    , m_link(link)
{
    setYearId(goal.yearId);
}

Status UnlinkEvidenceCommand::apply()
{
    return m_repos.evidence.unlink(m_link.id);
}

Status UnlinkEvidenceCommand::revert()
{
    if (Status restored = m_repos.evidence.restore(m_link); !restored.ok())
        return restored;
    return m_repos.goals.revert(m_goal);
}

CountEvidenceCommand::CountEvidenceCommand(Repositories &repos, const Goal &goal, bool counts)
    : StoredCommand(counts ? Tr::tr("Count the Evidence of \"%1\"").arg(goal.title.simplified())
                           : Tr::tr("Stop Counting the Evidence of \"%1\"").arg(goal.title.simplified()))
    , m_repos(repos)
    , m_goal(goal)
    , m_counts(counts)
{
    setYearId(goal.yearId);
}

Status CountEvidenceCommand::apply()
{
    return m_repos.goals.setCountsEvidence(m_goal.id, m_counts);
}

Status CountEvidenceCommand::revert()
{
    return m_repos.goals.revert(m_goal);
}

} // namespace hoego
