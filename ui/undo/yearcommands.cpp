// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "yearcommands.h"

#include "mergeids.h"
#include "setvaluecommand.h"

#include "storage/repositories.h"

#include <QCoreApplication>

namespace hoego {
namespace {

// Names the context of this file's strings for tr() and for lupdate alike.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hoego::YearCommands)
};

QString textFor(YearField field)
{
    switch (field) {
    case YearField::Title:
        return Tr::tr("Edit Year Title");
    case YearField::Summary:
        return Tr::tr("Edit Year Summary");
    case YearField::ClosingNote:
        break;
    }
    return Tr::tr("Edit Closing Note");
}

} // namespace

StoredCommand *editYearField(const YearRepository &years, Id yearId, YearField field, const QString &before,
                             const QString &after)
{
    auto write
            = [repository = years, yearId, field](const QString &value, const std::optional<QString> &shown) mutable {
                  switch (field) {
                  case YearField::Title:
                      return repository.setTitle(yearId, value, shown);
                  case YearField::Summary:
                      return repository.setSummary(yearId, value, shown);
                  case YearField::ClosingNote:
                      break;
                  }
                  // Typed and saved while idle, as a section's text: the later save of it wins (see reviewpage.cpp).
                  return repository.setClosingNote(yearId, value);
              };
    auto *command = new SetValueCommand<QString>(textFor(field), write, before, after);
    command->setYearId(yearId);
    if (field == YearField::ClosingNote)
        command->mergingAs(MergeId::ClosingNote, yearId);
    return command;
}

AddYearCommand::AddYearCommand(const YearRepository &years, int number)
    : StoredCommand(Tr::tr("Add Year %1").arg(number))
    , m_years(years)
{
    m_year.number = number;
}

Status AddYearCommand::apply()
{
    if (m_year.id != 0)
        return m_years.restore(m_year);
    auto created = m_years.create(m_year.number);
    if (!created.ok())
        return created.error();
    m_year.id = *created;
    setYearId(m_year.id);
    return {};
}

Status AddYearCommand::revert()
{
    return m_years.remove(m_year.id);
}

DeleteYearCommand::DeleteYearCommand(QString connection, Id yearId, int number)
    : StoredCommand(Tr::tr("Delete Year %1").arg(number))
    , m_connection(std::move(connection))
    , m_yearId(yearId)
{ }

Status DeleteYearCommand::apply()
{
    // Read at every redo: an undo and redo may have come between, and what the year holds is read fresh.
    auto snapshot = snapshotYear(Repositories(m_connection), m_yearId);
    if (!snapshot.ok())
        return snapshot.error();
    m_snapshot = std::move(snapshot).value();
    return YearRepository(m_connection).remove(m_yearId);
}

Status DeleteYearCommand::revert()
{
    Status restored = restoreYear(m_connection, m_snapshot);
    if (restored.ok())
        setYearId(m_yearId);
    return restored;
}

} // namespace hoego
