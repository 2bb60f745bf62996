// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "importresult.h"
#include "yeardata.h"

#include <QHash>
#include <QList>
#include <QString>

namespace hoego {

// Content read from a file, ready to be written. Every id in it (of areas, events, sections, goals) is a key
// local to the file: links between items (a lesson's event, an unfinished item's goal, a goal carried from
// another) use these keys, and the writer maps them to fresh database ids. Areas are matched by name.
struct ImportBatch
{
    enum class Kind { Year, Event, Section, Lesson, Unfinished, Goal, Theme, Question, Output };

    QString fileName; // for messages
    QList<Area> areas; // areas the items refer to (by local id), in the file's order
    QList<YearData> years; // any order; written oldest first
    // Themes and questions described once for the file (area, notes, built-in key), whether or not a year of
    // the file has them. A year's themes and questions name them; one a year names that is not here is made
    // with its name alone. Local ids key the origins.
    QList<Theme> themes;
    QList<Question> questions;
    bool wholeDatabase = false; // a full backup: area colours and order are adopted into an empty database

    // Where each item came from ("file:line" or a JSON path), so a validation error can point at it.
    void setOrigin(Kind kind, Id localId, const QString &origin) { m_origins.insert(key(kind, localId), origin); }
    QString origin(Kind kind, Id localId) const { return m_origins.value(key(kind, localId)); }

private:
    static QString key(Kind kind, Id id) { return QString::number(int(kind)) + QLatin1Char(':') + QString::number(id); }
    QHash<QString, QString> m_origins;
};

// Writes the batch in one transaction: on any error nothing is written and the error names the item's origin.
// A year that already exists is refused unless options.mergeIntoExisting.
Result<ImportResult> writeImportBatch(const QString &connection, const ImportBatch &batch,
                                      const ImportOptions &options = {});

} // namespace hoego
