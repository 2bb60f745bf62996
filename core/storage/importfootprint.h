#pragma once

#include "model/entities.h"
#include "result.h"
#include "yearsnapshot.h"

#include <QList>

namespace hoego {

struct Repositories;

// The part of a database an import can change: the years it writes into, and the areas, themes and questions
// that all years share. Read before and after an import, two footprints make the import one undo step.
struct ImportFootprint
{
    QList<int> yearNumbers; // every year the import touches, whether it exists at the time or not
    QList<YearSnapshot> years; // those of them that exist, whole
    QList<Area> areas;
    QList<Theme> themes;
    QList<Question> questions;
};

Result<ImportFootprint> readImportFootprint(const Repositories &repos, const QList<int> &yearNumbers);

// Puts the database back as `target` was read, in one transaction: the touched years are replaced by their
// snapshots (or removed when they did not exist), and shared rows the target lacks are removed, those it has
// are put back with their ids and values.
Status restoreImportFootprint(const QString &connection, const ImportFootprint &target);

} // namespace hoego
