// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include <QList>
#include <QString>

namespace hoego {

struct PastedGoal
{
    QString title;
    bool done = false;
};

// Turns pasted text into goals, one per non-empty line. List markers ("-", "*", "•", "1.") and Markdown task
// boxes are stripped; "[x]" marks a goal that is already done.
QList<PastedGoal> parsePastedGoals(const QString &text);

} // namespace hoego
