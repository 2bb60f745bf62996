// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "eventcommands.h"

#include "i18n/particles.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>

#include <utility>

namespace hoego {
namespace {

// Names the context of this file's strings for tr() and for lupdate alike.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hoego::EventCommands)
};

// Long titles would make the Edit menu unreadable.
// The version read with an event guards only the edit made from it (issue 16): undo and redo are guarded by
// StoredCommand against later writes from elsewhere, and the row has moved on by then.
Event firstWriteOnly(Event event, bool &written)
{
    if (std::exchange(written, true))
        event.version = 0;
    return event;
}

QString shortTitle(const QString &title)
{
    constexpr int kLimit = 30;
    return title.size() > kLimit ? title.left(kLimit - 1) + QChar(0x2026) : title;
}

} // namespace

AddEventCommand::AddEventCommand(const EventRepository &events, const Event &event, QUndoCommand *parent)
    : StoredCommand(Tr::tr("Add Event \u201c%1\u201d").arg(shortTitle(event.title.trimmed())), parent)
    , m_events(events)
    , m_event(event)
{
    setYearId(event.yearId);
}

Status AddEventCommand::apply()
{
    if (m_event.id > 0) // a redo: the same row under the same id, so later commands still find it
        return m_events.restore(m_event);
    auto created = m_events.create(m_event);
    if (!created.ok())
        return created.error();
    // Keep the stored form (trimmed title, normalised tags, position) for later restores.
    auto stored = m_events.get(*created);
    if (!stored.ok())
        return stored.error();
    m_event = *stored;
    return {};
}

Status AddEventCommand::revert()
{
    return m_events.remove(m_event.id);
}

EditEventCommand::EditEventCommand(const EventRepository &events, const Event &before, const Event &after,
                                   QUndoCommand *parent)
    : StoredCommand(Tr::tr("Edit Event \u201c%1\u201d").arg(shortTitle(after.title.trimmed())), parent)
    , m_events(events)
    , m_before(before)
    , m_after(after)
{
    setYearId(after.yearId);
}

Status EditEventCommand::apply()
{
    return m_events.update(firstWriteOnly(m_after, m_applied));
}

Status EditEventCommand::revert()
{
    return m_events.update(firstWriteOnly(m_before, m_applied));
}

DeleteEventCommand::DeleteEventCommand(const EventRepository &events, const Event &event, QUndoCommand *parent)
    : StoredCommand(Tr::tr("Delete Event \u201c%1\u201d").arg(shortTitle(event.title)), parent)
    , m_events(events)
    , m_event(event)
{
    setYearId(event.yearId);
}

Status DeleteEventCommand::apply()
{
    auto links = m_events.incomingLinks(m_event.id);
    if (!links.ok())
        return links.error();
    m_links = links.value();
    return m_events.remove(m_event.id);
}

Status DeleteEventCommand::revert()
{
    return m_events.restore(m_event, m_links);
}

MoveEventToMonthCommand::MoveEventToMonthCommand(const EventRepository &events, const Event &event, int month,
                                                 QUndoCommand *parent)
    : StoredCommand(i18n::fillWords(Tr::tr("Move Event to %1"), QLocale().standaloneMonthName(month)), parent)
    , m_events(events)
    , m_before(event)
    , m_after(event)
{
    m_after.date = movedToMonth(event.date, month);
    setYearId(event.yearId);
}

PartialDate MoveEventToMonthCommand::movedToMonth(const PartialDate &date, int month)
{
    if (date.precision() != PartialDate::Precision::Day)
        return PartialDate::ofMonth(date.year(), month);
    const int lastDay = QDate(date.year(), month, 1).daysInMonth();
    return PartialDate::ofDay(date.year(), month, std::min(date.day(), lastDay));
}

Status MoveEventToMonthCommand::apply()
{
    return m_events.update(firstWriteOnly(m_after, m_applied));
}

Status MoveEventToMonthCommand::revert()
{
    return m_events.update(firstWriteOnly(m_before, m_applied));
}

} // namespace hoego
