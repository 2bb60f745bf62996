// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "model/entities.h"
#include "result.h"

#include <QList>

#include <optional>

namespace hoego {

// Lessons learned in a year, optionally linked to the event or section they came from.
class LessonRepository
{
public:
    explicit LessonRepository(QString connection)
        : m_connection(std::move(connection))
    { }

    Result<QList<Lesson>> forYear(Id yearId) const;
    Result<Lesson> get(Id id) const;
    Result<Id> create(const Lesson &lesson);
    Status restore(const Lesson &lesson);
    // `shown`: the text the editing view showed. On a server the edit is refused when another client changed it
    // since (rowversion::writeIfShown); nothing to compare when unset.
    Status setText(Id id, const QString &text, const std::optional<QString> &shown = std::nullopt);
    Status setLinks(Id id, Id eventId, Id sectionId);
    Status remove(Id id);
    Status move(Id id, int newIndex);

private:
    QString m_connection;
};

// Things of a year left undone, optionally linked to the goal they came from; they carry into the next year.
class UnfinishedRepository
{
public:
    explicit UnfinishedRepository(QString connection)
        : m_connection(std::move(connection))
    { }

    Result<QList<UnfinishedItem>> forYear(Id yearId) const;
    Result<UnfinishedItem> get(Id id) const;
    Result<Id> create(const UnfinishedItem &item);
    Status restore(const UnfinishedItem &item);
    Status setText(Id id, const QString &text, const std::optional<QString> &shown = std::nullopt);
    Status setGoal(Id id, Id goalId);
    Status remove(Id id);
    Status move(Id id, int newIndex);

private:
    QString m_connection;
};

} // namespace hoego
