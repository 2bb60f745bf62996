// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "questioncommands.h"

#include "undo/setvaluecommand.h"

#include <QCoreApplication>

namespace hoego {
namespace {

// Names the context of this file's strings for tr() and for lupdate alike.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hoego::QuestionCommands)
};

} // namespace

AddQuestionCommand::AddQuestionCommand(QuestionRepository &questions, Id yearId, const Question &question)
    : StoredCommand(Tr::tr("Add Question"))
    , m_questions(questions)
    , m_question(question)
{
    m_answer.yearId = yearId;
    setYearId(yearId);
}

Status AddQuestionCommand::apply()
{
    if (m_answer.id == 0) {
        auto added = m_questions.addToYear(m_question, m_answer.yearId);
        if (!added.ok())
            return added.error();
        auto stored = m_questions.answer(added->answerId);
        if (!stored.ok())
            return stored.error();
        m_answer = *stored;
        m_createdQuestion = added->createdQuestion;
        return {};
    }
    return m_createdQuestion ? m_questions.restore(m_snapshot) : m_questions.restoreAnswer(m_answer);
}

Status AddQuestionCommand::revert()
{
    if (!m_createdQuestion)
        return m_questions.removeFromYear(m_answer.id);
    auto snapshot = m_questions.snapshot(m_answer.questionId);
    if (!snapshot.ok())
        return snapshot.error();
    m_snapshot = *snapshot;
    return m_questions.remove(m_answer.questionId);
}

RemoveQuestionFromYearCommand::RemoveQuestionFromYearCommand(QuestionRepository &questions, const Answer &answer,
                                                             const QString &text)
    : StoredCommand(Tr::tr("Remove Question \"%1\"").arg(text))
    , m_questions(questions)
    , m_answer(answer)
{
    setYearId(answer.yearId);
}

Status RemoveQuestionFromYearCommand::apply()
{
    return m_questions.removeFromYear(m_answer.id);
}
Status RemoveQuestionFromYearCommand::revert()
{
    return m_questions.restoreAnswer(m_answer);
}

StoredCommand *setAnswerCommand(const QuestionRepository &questions, const Answer &before, const QString &body)
{
    auto *command = new SetValueCommand<QString>(
            Tr::tr("Write Answer"),
            // Typed and saved while idle, as a section's text: the later save wins.
            [repository = questions, id = before.id](const QString &text, const std::optional<QString> &) mutable {
                return repository.setAnswer(id, text);
            },
            before.body, body);
    command->setYearId(before.yearId);
    return command->mergingAs(MergeId::QuestionAnswer, before.id);
}

} // namespace hoego
