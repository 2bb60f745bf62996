// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "incominglinks.h"
#include "model/entities.h"
#include "result.h"

#include <QHash>
#include <QList>

#include <optional>

namespace hoego {

// Life areas (Life, Work, Study...) that group events and goals; user-editable with a colour and an order.
class AreaRepository
{
public:
    explicit AreaRepository(QString connection)
        : m_connection(std::move(connection))
    { }

    Result<QList<Area>> all() const;
    Result<Id> create(const QString &name, const QColor &color);
    // `shown`: the text the editing view showed. On a server the edit is refused when another client changed it
    // since (rowversion::writeIfShown); nothing to compare when unset.
    Status rename(Id id, const QString &name, const std::optional<QString> &shown = std::nullopt);
    Status setColor(Id id, const QColor &color);
    Status move(Id id, int newIndex);
    // Events and goals of a removed area keep existing, without an area.
    Status remove(Id id);
    // The events and goals of the area, which a remove leaves without one: read them first to undo it.
    Result<IncomingLinks> incomingLinks(Id id) const;
    // Puts back a removed area under its old id, name, colour and place, with its events and goals (undo).
    Status restore(const Area &area, const IncomingLinks &links = {});

    // The areas a new database starts with, as stored (English).
    static QStringList startingNames();
    // Renames starting areas still named as created (a new database, shown in the user's language); names
    // the user already changed, or that would clash, are left alone.
    Status renameStartingAreas(const QHash<QString, QString> &translatedNames);

private:
    QString m_connection;

public:
    const QString &connection() const { return m_connection; }
};

} // namespace hoego
