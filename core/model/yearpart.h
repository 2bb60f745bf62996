// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace hoego {

// A part of a year as the exports write it (issues 14 and 20). The year's order of its parts is a list of
// these; Section stands for the next review section, so a list can place each section among the other parts
// without naming it (ids change on import, headings are the user's).
enum class YearPart {
    Events,
    Outputs,
    Themes,
    Section,
    Questions,
    Lessons,
    Unfinished,
    Goals, // the year's own goals
    NextYearGoals, // the goals set for the year after
    ClosingNote,
};

// The order of the exports before a year had one of its own.
QList<YearPart> defaultYearPartOrder();

// "events", "outputs", "themes", "section", "questions", "lessons", "unfinished", "goals", "next-goals",
// "closing-note": stored in the database and in JSON, and named on the command line.
QString yearPartKey(YearPart part);
std::optional<YearPart> yearPartFromKey(const QString &key);

// The parts whose heading an export profile can rename: every part but the sections, whose headings are the
// user's own.
QList<YearPart> renamableYearParts();

// A named set of heading renames for the exports (issue 14). A part it does not rename keeps the Korean or
// English heading of the export's language.
struct ExportProfile
{
    QString name;
    QMap<YearPart, QString> headings;
};

} // namespace hoego
