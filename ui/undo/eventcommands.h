// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "storage/eventrepository.h"
#include "storedcommand.h"

namespace hoego {

// Undo commands for the events of a year. Each keeps a copy of the repository (it holds only the connection
// name) and full copies of the events it touches, so undo can put back exactly what was there.

class AddEventCommand final : public StoredCommand
{
public:
    AddEventCommand(const EventRepository &events, const Event &event, QUndoCommand *parent = nullptr);
    // The stored id once the first redo succeeded (0 before).
    Id eventId() const { return m_event.id; }

protected:
    Status apply() override;
    Status revert() override;

private:
    EventRepository m_events;
    Event m_event;
};

class EditEventCommand final : public StoredCommand
{
public:
    EditEventCommand(const EventRepository &events, const Event &before, const Event &after,
                     QUndoCommand *parent = nullptr);

protected:
    Status apply() override;
    Status revert() override;

private:
    EventRepository m_events;
    Event m_before;
    Event m_after;
    bool m_applied = false;
};

// Undo puts the event back with the lessons that were linked to it.
class DeleteEventCommand final : public StoredCommand
{
public:
    DeleteEventCommand(const EventRepository &events, const Event &event, QUndoCommand *parent = nullptr);

protected:
    Status apply() override;
    Status revert() override;

private:
    EventRepository m_events;
    Event m_event;
    IncomingLinks m_links;
};

class MoveEventToMonthCommand final : public StoredCommand
{
public:
    MoveEventToMonthCommand(const EventRepository &events, const Event &event, int month,
                            QUndoCommand *parent = nullptr);

    // The date in `month`: keeps the day when that month has it, else the month's last day; a year-only date
    // becomes month-precise.
    static PartialDate movedToMonth(const PartialDate &date, int month);

protected:
    Status apply() override;
    Status revert() override;

private:
    EventRepository m_events;
    Event m_before;
    Event m_after;
    bool m_applied = false;
};

} // namespace hoego
