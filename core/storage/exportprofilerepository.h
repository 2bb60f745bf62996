// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "model/yearpart.h"
#include "result.h"

#include <QStringList>

namespace hoego {

// The export profiles (issue 14): named sets of heading renames, stored in the database so they travel with
// backups. Names are unique whatever their case.
class ExportProfileRepository
{
public:
    explicit ExportProfileRepository(QString connection)
        : m_connection(std::move(connection))
    { }

    // The profiles' names, sorted.
    Result<QStringList> names() const;
    // NotFound when no profile has that name (case aside).
    Result<ExportProfile> byName(const QString &name) const;
    // Creates the profile or replaces the headings of the one with its name, in one transaction. Empty headings
    // are left out: the part keeps its default heading.
    Status save(const ExportProfile &profile);
    Status remove(const QString &name);

private:
    QString m_connection;
};

} // namespace hoego
