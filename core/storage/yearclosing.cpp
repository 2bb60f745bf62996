// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "yearclosing.h"

#include "repositories.h"
#include "sql.h"

namespace hoego {

Status closeYear(const QString &connection, const YearClosing &closing)
{
    Repositories repos(connection);
    return sql::inTransaction(connection, [&]() -> Status {
        for (const Id goal : closing.carried) {
            if (auto carried = repos.goals.carryOver(goal, closing.nextYearNumber); !carried.ok())
                return carried.error();
        }
        for (const auto &[goal, reason] : closing.dropped) {
            if (Status dropped = repos.goals.drop(goal, reason); !dropped.ok())
                return dropped;
        }
        for (const Lesson &lesson : closing.lessons) {
            if (auto added = repos.lessons.create(lesson); !added.ok())
                return added.error();
        }
        for (const UnfinishedItem &item : closing.unfinished) {
            if (auto added = repos.unfinished.create(item); !added.ok())
                return added.error();
        }
        return {};
    });
}

} // namespace hoego
