// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "lessonrepository.h"

#include "rowversion.h"
#include "textitems.h"

namespace hoego {
namespace {

const textitems::Spec &kLessons = textitems::specOf(ListKind::Lesson);
const textitems::Spec &kUnfinished = textitems::specOf(ListKind::Unfinished);

Lesson toLesson(const textitems::Row &row)
{
    return {row.id, row.yearId, row.text, row.firstLink, row.secondLink, row.position, row.isPrivate};
}
textitems::Row fromLesson(const Lesson &l)
{
    return {l.id, l.yearId, l.text, l.eventId, l.sectionId, l.position, l.isPrivate};
}
UnfinishedItem toUnfinished(const textitems::Row &row)
{
    return {row.id, row.yearId, row.text, row.firstLink, row.position, row.isPrivate};
}
textitems::Row fromUnfinished(const UnfinishedItem &u)
{
    return {u.id, u.yearId, u.text, u.goalId, 0, u.position, u.isPrivate};
}

template<typename Item, typename Convert>
Result<QList<Item>> convertAll(const Result<QList<textitems::Row>> &rows, Convert convert)
{
    if (!rows.ok())
        return rows.error();
    QList<Item> items;
    items.reserve(rows->size());
    for (const auto &row : rows.value())
        items << convert(row);
    return items;
}

template<typename Item, typename Convert>
Result<Item> convertOne(const Result<textitems::Row> &row, Convert convert)
{
    if (!row.ok())
        return row.error();
    return convert(row.value());
}

} // namespace

Result<QList<Lesson>> LessonRepository::forYear(Id yearId) const
{
    return convertAll<Lesson>(textitems::forYear(m_connection, kLessons, yearId), toLesson);
}
Result<Lesson> LessonRepository::get(Id id) const
{
    return convertOne<Lesson>(textitems::get(m_connection, kLessons, id), toLesson);
}
Result<Id> LessonRepository::create(const Lesson &lesson)
{
    return textitems::create(m_connection, kLessons, fromLesson(lesson));
}
Status LessonRepository::restore(const Lesson &lesson)
{
    return textitems::restore(m_connection, kLessons, fromLesson(lesson));
}
Status LessonRepository::setText(Id id, const QString &text, const std::optional<QString> &shown)
{
    return textitems::setText(m_connection, kLessons, id, text, shown);
}
Status LessonRepository::setLinks(Id id, Id eventId, Id sectionId)
{
    return textitems::setLinks(m_connection, kLessons, id, eventId, sectionId);
}
Status LessonRepository::remove(Id id)
{
    return textitems::remove(m_connection, kLessons, id);
}
Status LessonRepository::move(Id id, int newIndex)
{
    return textitems::move(m_connection, kLessons, id, newIndex);
}

Result<QList<UnfinishedItem>> UnfinishedRepository::forYear(Id yearId) const
{
    return convertAll<UnfinishedItem>(textitems::forYear(m_connection, kUnfinished, yearId), toUnfinished);
}
Result<UnfinishedItem> UnfinishedRepository::get(Id id) const
{
    return convertOne<UnfinishedItem>(textitems::get(m_connection, kUnfinished, id), toUnfinished);
}
Result<Id> UnfinishedRepository::create(const UnfinishedItem &item)
{
    return textitems::create(m_connection, kUnfinished, fromUnfinished(item));
}
Status UnfinishedRepository::restore(const UnfinishedItem &item)
{
    return textitems::restore(m_connection, kUnfinished, fromUnfinished(item));
}
Status UnfinishedRepository::setText(Id id, const QString &text, const std::optional<QString> &shown)
{
    return textitems::setText(m_connection, kUnfinished, id, text, shown);
}
Status UnfinishedRepository::setGoal(Id id, Id goalId)
{
    return textitems::setLinks(m_connection, kUnfinished, id, goalId, 0);
}
Status UnfinishedRepository::remove(Id id)
{
    return textitems::remove(m_connection, kUnfinished, id);
}
Status UnfinishedRepository::move(Id id, int newIndex)
{
    return textitems::move(m_connection, kUnfinished, id, newIndex);
}

} // namespace hoego
