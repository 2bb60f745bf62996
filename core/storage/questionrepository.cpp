// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "questionrepository.h"

#include "ordering.h"
#include "sql.h"
#include "validation.h"

#include <QCoreApplication>

namespace hoego {
namespace {

// Names the context of this file's strings for tr() and for lupdate alike.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hoego::QuestionRepository)
};

constexpr ordering::Scope kAnswerScope{"answer", "year_id"};
const QString kSelectQuestion = QStringLiteral("SELECT id, text, builtin FROM question");
const QString kSelectAnswer
        = QStringLiteral("SELECT a.id, a.question_id, a.year_id, a.body, a.position, a.private FROM answer AS a");

Question readQuestion(const QSqlQuery &query, int first = 0)
{
    return {query.value(first).toLongLong(), query.value(first + 1).toString(), query.value(first + 2).toString()};
}

Answer readAnswer(const QSqlQuery &query)
{
    return {query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toLongLong(),
            query.value(3).toString(),   query.value(4).toInt(),      query.value(5).toBool()};
}

// Questions end with a question mark and may run a little long, but stay one line.
Result<QString> checkedText(const QString &text)
{
    return validation::title(text.simplified(), Tr::tr("The question"));
}
Result<QString> checkedBody(const QString &body)
{
    return validation::body(body, Tr::tr("The answer"));
}

Error textConflictOr(const Error &error, const QString &text)
{
    if (error.code == Error::Code::Conflict)
        return Error{Error::Code::Conflict, Tr::tr("The question \"%1\" already exists.").arg(text)};
    return error;
}

} // namespace

Result<QList<Question>> QuestionRepository::all() const
{
    return sql::readAll<Question>(sql::exec(m_connection, kSelectQuestion + QStringLiteral(" ORDER BY id")),
                                  [](const QSqlQuery &q) { return readQuestion(q); });
}

Result<Question> QuestionRepository::get(Id id) const
{
    auto query = sql::single(m_connection, kSelectQuestion + QStringLiteral(" WHERE id = ?"), {id},
                             Tr::tr("The question"));
    if (!query.ok())
        return query.error();
    return readQuestion(query.value());
}

Result<Id> QuestionRepository::insertQuestion(const Question &question, bool keepId)
{
    auto text = checkedText(question.text);
    if (!text.ok())
        return text.error();
    auto inserted = sql::insert(m_connection, QStringLiteral("question"), QStringLiteral("text, builtin"),
                                {*text, sql::nullableText(question.builtinKey)}, keepId ? question.id : 0);
    if (!inserted.ok())
        return textConflictOr(inserted.error(), *text);
    return inserted;
}

Result<Id> QuestionRepository::create(const Question &question)
{
    return sql::inTransaction(m_connection, [&] { return insertQuestion(question, false); });
}

Status QuestionRepository::setText(Id id, const QString &text)
{
    auto checked = checkedText(text);
    if (!checked.ok())
        return checked.error();
    return sql::inTransaction(m_connection, [&]() -> Status {
        auto updated
                = sql::exec(m_connection, QStringLiteral("UPDATE question SET text = ? WHERE id = ?"), {*checked, id});
        if (!updated.ok())
            return textConflictOr(updated.error(), *checked);
        return sql::expectOneRow(updated, Tr::tr("The question"));
    });
}

Result<QuestionSnapshot> QuestionRepository::snapshot(Id id) const
{
    auto question = get(id);
    if (!question.ok())
        return question.error();
    auto answers = sql::readAll<Answer>(
            sql::exec(m_connection, kSelectAnswer + QStringLiteral(" WHERE a.question_id = ? ORDER BY a.id"), {id}),
            readAnswer);
    if (!answers.ok())
        return answers.error();
    return QuestionSnapshot{*question, *answers};
}

Status QuestionRepository::remove(Id id)
{
    return sql::inTransaction(m_connection, [&] {
        return sql::expectOneRow(sql::exec(m_connection, QStringLiteral("DELETE FROM question WHERE id = ?"), {id}),
                                 Tr::tr("The question"));
    });
}

Status QuestionRepository::restore(const QuestionSnapshot &snapshot)
{
    if (snapshot.question.id <= 0)
        return Error::invalid(Tr::tr("Only a stored question can be restored."));
    return sql::inTransaction(m_connection, [&]() -> Status {
        if (auto inserted = insertQuestion(snapshot.question, true); !inserted.ok())
            return inserted.error();
        for (const Answer &answer : snapshot.answers) {
            if (auto inserted = insertAnswer(answer, true); !inserted.ok())
                return inserted.error();
        }
        return {};
    });
}

Result<QList<YearQuestion>> QuestionRepository::forYear(Id yearId) const
{
    auto query = sql::exec(
            m_connection,
            QStringLiteral("SELECT a.id, a.question_id, a.year_id, a.body, a.position, a.private, q.id, q.text, "
                           "q.builtin FROM answer AS a JOIN question AS q ON q.id = a.question_id "
                           "WHERE a.year_id = ? ORDER BY a.position, a.id"),
            {yearId});
    return sql::readAll<YearQuestion>(std::move(query), [](const QSqlQuery &q) {
        return YearQuestion{readAnswer(q), readQuestion(q, 6)};
    });
}

Result<QList<DatedAnswer>> QuestionRepository::answersOf(Id questionId) const
{
    auto query
            = sql::exec(m_connection,
                        QStringLiteral("SELECT a.id, a.question_id, a.year_id, a.body, a.position, a.private, y.number "
                                       "FROM answer AS a JOIN year AS y ON y.id = a.year_id "
                                       "WHERE a.question_id = ? ORDER BY y.number"),
                        {questionId});
    return sql::readAll<DatedAnswer>(std::move(query), [](const QSqlQuery &q) {
        return DatedAnswer{readAnswer(q), q.value(6).toInt()};
    });
}

Result<DatedAnswer> QuestionRepository::previousAnswer(Id questionId, int yearNumber) const
{
    auto query
            = sql::exec(m_connection,
                        QStringLiteral("SELECT a.id, a.question_id, a.year_id, a.body, a.position, a.private, y.number "
                                       "FROM answer AS a JOIN year AS y ON y.id = a.year_id "
                                       "WHERE a.question_id = ? AND y.number < ? AND length(trim(a.body)) > 0 "
                                       "ORDER BY y.number DESC LIMIT 1"),
                        {questionId, yearNumber});
    if (!query.ok())
        return query.error();
    if (!query.value().next())
        return DatedAnswer{};
    return DatedAnswer{readAnswer(query.value()), query.value().value(6).toInt()};
}

Result<Answer> QuestionRepository::answer(Id answerId) const
{
    auto query = sql::single(m_connection, kSelectAnswer + QStringLiteral(" WHERE a.id = ?"), {answerId},
                             Tr::tr("The answer"));
    if (!query.ok())
        return query.error();
    return readAnswer(query.value());
}

Result<Question> QuestionRepository::findSame(const Question &question) const
{
    auto query = sql::exec(m_connection,
                           kSelectQuestion
                                   + QStringLiteral(" WHERE (builtin IS NOT NULL AND builtin = ?) "
                                                    "OR lower(text) = lower(?) ORDER BY builtin IS NULL LIMIT 1"),
                           {question.builtinKey, question.text.simplified()});
    if (!query.ok())
        return query.error();
    if (!query.value().next())
        return Question{};
    return readQuestion(query.value());
}

Result<Id> QuestionRepository::insertAnswer(const Answer &answer, bool keepId)
{
    auto body = checkedBody(answer.body);
    if (!body.ok())
        return body.error();
    int position = answer.position;
    if (!keepId) {
        auto next = ordering::nextPosition(m_connection, kAnswerScope, answer.yearId);
        if (!next.ok())
            return next.error();
        position = *next;
    }
    auto inserted = sql::insert(
            m_connection, QStringLiteral("answer"), QStringLiteral("question_id, year_id, body, position, private"),
            {answer.questionId, answer.yearId, *body, position, int(answer.isPrivate)}, keepId ? answer.id : 0);
    if (!inserted.ok() && inserted.error().code == Error::Code::Conflict)
        return Error{Error::Code::Conflict, Tr::tr("The question is already asked in that year.")};
    return inserted;
}

Result<QuestionAdded> QuestionRepository::addToYear(const Question &question, Id yearId, const QString &body)
{
    return sql::inTransaction(m_connection, [&]() -> Result<QuestionAdded> {
        auto same = findSame(question);
        if (!same.ok())
            return same.error();
        QuestionAdded added;
        added.questionId = same->id;
        if (added.questionId == 0) {
            auto created = insertQuestion(Question{0, question.text, question.builtinKey}, false);
            if (!created.ok())
                return created.error();
            added.questionId = *created;
            added.createdQuestion = true;
        }
        auto answerId = insertAnswer(Answer{0, added.questionId, yearId, body, 0}, false);
        if (!answerId.ok())
            return answerId.error();
        added.answerId = *answerId;
        return added;
    });
}

Status QuestionRepository::restoreAnswer(const Answer &answer)
{
    if (answer.id <= 0)
        return Error::invalid(Tr::tr("Only a stored answer can be restored."));
    return sql::inTransaction(m_connection, [&]() -> Status { return insertAnswer(answer, true); });
}

Status QuestionRepository::setAnswer(Id answerId, const QString &body)
{
    auto checked = checkedBody(body);
    if (!checked.ok())
        return checked.error();
    return sql::inTransaction(m_connection, [&] {
        return sql::expectOneRow(sql::exec(m_connection, QStringLiteral("UPDATE answer SET body = ? WHERE id = ?"),
                                           {*checked, answerId}),
                                 Tr::tr("The answer"));
    });
}

Status QuestionRepository::removeFromYear(Id answerId)
{
    return sql::inTransaction(m_connection, [&] {
        return sql::expectOneRow(sql::exec(m_connection, QStringLiteral("DELETE FROM answer WHERE id = ?"), {answerId}),
                                 Tr::tr("The answer"));
    });
}

Status QuestionRepository::move(Id answerId, int newIndex)
{
    return ordering::move(m_connection, kAnswerScope, answerId, newIndex);
}

} // namespace hoego
