// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "model/entities.h"
#include "result.h"

#include <QList>

#include <optional>

namespace hoego {

// The narrative parts of a year's review, in order, with Markdown bodies.
class SectionRepository
{
public:
    explicit SectionRepository(QString connection)
        : m_connection(std::move(connection))
    { }

    Result<QList<Section>> forYear(Id yearId) const;
    Result<Section> get(Id id) const;
    // Appends a section; returns its id.
    Result<Id> create(Id yearId, const QString &heading, const QString &body = {});
    // Puts back a deleted section under its old id and position (undo).
    Status restore(const Section &section);
    // `shown`: the text the editing view showed. On a server the edit is refused when another client changed it
    // since (rowversion::writeIfShown); nothing to compare when unset.
    Status setHeading(Id id, const QString &heading, const std::optional<QString> &shown = std::nullopt);
    Status setBody(Id id, const QString &body);
    Status remove(Id id);
    Status move(Id id, int newIndex);

private:
    QString m_connection;
};

} // namespace hoego
