// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include <QString>
#include <QStringList>

#include <optional>

// Shapes people write in a year-in-review post that a plain list reader misses: reworded goals, counted goals,
// and the several words used for a goal's state.
namespace hoego::postshapes {

// "~~매일 러닝~~ → 주 3회 러닝": the goal was reworded; the new wording is the title, the old one is kept.
struct Rewording
{
    QString title;
    QString previous;
};
std::optional<Rewording> readRewording(const QString &text);

// "기술 블로그 24편", "책 12권 읽기", "Write 12 posts": the number the goal counts towards, when a counter word
// follows it and no period ("주 3회", "한 달에 2편", "3 times a week") makes it a rate rather than a total.
std::optional<int> countedTarget(const QString &title);
// Written after the title of a plain (checked) goal that countedTarget would read as counted, so that a post
// Hoego exported reads back the same; invisible where the Markdown is rendered.
QString plainGoalMarker();

// The year a post dated `date` (front matter, "2025-01-05") looks back on: a post of January or February is
// about the year before. 0 when the date cannot be read.
int reviewedYearOfDate(const QString &date);

// The year the headings name most often, leaving out those that set goals (they name the next year); the
// earliest on a tie. 0 when none names a year.
int yearMostNamedIn(const QStringList &headings, const QStringList &goalWords);

// Notion's property lines right under a page's title ("Created: 2025년 1월 2일", "Tags: 회고", "Last edited:
// ..."), from `from` up to the first other line before `until`: blanked, and returned as shown, so that the
// preview can list them as left out.
QStringList takeNotionProperties(QStringList &lines, qsizetype from, qsizetype until);

// A callout (`<aside>` ... `</aside>`, as Notion exports one) that opens the page, before `until`: its text
// without the leading emoji, its lines blanked. Empty when the page does not open with one.
QString takeOpeningCallout(QStringList &lines, qsizetype from, qsizetype until);

// The words a goal's suffix may start with, in Korean and English, old and current terms alike (from the
// vocabulary file).
QStringList doneWords();
QStringList droppedWords();
QStringList carriedWords();

} // namespace hoego::postshapes
