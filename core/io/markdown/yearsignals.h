// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include <QString>
#include <QStringList>

// Which year a post looks back on, from the several places a post says it.
namespace hoego::yearsignals {

// The first year (1900-2299) a text names, 0 when none.
int namedYear(const QString &text);

// Whether a line only dates the post ("2025. 1. 3.", "작성일: 2025-01-03"), and not as its last edit.
bool isDateLine(const QString &line);

struct PostClues
{
    QString title; // the # heading, or the first line of copied text
    QString frontTitle;
    QString frontDate;
    QStringList firstLines; // of the text after the front matter
    QStringList headings;
};

// In order: the title, the front matter's title, its date (a post of January or February looks back on the year
// before), a first line that names the review ("2023년 회고를 시작하며", "My 2024 in review") or dates the post
// ("2025. 1. 3.", "작성일 2025-01-03"; a page's "Last edited" line says nothing), and the year the headings name
// most. 0 when nothing names one.
int yearOfPost(const PostClues &clues);

} // namespace hoego::yearsignals
