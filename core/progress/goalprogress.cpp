// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "goalprogress.h"

#include <algorithm>

namespace hoego::progress {

bool isDone(const Goal &goal)
{
    return goal.status == GoalStatus::Done;
}

double fraction(const Goal &goal)
{
    if (isDone(goal))
        return 1.0;
    switch (goal.kind) {
    case GoalKind::Check:
        return 0.0;
    case GoalKind::Count:
        if (goal.target <= 0)
            return 0.0;
        return std::clamp(double(goal.current) / double(goal.target), 0.0, 1.0);
    case GoalKind::Milestones: {
        if (goal.milestones.isEmpty())
            return 0.0;
        const auto done = std::count_if(goal.milestones.cbegin(), goal.milestones.cend(),
                                        [](const Milestone &milestone) { return milestone.done; });
        return double(done) / double(goal.milestones.size());
    }
    }
    return 0.0;
}

QString label(const Goal &goal)
{
    switch (goal.kind) {
    case GoalKind::Count:
        return QStringLiteral("%1/%2").arg(goal.current).arg(goal.target);
    case GoalKind::Milestones: {
        if (goal.milestones.isEmpty())
            break;
        const auto done = std::count_if(goal.milestones.cbegin(), goal.milestones.cend(),
                                        [](const Milestone &milestone) { return milestone.done; });
        return QStringLiteral("%1/%2").arg(done).arg(goal.milestones.size());
    }
    case GoalKind::Check:
        break;
    }
    return QStringLiteral("%1%").arg(qRound(fraction(goal) * 100));
}

} // namespace hoego::progress
