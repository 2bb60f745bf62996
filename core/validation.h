// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "model/partialdate.h"
#include "result.h"

#include <QString>
#include <QUrl>

// The rules every value must pass before it reaches the database. The same checks serve the UI (to refuse at
// the field), the command line and the importers, so every path gives the same message.
namespace hoego::validation {

constexpr int kMaxTitleLength = 500;
constexpr int kMaxTextLength = 1'000'000; // one note or section body; a year-in-review post is far smaller

// Trims, then refuses empty, over-long or control-character text. `what` names the field in the message.
Result<QString> title(const QString &text, const QString &what);
// Optional single-line text (a summary, a label): may be empty; same limits otherwise.
Result<QString> line(const QString &text, const QString &what);
// Multi-line Markdown text: keeps line breaks and tabs, refuses other control characters and huge text.
Result<QString> body(const QString &text, const QString &what);
Result<int> yearNumber(int number);
Status date(const PartialDate &date);
Status count(int value, const QString &what);
// Only links a user can open safely: http(s), mailto and file.
Result<QUrl> url(const QString &text);

} // namespace hoego::validation
