// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include <QStringList>

namespace hoego {

// Turns pasted text into list items: one per non-empty line, without the bullet or number the user's notes
// already carry ("- ", "* ", "+ ", "• ", "1. ", "2) ", "[ ] ").
QStringList pastedLines(const QString &text);

} // namespace hoego
