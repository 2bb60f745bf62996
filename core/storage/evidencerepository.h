// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "model/entities.h"
#include "result.h"

#include <QList>

namespace hoego {

// The outputs and events linked to goals as evidence (issue 13). An output or event is a goal's evidence once
// at most. Linking and unlinking is one transaction each; when the goal counts its evidence, the schema moves its
// count with it, completing the goal at its target and reopening it below, and the change feed announces the
// goal's new state with the link.
class EvidenceRepository
{
public:
    explicit EvidenceRepository(QString connection)
        : m_connection(std::move(connection))
    { }

    Result<Id> link(Id goalId, EvidenceSource source, Id sourceId);
    // Puts back a link under its id (undo of an unlink).
    Status restore(const GoalEvidence &evidence);
    Status unlink(Id evidenceId);
    Result<GoalEvidence> get(Id evidenceId) const;
    // The link between the goal and the output or event, or one with id 0 when there is none.
    Result<GoalEvidence> find(Id goalId, EvidenceSource source, Id sourceId) const;

    // A goal's evidence with titles, kinds, dates and links, by date.
    Result<QList<EvidenceItem>> forGoal(Id goalId) const;
    // The evidence of every goal of the year, by goal, then by date; one query.
    Result<QList<EvidenceItem>> forGoalsOfYear(Id yearId) const;
    // Every link whose goal, output or event belongs to the year: what deleting the year takes away.
    Result<QList<GoalEvidence>> touchingYear(Id yearId) const;
    // The goals an output or event is evidence for.
    Result<QList<Id>> goalsOf(EvidenceSource source, Id sourceId) const;

private:
    Result<Id> insert(const GoalEvidence &evidence, bool keepId);

    QString m_connection;
};

} // namespace hoego
