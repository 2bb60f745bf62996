// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "reportwords.h"

namespace hoego::reportwords {
namespace {

bool ko(Language language)
{
    return language == Language::Korean;
}

const char *const kEnglishMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                                      "July",    "August",   "September", "October", "November", "December"};

} // namespace

QString documentTitle(int year, Language language)
{
    return ko(language) ? QStringLiteral("%1년 회고").arg(year) : QStringLiteral("My %1 in review").arg(year);
}

QString eventsHeading(Language language)
{
    return ko(language) ? QStringLiteral("올해 있었던 일") : QStringLiteral("What happened");
}

QString lessonsHeading(Language language)
{
    return ko(language) ? QStringLiteral("배운 것") : QStringLiteral("What I learned");
}

QString themesHeading(Language language)
{
    return ko(language) ? QStringLiteral("올해의 키워드") : QStringLiteral("Themes");
}

QString questionsHeading(Language language)
{
    return ko(language) ? QStringLiteral("올해 생각했던 질문") : QStringLiteral("Questions");
}

namespace {

struct StateWords
{
    ThemeState state;
    const char *english;
    const char *korean; // UTF-8
};

constexpr StateWords kStateWords[] = {
        {ThemeState::Assess, "assess", "관심"},
        {ThemeState::Trial, "trial", "시도"},
        {ThemeState::Adopt, "adopt", "사용"},
        {ThemeState::Hold, "hold", "보류"},
};

} // namespace

QString themeStateWord(ThemeState state, Language language)
{
    for (const StateWords &words : kStateWords) {
        if (words.state == state)
            return ko(language) ? QString::fromUtf8(words.korean) : QString::fromLatin1(words.english);
    }
    return {};
}

bool themeStateFromWord(const QString &word, ThemeState *state)
{
    const QString key = word.trimmed().toLower();
    for (const StateWords &words : kStateWords) {
        if (key == QLatin1String(words.english) || key == QString::fromUtf8(words.korean)) {
            *state = words.state;
            return true;
        }
    }
    return false;
}

QString unfinishedHeading(Language language)
{
    return ko(language) ? QStringLiteral("못다 한 것") : QStringLiteral("Left unfinished");
}

QString goalsOfYearHeading(int year, Language language)
{
    return ko(language) ? QStringLiteral("%1년 목표").arg(year) : QStringLiteral("Goals for %1").arg(year);
}

QString nextYearGoalsHeading(int year, Language language)
{
    return ko(language) ? QStringLiteral("내년 목표 (%1)").arg(year)
                        : QStringLiteral("Goals for next year (%1)").arg(year);
}

QString closingHeading(Language language)
{
    return ko(language) ? QStringLiteral("맺으며") : QStringLiteral("Closing note");
}

QString introductionHeading(Language language)
{
    return ko(language) ? QStringLiteral("들어가며") : QStringLiteral("Introduction");
}

QString noAreaHeading(Language language)
{
    return ko(language) ? QStringLiteral("기타") : QStringLiteral("Other");
}

QString wholeYearHeading(Language language)
{
    return ko(language) ? QStringLiteral("한 해 동안") : QStringLiteral("All year");
}

QString progressLabel(Language language)
{
    return ko(language) ? QStringLiteral("진행률") : QStringLiteral("Progress");
}

QString progressLine(const progress::GoalCounts &counts, Language language)
{
    const bool korean = ko(language);
    QString line = korean ? QStringLiteral("%1: %2개 중 %3개 완료 (%4%)")
                                    .arg(progressLabel(language))
                                    .arg(counts.total())
                                    .arg(counts.done)
                                    .arg(counts.percent())
                          : QStringLiteral("%1: %2 of %3 done (%4%)")
                                    .arg(progressLabel(language))
                                    .arg(counts.done)
                                    .arg(counts.total())
                                    .arg(counts.percent());
    const std::pair<int, QString> parts[] = {
            {counts.inProgress, korean ? QStringLiteral("진행 중 %1개") : QStringLiteral("%1 in progress")},
            {counts.open, korean ? QStringLiteral("시작 전 %1개") : QStringLiteral("%1 open")},
            {counts.dropped, korean ? QStringLiteral("포기 %1개") : QStringLiteral("%1 dropped")},
            {counts.carried, korean ? QStringLiteral("이월 %1개") : QStringLiteral("%1 carried over")},
    };
    for (const auto &[count, words] : parts) {
        if (count > 0)
            line += QStringLiteral(" · ") + words.arg(count);
    }
    return line;
}

QString doneWord(Language language)
{
    return ko(language) ? QStringLiteral("완료") : QStringLiteral("done");
}
QString droppedWord(Language language)
{
    return ko(language) ? QStringLiteral("포기") : QStringLiteral("dropped");
}
QString carriedWord(Language language)
{
    return ko(language) ? QStringLiteral("이월") : QStringLiteral("carried over");
}
QString linksWord(Language language)
{
    return ko(language) ? QStringLiteral("근거") : QStringLiteral("Evidence");
}

QString outputsHeading(Language language)
{
    return ko(language) ? QStringLiteral("올해 만든 것") : QStringLiteral("What I made");
}

namespace {

struct KindWords
{
    const char *key;
    const char *english;
    const char *korean; // UTF-8
};

constexpr KindWords kKindWords[] = {
        {"post", "Posts", "글"},    {"talk", "Talks", "발표"},   {"course", "Courses", "강의"},
        {"book", "Books", "책"},    {"paper", "Papers", "논문"}, {"release", "Releases", "릴리스"},
        {"other", "Other", "기타"},
};

} // namespace

QString outputKindHeading(const QString &kind, Language language)
{
    for (const KindWords &words : kKindWords) {
        if (kind == QLatin1String(words.key))
            return ko(language) ? QString::fromUtf8(words.korean) : QString::fromLatin1(words.english);
    }
    return kind;
}

QString monthName(int month, Language language)
{
    if (month < 1 || month > 12)
        return {};
    return ko(language) ? QStringLiteral("%1월").arg(month) : QString::fromLatin1(kEnglishMonths[month - 1]);
}

QString dateText(const PartialDate &date, Language language)
{
    switch (date.precision()) {
    case PartialDate::Precision::Year:
        return {};
    case PartialDate::Precision::Month:
        return monthName(date.month(), language);
    case PartialDate::Precision::Day:
        return ko(language) ? QStringLiteral("%1월 %2일").arg(date.month()).arg(date.day())
                            : QStringLiteral("%1 %2").arg(monthName(date.month(), language)).arg(date.day());
    }
    return {};
}

} // namespace hoego::reportwords
