// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "model/partialdate.h"

#include <QString>
#include <QStringList>

// How a post writes what happened: a date at the start of a line, trailing #tags, dated headings.
namespace hoego::eventshapes {

// Reads a date at the start of an event line ("**3월 14일**", "2023-03-14", "2023.06", "March 14:", "3월:") and
// returns the rest of the line; the date stays year-precise when none is found.
QString takeDate(const QString &text, int year, PartialDate *date);

// Trailing " #tag #tag" words of an event line, read back from the end; the line keeps the rest.
QStringList takeTrailingTags(QString *text);

// Events written as a heading with a paragraph under it ("### 3월 - 이직" or "### 이사" then the story) become
// list items with the paragraph as their notes; a month heading over a list ("### 1월") dates its items; a
// heading over nothing stays as a line of text. The line count stays the same, so every line keeps its number.
QString datedHeadingsToItems(const QString &body, int year);

} // namespace hoego::eventshapes
