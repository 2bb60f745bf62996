// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "integritypolicy.h"

namespace hoego::integrity {

Reason decide(const Facts &facts)
{
    if (facts.walHasContent)
        return Reason::WriteAheadLog;
    if (facts.upgradeDue)
        return Reason::Upgrade;
    if (facts.leftOpen)
        return Reason::LeftOpen;
    if (!facts.recorded)
        return Reason::NoRecord;
    if (!facts.unchanged)
        return Reason::Changed;
    // A command has no background to run it in: the schedule waits for the next window.
    if (facts.background && (!facts.lastFullCheck.isValid() || facts.lastFullCheck.addDays(kScheduleDays) <= facts.now))
        return Reason::Scheduled;
    return Reason::None;
}

const char *describe(Reason reason)
{
    switch (reason) {
    case Reason::None:
        return "not due";
    case Reason::Always:
        return "always";
    case Reason::WriteAheadLog:
        return "write-ahead log left by a crash";
    case Reason::Upgrade:
        return "upgrade";
    case Reason::LeftOpen:
        return "unclean close";
    case Reason::NoRecord:
        return "no clean check recorded";
    case Reason::Changed:
        return "file changed since the last clean check";
    case Reason::Scheduled:
        return "scheduled";
    }
    return "";
}

} // namespace hoego::integrity
