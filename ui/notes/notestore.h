// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "noteitem.h"
#include "result.h"
#include "storage/repositories.h"

namespace hoego {

// Lessons and unfinished items through the core's list-item storage, in the one shape they have from the
// database to the view (ListItem), so one model, one set of undo commands and one panel serve both lists. A cheap
// value: repositories hold only the connection name, so undo commands keep their own copy.
class NoteStore
{
public:
    NoteStore(const Repositories &repositories, ListKind kind)
        : m_repositories(repositories)
        , m_kind(kind)
    { }

    ListKind kind() const { return m_kind; }
    const QString &connection() const { return m_repositories.years.connection(); }

    Result<QList<ListItem>> forYear(Id yearId) const;
    Result<ListItem> get(Id id) const;
    Result<Id> create(Id yearId, const QString &text);
    Status restore(const ListItem &item);
    Status setText(Id id, const QString &text, const std::optional<QString> &shown = std::nullopt);
    Status setLinks(Id id, Id firstLink, Id secondLink);
    Status remove(Id id);
    Status move(Id id, int newIndex);
    // What items of this kind may link to in the year: events and sections for lessons, goals otherwise.
    Result<QList<LinkTarget>> linkTargets(Id yearId) const;

private:
    Repositories m_repositories;
    ListKind m_kind;
};

} // namespace hoego
