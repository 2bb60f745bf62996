// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "model/entities.h"
#include "result.h"

#include <QList>

namespace hoego {

// A question with all its answers, so deleting it can be undone whole.
struct QuestionSnapshot
{
    Question question;
    QList<Answer> answers;
};

// What adding a question to a year did: the question may have been made for it.
struct QuestionAdded
{
    Id answerId = 0;
    Id questionId = 0;
    bool createdQuestion = false;
};

// A question's answer in a year, with the year's number (for the answers-over-the-years view).
struct DatedAnswer
{
    Answer answer;
    int yearNumber = 0;
};

// Questions asked across years, each with one answer per year it was asked in (issue 12). A year "has" a
// question once an answer row exists, even while the answer is still empty.
class QuestionRepository
{
public:
    explicit QuestionRepository(QString connection)
        : m_connection(std::move(connection))
    { }

    Result<QList<Question>> all() const;
    Result<Question> get(Id id) const;
    Result<Id> create(const Question &question);
    // The stored question with the same built-in key, else the same text (ASCII case ignored); id 0 if none.
    Result<Question> findSame(const Question &question) const;
    Status setText(Id id, const QString &text);
    Result<QuestionSnapshot> snapshot(Id id) const;
    Status remove(Id id);
    Status restore(const QuestionSnapshot &snapshot);

    Result<QList<YearQuestion>> forYear(Id yearId) const;
    // Every answer to the question, oldest year first.
    Result<QList<DatedAnswer>> answersOf(Id questionId) const;
    // The latest answer with text from a year before `yearNumber`; an answer with id 0 when there is none.
    Result<DatedAnswer> previousAnswer(Id questionId, int yearNumber) const;
    Result<Answer> answer(Id answerId) const;
    // Asks `question` in a year: an existing question with the same built-in key or the same text (ASCII case
    // ignored) is reused, otherwise it is made; one transaction.
    Result<QuestionAdded> addToYear(const Question &question, Id yearId, const QString &body = {});
    Status restoreAnswer(const Answer &answer);
    Status setAnswer(Id answerId, const QString &body);
    Status removeFromYear(Id answerId);
    Status move(Id answerId, int newIndex);

private:
    Result<Id> insertQuestion(const Question &question, bool keepId);
    Result<Id> insertAnswer(const Answer &answer, bool keepId);

    QString m_connection;
};

} // namespace hoego
