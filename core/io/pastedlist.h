// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include <QList>
#include <QString>

#include <optional>

// Text pasted into any list of the window (goals, lessons, unfinished items, outputs) read with one rule: one
// item per non-blank line, without the bullet, number or task box the user's notes had.
namespace hoego::pastedlist {

struct Item
{
    QString text;
    std::optional<bool> checked; // a task box was written: "[x]" is true, "[ ]" false
};

// A marker ("-", "*", "+", "•", "·", "‣", "◦", "–", "▪", or "1." / "12)") counts only when a space follows it,
// so "-5 kg" and "3.5% 체지방" stay as written; a task box may follow the marker or start the line.
QList<Item> parse(const QString &text);

// The items' texts alone.
QStringList texts(const QString &text);

} // namespace hoego::pastedlist
