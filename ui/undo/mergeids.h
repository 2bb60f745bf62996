// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

namespace hoego {

// QUndoCommand::id() of the commands that merge with the one before them (typing in one field becomes one undo
// step). One list, so no two kinds of command can share an id by accident; -1 (QUndoCommand's default) never merges.
enum class MergeId : int {
    ClosingNote = 1, // the year's closing note
    GoalCount, // a counted goal's count, set several times in a row
    SectionBody, // a review section's text
    QuestionAnswer, // the answer to a question
};

constexpr int mergeIdOf(MergeId id)
{
    return static_cast<int>(id);
}

} // namespace hoego
