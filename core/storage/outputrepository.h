// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "incominglinks.h"
#include "model/entities.h"
#include "result.h"

#include <QList>
#include <QStringList>

namespace hoego {

// An output with the goals it is evidence for, so deleting it can be undone whole.
struct OutputSnapshot
{
    Output output;
    QList<Id> evidenceFor; // goal ids
};

// What a year produced (issue 13): posts, talks, courses, books, papers, releases and kinds the user names.
// Dated like events (to the day, the month or only the year), with a link, a venue, an area and notes.
class OutputRepository
{
public:
    explicit OutputRepository(QString connection)
        : m_connection(std::move(connection))
    { }

    // Ordered by date as events are (year-only first), then by position.
    Result<QList<Output>> forYear(Id yearId) const;
    Result<Output> get(Id id) const;
    // The kinds used anywhere, built-in ones first, for the kind pickers.
    Result<QStringList> kindsInUse() const;

    // Validates and stores a new output at the end of its year; the date's year must be the output's year.
    Result<Id> create(const Output &output);
    // Rewrites kind, title, date, link, venue, area and notes.
    // `shown`: the output as the editing view showed it. On a server the edit is refused when another client
    // changed its texts since (rowversion::writeIfShown).
    Status update(const Output &output, const Output *shown = nullptr);
    Status move(Id id, int newIndex);
    Result<OutputSnapshot> snapshot(Id id) const;
    // Deletes the output; its evidence links go with it (and the counts of goals that count their evidence).
    Status remove(Id id);
    // Puts a deleted output back under its id with its evidence links, in one transaction (undo).
    Status restore(const OutputSnapshot &snapshot);

    // Checks and cleans an output as create and update do: trimmed text, a known-safe link, a kind read in either
    // language ("글" is a post). Importers use it to refuse a file before writing anything.
    static Result<Output> cleaned(const Output &output);

private:
    Result<Id> insert(const Output &output, bool keepId);

    QString m_connection;
};

} // namespace hoego
