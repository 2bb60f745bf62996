// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "model/ids.h"
#include "result.h"

#include <QList>
#include <QString>

// Lessons and unfinished items are both short ordered texts of a year with optional links to other rows;
// this is their shared storage. Table and column names come from code only.
namespace hoego::textitems {

struct Spec
{
    const char *table;
    const char *firstLink; // e.g. lesson.event_id
    const char *secondLink; // e.g. lesson.section_id; null when the table has one link
    const char *itemName; // for messages: "The lesson"
};

struct Row
{
    Id id = 0;
    Id yearId = 0;
    QString text;
    Id firstLink = 0;
    Id secondLink = 0;
    int position = 0;
    bool isPrivate = false;
};

Result<QList<Row>> forYear(const QString &connection, const Spec &spec, Id yearId);
Result<Row> get(const QString &connection, const Spec &spec, Id id);
Result<Id> create(const QString &connection, const Spec &spec, const Row &row);
// Inserts under the row's own id and position (undo of a delete).
Status restore(const QString &connection, const Spec &spec, const Row &row);
Status setText(const QString &connection, const Spec &spec, Id id, const QString &text);
Status setLinks(const QString &connection, const Spec &spec, Id id, Id firstLink, Id secondLink);
Status remove(const QString &connection, const Spec &spec, Id id);
Status move(const QString &connection, const Spec &spec, Id id, int newIndex);

} // namespace hoego::textitems
