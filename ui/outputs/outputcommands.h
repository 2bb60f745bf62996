// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "storage/repositories.h"
#include "undo/storedcommand.h"

namespace hoego {

// Undo steps for outputs and evidence (issue 13). Each writes through the core; views follow the change feed.

class AddOutputCommand final : public StoredCommand
{
public:
    AddOutputCommand(Repositories &repos, const Output &output, QUndoCommand *parent = nullptr);
    Id outputId() const { return m_snapshot.output.id; }

protected:
    Status apply() override;
    Status revert() override;

private:
    Repositories &m_repos;
    OutputSnapshot m_snapshot; // the output as added, with links made to it meanwhile once undone
};

class EditOutputCommand final : public StoredCommand
{
public:
    EditOutputCommand(Repositories &repos, const Output &before, const Output &after);

protected:
    Status apply() override;
    Status revert() override;

private:
    Repositories &m_repos;
    Output m_before;
    Output m_after;
};

class DeleteOutputCommand final : public StoredCommand
{
public:
    DeleteOutputCommand(Repositories &repos, const OutputSnapshot &snapshot);

protected:
    Status apply() override;
    Status revert() override;

private:
    Repositories &m_repos;
    OutputSnapshot m_snapshot;
};

// Links an output or event to a goal as evidence. Undo unlinks it and puts the goal back as it was (a goal that
// counts its evidence may have been completed by the link).
class LinkEvidenceCommand final : public StoredCommand
{
public:
    LinkEvidenceCommand(Repositories &repos, const Goal &goal, EvidenceSource source, Id sourceId,
                        const QString &title);

protected:
    Status apply() override;
    Status revert() override;

private:
    Repositories &m_repos;
    Goal m_goal;
    GoalEvidence m_link;
};

class UnlinkEvidenceCommand final : public StoredCommand
{
public:
    UnlinkEvidenceCommand(Repositories &repos, const Goal &goal, const GoalEvidence &link, const QString &title);

protected:
    Status apply() override;
    Status revert() override;

private:
    Repositories &m_repos;
    Goal m_goal;
    GoalEvidence m_link;
};

// Turns "count its evidence" on or off for a counted goal; undo puts the goal's count and status back.
class CountEvidenceCommand final : public StoredCommand
{
public:
    CountEvidenceCommand(Repositories &repos, const Goal &goal, bool counts);

protected:
    Status apply() override;
    Status revert() override;

private:
    Repositories &m_repos;
    Goal m_goal;
    bool m_counts;
};

} // namespace hoego
