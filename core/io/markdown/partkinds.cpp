// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "markdownimport.h"
#include "outputlists.h"
#include "vocabulary.h"

#include <QRegularExpression>

// What a part's heading says it holds, by the words of the vocabulary file.
namespace hoego {
namespace {

using Kind = MarkdownPart::Kind;

constexpr std::pair<Kind, const char *> kKindKeys[] = {
        {Kind::Section, "section"},          {Kind::Events, "events"},
        {Kind::TechEvents, "tech-events"},   {Kind::Themes, "themes"},
        {Kind::Questions, "questions"},      {Kind::Lessons, "lessons"},
        {Kind::Unfinished, "unfinished"},    {Kind::Goals, "goals"},
        {Kind::ClosingNote, "closing-note"}, {Kind::Skip, "skip"},
        {Kind::Outputs, "outputs"},          {Kind::Summary, "summary"},
};

bool containsAny(const QString &text, const QStringList &needles)
{
    for (const QString &needle : needles) {
        if (text.contains(needle, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

// A heading that starts with one of `words` as a whole word ("Keep", "Longed for: ..."), after the number a
// numbered retrospective gives its parts ("1. Liked", "3) Lacked").
bool startsWithWord(const QString &text, const QStringList &words)
{
    static const QRegularExpression numbering(QStringLiteral("^\\d{1,2}[.)]\\s*"));
    const QString heading = QString(text).remove(numbering);
    for (const QString &word : words) {
        if (heading.startsWith(word, Qt::CaseInsensitive)
            && (heading.size() == word.size() || !heading[word.size()].isLetter()))
            return true;
    }
    return false;
}

} // namespace

QString partKindKey(MarkdownPart::Kind kind)
{
    for (const auto &[candidate, key] : kKindKeys) {
        if (candidate == kind)
            return QString::fromLatin1(key);
    }
    return {};
}

std::optional<MarkdownPart::Kind> partKindFromKey(const QString &key)
{
    for (const auto &[candidate, name] : kKindKeys) {
        if (key.trimmed().compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
            return candidate;
    }
    return std::nullopt;
}

MarkdownPart::Kind detectPartKind(const QString &heading)
{
    return detectPartKind(heading, Vocabulary::builtIn());
}

MarkdownPart::Kind detectPartKind(const QString &heading, const Vocabulary &vocabulary)
{
    const QString text = heading.trimmed();
    // KPT and 4L retrospectives name their parts with one word: what went well and what was learned are lessons,
    // what went wrong or was missing is left unfinished, and what to try or longed for is next year's goals.
    if (startsWithWord(text, vocabulary.oneWordHeadings(QStringLiteral("goals"))))
        return Kind::Goals;
    if (startsWithWord(text, vocabulary.oneWordHeadings(QStringLiteral("unfinished"))))
        return Kind::Unfinished;
    if (startsWithWord(text, vocabulary.oneWordHeadings(QStringLiteral("lessons"))))
        return Kind::Lessons;
    const auto says
            = [&](const char *kind) { return containsAny(text, vocabulary.headingWords(QString::fromLatin1(kind))); };
    // In this order: "마무리가 안 된 일" is unfinished, "마무리" alone the closing note; "2025년 목표 돌아보기" goals.
    for (const auto &[kind, key] :
         {std::pair{Kind::Unfinished, "unfinished"}, std::pair{Kind::ClosingNote, "closing-note"},
          std::pair{Kind::Summary, "summary"}, std::pair{Kind::Outputs, "outputs"}, std::pair{Kind::Goals, "goals"},
          std::pair{Kind::Lessons, "lessons"}, std::pair{Kind::Questions, "questions"}}) {
        if (says(key))
            return kind;
    }
    // "작성한 글", "발표", "Talks": what the author made (issue 13).
    if (outputlists::kindOfHeading(text))
        return Kind::Outputs;
    // Technologies watched are themes; things that happened in tech ("기술적으로 한 일") stay events.
    const bool tech = says("tech");
    if (tech && says("events"))
        return Kind::TechEvents;
    if (tech || says("themes"))
        return Kind::Themes;
    if (says("events"))
        return Kind::Events;
    return Kind::Section;
}

int goalYearOf(const QString &heading, int documentYear)
{
    static const QRegularExpression year(QStringLiteral("(?<!\\d)(1[9]\\d\\d|2[0-2]\\d\\d)(?!\\d)"));
    if (const auto named = year.match(heading); named.hasMatch())
        return named.captured(1).toInt();
    const Vocabulary &vocabulary = Vocabulary::builtIn();
    if (containsAny(heading, vocabulary.thisYearWords()) && !containsAny(heading, vocabulary.nextYearWords()))
        return documentYear;
    return documentYear + 1;
}

} // namespace hoego
