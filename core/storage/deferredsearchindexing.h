// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "result.h"

#include <QHash>
#include <QString>

namespace hoego {

// Lets a bulk write (an import) fill the search indexes once at the end instead of row by row: start() drops
// the indexing triggers and notes the last id of every searched table; finish() indexes the rows written since
// and puts the triggers back. Both must run inside the same open transaction, so a rollback also restores the
// triggers and leaves the indexes as they were.
class DeferredSearchIndexing
{
public:
    static Result<DeferredSearchIndexing> start(const QString &connection);
    Status finish() const;

private:
    QString m_connection;
    QHash<QString, qint64> m_lastIdBefore;
};

} // namespace hoego
