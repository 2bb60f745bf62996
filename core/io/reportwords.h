// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "i18n/language.h"
#include "model/entities.h"
#include "progress/goalcounts.h"

#include <QString>
#include <QStringList>

// The fixed words of an exported year summary in the language the user picks for the export (which may differ
// from the UI language: a Korean UI can publish an English post). Kept in one place so the Markdown importer
// recognises exactly what the exporters write.
namespace hoego::reportwords {

using i18n::Language;

QString documentTitle(int year, Language language); // "2025년 회고" / "My 2025 in review"
QString eventsHeading(Language language); // "올해 있었던 일" / "What happened"
QString lessonsHeading(Language language); // "배운 것" / "What I learned"
QString unfinishedHeading(Language language); // "못다 한 것" / "Left unfinished"
QString goalsOfYearHeading(int year, Language language); // "2025년 목표" / "Goals for 2025"
QString nextYearGoalsHeading(int year, Language language); // "내년 목표 (2026)" / "Goals for next year (2026)"
QString closingHeading(Language language); // "맺으며" / "Closing note"
QString themesHeading(Language language); // "올해의 키워드" / "Themes"
QString questionsHeading(Language language); // "올해 생각했던 질문" / "Questions"
QString themeStateWord(ThemeState state, Language language); // "사용" / "adopt"
QString introductionHeading(Language language); // for text before the first heading of an imported post
QString noAreaHeading(Language language); // "기타" / "Other"
QString wholeYearHeading(Language language); // events known only to the year
QString progressLabel(Language language); // "진행률" / "Progress"
// "Progress: 3 of 8 done (38%) · 2 in progress · 3 open · 1 dropped · 1 carried over" (parts that are zero left out).
QString progressLine(const progress::GoalCounts &counts, Language language);
QString doneWord(Language language); // "완료" / "done"
QString droppedWord(Language language); // "그만둠" / "dropped"
QString carriedWord(Language language); // "이월" / "carried over"
QString linksWord(Language language); // "근거" / "Evidence"
QString outputsHeading(Language language); // "올해 만든 것" / "What I made"
// A built-in kind of output as a heading ("글" / "Posts"); a kind the user named as written.
QString outputKindHeading(const QString &kind, Language language);
QString monthName(int month, Language language); // "3월" / "March"
QString dateText(const PartialDate &date, Language language); // "3월 14일" / "March 14"; empty for year-only

// The state a word names ("사용", "Adopt", "trial"...), in either language; false when it names none.
bool themeStateFromWord(const QString &word, ThemeState *state);

} // namespace hoego::reportwords
