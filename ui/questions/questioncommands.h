// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "storage/questionrepository.h"
#include "undo/mergeids.h"
#include "undo/storedcommand.h"

namespace hoego {

// Asks a question in a year; undo takes it out again (and drops the question when it was made for it).
class AddQuestionCommand final : public StoredCommand
{
public:
    AddQuestionCommand(QuestionRepository &questions, Id yearId, const Question &question);
    Id answerId() const { return m_answer.id; }

protected:
    Status apply() override;
    Status revert() override;

private:
    QuestionRepository &m_questions;
    Question m_question;
    Answer m_answer;
    bool m_createdQuestion = false;
    QuestionSnapshot m_snapshot;
};

class RemoveQuestionFromYearCommand final : public StoredCommand
{
public:
    RemoveQuestionFromYearCommand(QuestionRepository &questions, const Answer &answer, const QString &text);

protected:
    Status apply() override;
    Status revert() override;

private:
    QuestionRepository &m_questions;
    Answer m_answer;
};

// Writing an answer: consecutive saves of the same answer merge into one undo step, as typing does elsewhere.
StoredCommand *setAnswerCommand(const QuestionRepository &questions, const Answer &before, const QString &body);

} // namespace hoego
