// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "yearcommands.h"

#include "mergeids.h"

#include "storage/repositories.h"

#include <QCoreApplication>

namespace hoego {
namespace {

// Names the context of this file's strings for tr() and for lupdate alike.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hoego::YearCommands)
};

QString textFor(EditYearFieldCommand::Field field)
{
    switch (field) {
    case EditYearFieldCommand::Field::Title:
        return Tr::tr("Edit Year Title");
    case EditYearFieldCommand::Field::Summary:
        return Tr::tr("Edit Year Summary");
    case EditYearFieldCommand::Field::ClosingNote:
        break;
    }
    return Tr::tr("Edit Closing Note");
}

} // namespace

EditYearFieldCommand::EditYearFieldCommand(const YearRepository &years, Id yearId, Field field, const QString &before,
                                           const QString &after, QUndoCommand *parent)
    : StoredCommand(textFor(field), parent)
    , m_years(years)
    , m_yearId(yearId)
    , m_field(field)
    , m_before(before)
    , m_after(after)
{
    setYearId(yearId);
}

int EditYearFieldCommand::id() const
{
    return m_field == Field::ClosingNote ? mergeIdOf(MergeId::ClosingNote) : -1;
}

bool EditYearFieldCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = dynamic_cast<const EditYearFieldCommand *>(other);
    if (!next || next->m_yearId != m_yearId || next->m_field != m_field)
        return false;
    m_after = next->m_after;
    // Typed back to where it started: nothing is left to undo.
    setObsolete(m_after == m_before);
    return true;
}

Status EditYearFieldCommand::apply()
{
    return write(m_after);
}

Status EditYearFieldCommand::revert()
{
    return write(m_before);
}

Status EditYearFieldCommand::write(const QString &value)
{
    switch (m_field) {
    case Field::Title:
        return m_years.setTitle(m_yearId, value);
    case Field::Summary:
        return m_years.setSummary(m_yearId, value);
    case Field::ClosingNote:
        break;
    }
    return m_years.setClosingNote(m_yearId, value);
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
