// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "model/entities.h"
#include "result.h"
#include "yearsnapshot.h"

#include <QList>

namespace hoego {

struct Repositories;

// The part of a database that a change across years touches (an import, closing a year): those years whole, and
// the areas, themes and questions all years share. Read before and after the change, two footprints make it
// one undo step.
struct YearsFootprint
{
    QList<int> yearNumbers; // every year the change touches, whether it exists at the time or not
    QList<YearSnapshot> years; // those of them that exist, whole
    QList<Area> areas;
    QList<Theme> themes;
    QList<Question> questions;
};

Result<YearsFootprint> readYearsFootprint(const Repositories &repos, const QList<int> &yearNumbers);

// Puts the database back as `target` was read, in one transaction: the touched years are replaced by their
// snapshots (or removed when they did not exist), and shared rows the target lacks are removed, those it has
// are put back with their ids and values.
Status restoreYearsFootprint(const QString &connection, const YearsFootprint &target);

} // namespace hoego
