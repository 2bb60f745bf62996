// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "model/ids.h"
#include "model/yearpart.h"
#include "result.h"

namespace hoego {

// Each year's own order of its exported parts (issues 14 and 20). An empty order means the default one.
class YearPartRepository
{
public:
    explicit YearPartRepository(QString connection)
        : m_connection(std::move(connection))
    { }

    Result<QList<YearPart>> order(Id yearId) const;
    // Replaces the year's order in one transaction; an empty list goes back to the default order.
    Status setOrder(Id yearId, const QList<YearPart> &parts);

private:
    QString m_connection;
};

} // namespace hoego
