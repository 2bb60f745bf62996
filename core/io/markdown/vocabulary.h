// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

namespace hoego {

// The Korean and English words that tell the importer what a post's part holds, kept as data in
// resources/import/vocabulary.json (built in as :/import/vocabulary.json) so that adding a word needs no code.
class Vocabulary
{
public:
    // The built-in file, read once.
    static const Vocabulary &builtIn();
    // Reads a file of the same shape; missing lists are empty.
    static Vocabulary fromJson(const QByteArray &json);

    // "headings" lists by kind: unfinished, closing-note, summary, outputs, goals, lessons, questions, tech,
    // themes, events.
    QStringList headingWords(const QString &kind) const { return m_lists.value(QStringLiteral("headings/") + kind); }
    // KPT and 4L words that name a whole part: lessons, unfinished, goals.
    QStringList oneWordHeadings(const QString &kind) const
    {
        return m_lists.value(QStringLiteral("one-word-headings/") + kind);
    }
    QStringList thisYearWords() const { return m_lists.value(QStringLiteral("goal-years/this-year")); }
    QStringList nextYearWords() const { return m_lists.value(QStringLiteral("goal-years/next-year")); }
    // A goal's "(완료 ...)", "(포기: ...)", "(이월)" suffix: done, dropped, carried.
    QStringList goalStateWords(const QString &state) const
    {
        return m_lists.value(QStringLiteral("goal-states/") + state);
    }
    QStringList genericPostTags() const { return m_lists.value(QStringLiteral("post-tags/generic")); }
    // Phrases of a heading that lists outputs of `kind` (a built-in kind's key: post, talk...), and the words of
    // one that lists what was read or planned instead (issue 13).
    QStringList outputHeadingWords(const QString &kind) const
    {
        return m_lists.value(QStringLiteral("output-headings/") + kind);
    }
    QStringList notMadeWords() const { return m_lists.value(QStringLiteral("not-made/words")); }
    // Whether lower-case `text` holds `word` as these lists match: a word in Latin letters or of one letter
    // whole ("blog" not in "blogging", "본" not in "기본"), another anywhere ("작성한 글").
    static bool holdsWord(const QString &text, const QString &word);

private:
    QHash<QString, QStringList> m_lists; // "group/kind" → words, lower case
};

} // namespace hoego
