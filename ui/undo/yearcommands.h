// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "storage/yearrepository.h"
#include "storage/yearsnapshot.h"
#include "storedcommand.h"

namespace hoego {

enum class YearField { Title, Summary, ClosingNote };

// Changes one text field of a year. Successive changes of the closing note merge into one undo step, so undo takes
// back a writing session rather than each idle save.
StoredCommand *editYearField(const YearRepository &years, Id yearId, YearField field, const QString &before,
                             const QString &after);

// Adds a year; undo removes it again (any later edit in it is undone first, as the stack is in order).
class AddYearCommand final : public StoredCommand
{
public:
    AddYearCommand(const YearRepository &years, int number);
    Id createdYear() const { return m_year.id; }

protected:
    Status apply() override;
    Status revert() override;

private:
    YearRepository m_years;
    Year m_year;
};

// Deletes a year with everything in it; undo puts it all back with the same ids, so the steps below it on
// the stack still find their rows.
class DeleteYearCommand final : public StoredCommand
{
public:
    DeleteYearCommand(QString connection, Id yearId, int number);

protected:
    Status apply() override;
    Status revert() override;

private:
    QString m_connection;
    Id m_yearId;
    YearSnapshot m_snapshot;
};

} // namespace hoego
