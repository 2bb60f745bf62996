// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include <QDateTime>

// When Hoego runs the page-by-page check (PRAGMA quick_check, 60 ms on 30 years of data) on a database it opens.
// The cheap checks (the file's header, its application id and schema version) run at every open; the full check
// runs when something may have damaged the file since it was last known intact.
namespace hoego::integrity {

// Why a full check is due (None: the file is as it was when last known intact).
enum class Reason {
    None,
    Always, // the caller asked for a check at every open
    WriteAheadLog, // a log a crash left is replayed into the file: checked in full first
    Upgrade, // an upgrade rewrites the file
    LeftOpen, // the last session writing the file did not close it (a crash, a kill, a power cut)
    NoRecord, // never checked, restored or copied in from elsewhere, or a check that did not finish
    Changed, // the file changed since the last check, not by a session that knew it intact
    Scheduled, // the last full check is older than kScheduleDays (only checked in the background)
};

// A full check at least this often, in the background after the window shows.
constexpr int kScheduleDays = 7;

struct Facts
{
    bool walHasContent = false;
    bool upgradeDue = false;
    bool leftOpen = false;
    bool recorded = false; // a clean check is recorded for this file
    bool unchanged = false; // and the file is as it was then
    QDateTime lastFullCheck; // UTC, invalid when never
    QDateTime now; // UTC
    bool background = false; // the check can run after the window shows (the schedule applies)
};

Reason decide(const Facts &facts);

// A few words for the hoego.perf log ("unclean close").
const char *describe(Reason reason);

} // namespace hoego::integrity
