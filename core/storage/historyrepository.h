// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "model/yearhistory.h"
#include "progress/planactual.h"
#include "result.h"

#include <QList>

namespace hoego {

// What the across-years views read of every year at once (issue 13): each goal's status, area and the goal it
// was carried from, and the outputs counted by year, kind and month. One query each, whatever the number of
// years, so the Progress tab reads decades as fast as one year.
class HistoryRepository
{
public:
    explicit HistoryRepository(QString connection)
        : m_connection(std::move(connection))
    { }

    // Every goal, oldest year first, in board order within a year.
    Result<QList<GoalTrace>> goalTraces() const;
    // Outputs counted by year, kind and month (0 for those dated to the year only), oldest year first. A public
    // count leaves out the private outputs and those of private areas, as a public export does (issue 14).
    enum class Outputs { All, PublicOnly };
    Result<QList<OutputTally>> outputTallies(Outputs which = Outputs::All) const;
    // A year's goals against what happened to them (progress/planactual.h): the year's goals with their
    // milestones, every goal's trace, the year's evidence and theme links; five queries.
    Result<progress::PlanAgainstActual> planAgainstActual(Id yearId) const;

private:
    QString m_connection;
};

} // namespace hoego
