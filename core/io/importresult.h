// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "result.h"

#include <QHash>
#include <QList>
#include <QString>

#include <functional>

namespace hoego {

// What an import added (or, for a dry run, would add), counted per kind.
struct ImportResult
{
    QList<int> yearsCreated; // year numbers that did not exist before
    QList<int> yearsMerged; // existing year numbers the import added to
    int areas = 0;
    int events = 0;
    int sections = 0;
    int lessons = 0;
    int unfinished = 0;
    int goals = 0;
    int milestones = 0;
    int links = 0;
    int themes = 0; // themes added to a year (a theme followed in three years counts three times)
    int questions = 0; // questions asked in a year, with their answers
    int themeLinks = 0;
    int outputs = 0;
    int evidence = 0; // outputs and events linked to goals
    int alreadyThere = 0; // items of a merged year the database already had (same title and date, same text)

    int itemCount() const { return events + sections + lessons + unfinished + goals + themes + questions + outputs; }
    // One line per kind with a non-zero count ("events: 12"), in a fixed order, for the CLI and dialogs.
    QStringList countLines() const;
};

// Choices that apply to every importer.
struct ImportOptions
{
    bool dryRun = false; // validate and count, then roll back: nothing is written
    bool mergeIntoExisting = false; // add to years that already exist instead of refusing
    // Called now and then with work done and total; returning false cancels the import (nothing is written).
    std::function<bool(qint64 done, qint64 total)> progress;
    // Other names an area of the file may have in this database: a starting area ("Life") that a database
    // shown in Korean named in Korean ("삶"). An area of the file with no exact match joins its alias.
    QHash<QString, QString> areaAliases;
};

// An error in an input file, naming where it is: "notes/2023.md:12: reason". Line 0 leaves the line out.
Error importError(const QString &file, int line, const QString &reason);

} // namespace hoego
