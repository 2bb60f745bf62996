// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "notestore.h"

#include <QCoreApplication>

namespace hoego {
namespace {

NoteItem fromLesson(const Lesson &lesson)
{
    return {lesson.id, lesson.yearId, lesson.text, lesson.eventId, lesson.sectionId, lesson.position, lesson.isPrivate};
}

NoteItem fromUnfinished(const UnfinishedItem &item)
{
    return {item.id, item.yearId, item.text, item.goalId, 0, item.position, item.isPrivate};
}

Lesson toLesson(const NoteItem &item)
{
    return {item.id, item.yearId, item.text, item.firstLink, item.secondLink, item.position, item.isPrivate};
}

UnfinishedItem toUnfinished(const NoteItem &item)
{
    return {item.id, item.yearId, item.text, item.firstLink, item.position, item.isPrivate};
}

template<typename Item, typename Convert>
Result<QList<NoteItem>> convertAll(const Result<QList<Item>> &items, Convert convert)
{
    if (!items.ok())
        return items.error();
    QList<NoteItem> converted;
    converted.reserve(items->size());
    for (const Item &item : items.value())
        converted << convert(item);
    return converted;
}

// Names the context of this file's strings for tr() and for lupdate alike.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hoego::NoteStore)
};

} // namespace

Result<QList<NoteItem>> NoteStore::forYear(Id yearId) const
{
    if (m_kind == NoteKind::Lesson)
        return convertAll(m_repositories.lessons.forYear(yearId), fromLesson);
    return convertAll(m_repositories.unfinished.forYear(yearId), fromUnfinished);
}

Result<NoteItem> NoteStore::get(Id id) const
{
    if (m_kind == NoteKind::Lesson) {
        auto lesson = m_repositories.lessons.get(id);
        if (!lesson.ok())
            return lesson.error();
        return fromLesson(lesson.value());
    }
    auto item = m_repositories.unfinished.get(id);
    if (!item.ok())
        return item.error();
    return fromUnfinished(item.value());
}

Result<Id> NoteStore::create(Id yearId, const QString &text)
{
    NoteItem item;
    item.yearId = yearId;
    item.text = text;
    if (m_kind == NoteKind::Lesson)
        return m_repositories.lessons.create(toLesson(item));
    return m_repositories.unfinished.create(toUnfinished(item));
}

Status NoteStore::restore(const NoteItem &item)
{
    if (m_kind == NoteKind::Lesson)
        return m_repositories.lessons.restore(toLesson(item));
    return m_repositories.unfinished.restore(toUnfinished(item));
}

Status NoteStore::setText(Id id, const QString &text)
{
    if (m_kind == NoteKind::Lesson)
        return m_repositories.lessons.setText(id, text);
    return m_repositories.unfinished.setText(id, text);
}

Status NoteStore::setLinks(Id id, Id firstLink, Id secondLink)
{
    if (m_kind == NoteKind::Lesson)
        return m_repositories.lessons.setLinks(id, firstLink, secondLink);
    return m_repositories.unfinished.setGoal(id, firstLink);
}

Status NoteStore::remove(Id id)
{
    if (m_kind == NoteKind::Lesson)
        return m_repositories.lessons.remove(id);
    return m_repositories.unfinished.remove(id);
}

Status NoteStore::move(Id id, int newIndex)
{
    if (m_kind == NoteKind::Lesson)
        return m_repositories.lessons.move(id, newIndex);
    return m_repositories.unfinished.move(id, newIndex);
}

Result<QList<LinkTarget>> NoteStore::linkTargets(Id yearId) const
{
    QList<LinkTarget> targets;
    if (m_kind == NoteKind::Unfinished) {
        auto goals = m_repositories.goals.forYear(yearId);
        if (!goals.ok())
            return goals.error();
        for (const Goal &goal : goals.value())
            targets << LinkTarget{Tr::tr("Goal: %1").arg(goal.title), goal.id, 0};
        return targets;
    }
    auto events = m_repositories.events.forYear(yearId);
    if (!events.ok())
        return events.error();
    auto sections = m_repositories.sections.forYear(yearId);
    if (!sections.ok())
        return sections.error();
    for (const Event &event : events.value())
        targets << LinkTarget{Tr::tr("Event: %1").arg(event.title), event.id, 0};
    for (const Section &section : sections.value())
        targets << LinkTarget{Tr::tr("Section: %1").arg(section.heading), 0, section.id};
    return targets;
}

} // namespace hoego
