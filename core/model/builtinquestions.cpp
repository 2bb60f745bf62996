// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "builtinquestions.h"

#include <QCoreApplication>

namespace hoego {
namespace {

struct Entry
{
    const char *key;
    const char *text;
};

// QT_TRANSLATE_NOOP keeps the texts in the translation file; builtinQuestions() translates them.
constexpr Entry kEntries[] = {
        {"best-moment", QT_TRANSLATE_NOOP("hoego::BuiltinQuestions", "What was the best moment of the year?")},
        {"proudest", QT_TRANSLATE_NOOP("hoego::BuiltinQuestions", "What am I proudest of this year?")},
        {"drained", QT_TRANSLATE_NOOP("hoego::BuiltinQuestions", "What drained my energy?")},
        {"gave-energy", QT_TRANSLATE_NOOP("hoego::BuiltinQuestions", "What gave me energy?")},
        {"stop-doing", QT_TRANSLATE_NOOP("hoego::BuiltinQuestions", "What should I stop doing?")},
        {"keep-doing", QT_TRANSLATE_NOOP("hoego::BuiltinQuestions", "What should I keep doing?")},
        {"who-helped", QT_TRANSLATE_NOOP("hoego::BuiltinQuestions", "Who helped me, and did I thank them?")},
        {"learn-next", QT_TRANSLATE_NOOP("hoego::BuiltinQuestions", "What should I learn next?")},
        {"split-time", QT_TRANSLATE_NOOP("hoego::BuiltinQuestions", "How did I split my time, and how do I want to?")},
        {"changed-mind", QT_TRANSLATE_NOOP("hoego::BuiltinQuestions", "What did I change my mind about?")},
        {"hardest",
         QT_TRANSLATE_NOOP("hoego::BuiltinQuestions", "What was the hardest thing, and how did I get through it?")},
        {"one-word", QT_TRANSLATE_NOOP("hoego::BuiltinQuestions", "What one word sums up the year?")},
};

} // namespace

QList<BuiltinQuestion> builtinQuestions()
{
    QList<BuiltinQuestion> questions;
    for (const Entry &entry : kEntries)
        questions.append(
                {QString::fromLatin1(entry.key), QCoreApplication::translate("hoego::BuiltinQuestions", entry.text)});
    return questions;
}

} // namespace hoego
