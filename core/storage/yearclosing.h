// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "model/entities.h"
#include "result.h"

#include <QList>
#include <QString>

#include <utility>

namespace hoego {

// What the Close the Year wizard decided: goals carried to the next year, goals dropped with their reasons, and
// the lessons and unfinished items written on the way.
struct YearClosing
{
    Id yearId = 0;
    int nextYearNumber = 0;
    QList<Id> carried;
    QList<std::pair<Id, QString>> dropped; // goal and reason
    QList<Lesson> lessons;
    QList<UnfinishedItem> unfinished;

    bool isEmpty() const { return carried.isEmpty() && dropped.isEmpty() && lessons.isEmpty() && unfinished.isEmpty(); }
};

// Closes the year in one transaction: every decision is written, or none (a goal dropped meanwhile, a full disk).
Status closeYear(const QString &connection, const YearClosing &closing);

} // namespace hoego
