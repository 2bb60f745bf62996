// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "model/ids.h"
#include "model/listitem.h"
#include "result.h"

#include <QList>
#include <QString>

#include <optional>

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

// The one shape of a list item, from the database to the view.
using Row = ListItem;

// The table and columns of each kind of list.
const Spec &specOf(ListKind kind);

Result<QList<Row>> forYear(const QString &connection, const Spec &spec, Id yearId);
Result<Row> get(const QString &connection, const Spec &spec, Id id);
Result<Id> create(const QString &connection, const Spec &spec, const Row &row);
// Inserts under the row's own id and position (undo of a delete).
Status restore(const QString &connection, const Spec &spec, const Row &row);
// `shown`: see rowversion::writeIfShown.
Status setText(const QString &connection, const Spec &spec, Id id, const QString &text,
               const std::optional<QString> &shown = std::nullopt);
Status setLinks(const QString &connection, const Spec &spec, Id id, Id firstLink, Id secondLink);
Status remove(const QString &connection, const Spec &spec, Id id);
Status move(const QString &connection, const Spec &spec, Id id, int newIndex);

} // namespace hoego::textitems
