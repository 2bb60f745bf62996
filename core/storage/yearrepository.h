// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "model/entities.h"
#include "result.h"

#include <QList>
#include <QString>

#include <optional>

namespace hoego {

// Years of the retrospective: the year number is unique and in 1900..2200.
class YearRepository
{
public:
    explicit YearRepository(QString connection)
        : m_connection(std::move(connection))
    { }

    Result<Id> create(int number, const QString &title = {}, const QString &summary = {});
    // Puts a removed year back with the id, title, summary and closing note it had (its items: yearsnapshot.h).
    Status restore(const Year &year);
    Result<Year> get(Id id) const;
    Result<Year> byNumber(int number) const;
    // Every year with its counts, oldest first, in one query (the timeline and year list read this).
    Result<QList<YearOverview>> overviews() const;
    Result<YearOverview> overview(Id id) const;

    // `shown`: the text the editing view showed. On a server the edit is refused when another client changed it
    // since (rowversion::writeIfShown); nothing to compare when unset.
    Status setTitle(Id id, const QString &title, const std::optional<QString> &shown = std::nullopt);
    Status setSummary(Id id, const QString &summary, const std::optional<QString> &shown = std::nullopt);
    Status setClosingNote(Id id, const QString &note);
    Status remove(Id id);

    // The connection it writes through, for changes that span repositories in one transaction.
    const QString &connection() const { return m_connection; }

private:
    Status setText(Id id, const char *column, const QString &value, const std::optional<QString> &shown);
    QString m_connection;
};

} // namespace hoego
