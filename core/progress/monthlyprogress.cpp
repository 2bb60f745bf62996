// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "monthlyprogress.h"

#include "goalcounts.h"

#include <array>

namespace hoego::progress {

QList<MonthPoint> completionsByMonth(const QList<Goal> &goals, int yearNumber)
{
    std::array<int, 12> donePerMonth{};
    for (const Goal &goal : goals) {
        if (stateOf(goal) != GoalState::Done)
            continue;
        int month = 1;
        if (goal.doneOn.isValid()) {
            if (goal.doneOn.year() == yearNumber)
                month = goal.doneOn.month();
            else if (goal.doneOn.year() > yearNumber)
                month = 12;
        }
        ++donePerMonth[size_t(month - 1)];
    }
    const int total = countGoals(goals).total();
    QList<MonthPoint> points;
    int cumulative = 0;
    for (int month = 1; month <= 12; ++month) {
        cumulative += donePerMonth[size_t(month - 1)];
        points << MonthPoint{month, cumulative, double(total) * month / 12.0};
    }
    return points;
}

} // namespace hoego::progress
