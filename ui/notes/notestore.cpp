// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "notestore.h"

#include "storage/textitems.h"

#include <QCoreApplication>

namespace hoego {
namespace {

// Names the context of this file's strings for tr() and for lupdate alike.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hoego::NoteStore)
};

} // namespace

Result<QList<ListItem>> NoteStore::forYear(Id yearId) const
{
    return textitems::forYear(connection(), textitems::specOf(m_kind), yearId);
}

Result<ListItem> NoteStore::get(Id id) const
{
    return textitems::get(connection(), textitems::specOf(m_kind), id);
}

Result<Id> NoteStore::create(Id yearId, const QString &text)
{
    ListItem item;
    item.yearId = yearId;
    item.text = text;
    return textitems::create(connection(), textitems::specOf(m_kind), item);
}

Status NoteStore::restore(const ListItem &item)
{
    return textitems::restore(connection(), textitems::specOf(m_kind), item);
}

Status NoteStore::setText(Id id, const QString &text, const std::optional<QString> &shown)
{
    return textitems::setText(connection(), textitems::specOf(m_kind), id, text, shown);
}

Status NoteStore::setLinks(Id id, Id firstLink, Id secondLink)
{
    // An unfinished item has one link, to a goal.
    return textitems::setLinks(connection(), textitems::specOf(m_kind), id, firstLink,
                               m_kind == ListKind::Lesson ? secondLink : 0);
}

Status NoteStore::remove(Id id)
{
    return textitems::remove(connection(), textitems::specOf(m_kind), id);
}

Status NoteStore::move(Id id, int newIndex)
{
    return textitems::move(connection(), textitems::specOf(m_kind), id, newIndex);
}

Result<QList<LinkTarget>> NoteStore::linkTargets(Id yearId) const
{
    QList<LinkTarget> targets;
    if (m_kind == ListKind::Unfinished) {
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
