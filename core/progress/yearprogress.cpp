// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "yearprogress.h"

#include <algorithm>

namespace hoego::progress {

QList<AreaProgress> byArea(const QList<Goal> &goals)
{
    QList<AreaProgress> result;
    for (const Goal &goal : goals) {
        auto entry = std::find_if(result.begin(), result.end(),
                                  [&goal](const AreaProgress &area) { return area.areaId == goal.areaId; });
        if (entry == result.end()) {
            result << AreaProgress{goal.areaId, {}};
            entry = result.end() - 1;
        }
        entry->counts.add(stateOf(goal));
    }
    // An area whose goals were all dropped or carried has nothing to draw.
    result.removeIf([](const AreaProgress &area) { return area.counts.total() == 0; });
    return result;
}

} // namespace hoego::progress
