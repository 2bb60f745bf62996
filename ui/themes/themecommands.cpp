// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "themecommands.h"

#include <QCoreApplication>

namespace hoego {
namespace {

// Names the context of this file's strings for tr() and for lupdate alike.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hoego::ThemeCommands)
};

} // namespace

AddThemeCommand::AddThemeCommand(ThemeRepository &themes, Id yearId, const QString &name, ThemeState state, Id areaId)
    : StoredCommand(Tr::tr("Add Theme \"%1\"").arg(name.simplified()))
    , m_themes(themes)
    , m_name(name)
    , m_areaId(areaId)
{
    m_entry.yearId = yearId;
    m_entry.state = state;
    setYearId(yearId);
}

Status AddThemeCommand::apply()
{
    if (m_entry.id == 0) {
        auto added = m_themes.addToYearByName(m_name, m_areaId, m_entry.yearId, m_entry.state, {});
        if (!added.ok())
            return added.error();
        auto stored = m_themes.entry(added->entryId);
        if (!stored.ok())
            return stored.error();
        m_entry = *stored;
        m_createdTheme = added->createdTheme;
        return {};
    }
    return m_createdTheme ? m_themes.restore(m_snapshot) : m_themes.restoreEntry(m_entry);
}

Status AddThemeCommand::revert()
{
    if (!m_createdTheme)
        return m_themes.removeFromYear(m_entry.id);
    // The theme was made for this step: it goes too, with anything linked to it meanwhile, and comes back whole.
    auto snapshot = m_themes.snapshot(m_entry.themeId);
    if (!snapshot.ok())
        return snapshot.error();
    m_snapshot = *snapshot;
    return m_themes.remove(m_entry.themeId);
}

RemoveThemeFromYearCommand::RemoveThemeFromYearCommand(ThemeRepository &themes, const ThemeYear &entry,
                                                       const QString &name)
    : StoredCommand(Tr::tr("Remove Theme \"%1\"").arg(name))
    , m_themes(themes)
    , m_entry(entry)
{
    setYearId(entry.yearId);
}

Status RemoveThemeFromYearCommand::apply()
{
    return m_themes.removeFromYear(m_entry.id);
}
Status RemoveThemeFromYearCommand::revert()
{
    return m_themes.restoreEntry(m_entry);
}

EditThemeYearCommand::EditThemeYearCommand(ThemeRepository &themes, const ThemeYear &before, const ThemeYear &after,
                                           const QString &text)
    : StoredCommand(text)
    , m_themes(themes)
    , m_before(before)
    , m_after(after)
{
    setYearId(after.yearId);
}

Status EditThemeYearCommand::write(const ThemeYear &from, const ThemeYear &to, bool compare)
{
    if (from.state != to.state) {
        if (Status set = m_themes.setState(to.id, to.state); !set.ok())
            return set;
    }
    if (from.note != to.note)
        return m_themes.setNote(to.id, to.note, compare ? std::optional(from.note) : std::nullopt);
    return {};
}

Status EditThemeYearCommand::apply()
{
    return write(m_before, m_after, true);
}
Status EditThemeYearCommand::revert()
{
    return write(m_after, m_before, false);
}

EditThemeCommand::EditThemeCommand(ThemeRepository &themes, const Theme &before, const Theme &after)
    : StoredCommand(before.name != after.name ? Tr::tr("Rename Theme \"%1\"").arg(before.name)
                                              : Tr::tr("Edit Theme \"%1\"").arg(before.name))
    , m_themes(themes)
    , m_before(before)
    , m_after(after)
{ }

Status EditThemeCommand::write(const Theme &from, const Theme &to, bool compare)
{
    if (from.name != to.name) {
        if (Status renamed = m_themes.rename(to.id, to.name, compare ? std::optional(from.name) : std::nullopt);
            !renamed.ok())
            return renamed;
    }
    if (from.areaId != to.areaId) {
        if (Status moved = m_themes.setArea(to.id, to.areaId); !moved.ok())
            return moved;
    }
    if (from.notes != to.notes)
        return m_themes.setNotes(to.id, to.notes, compare ? std::optional(from.notes) : std::nullopt);
    return {};
}

Status EditThemeCommand::apply()
{
    return write(m_before, m_after, true);
}
Status EditThemeCommand::revert()
{
    return write(m_after, m_before, false);
}

CarryThemesCommand::CarryThemesCommand(ThemeRepository &themes, Id fromYearId, Id toYearId)
    : StoredCommand(Tr::tr("Carry Themes"))
    , m_themes(themes)
    , m_fromYearId(fromYearId)
{
    setYearId(toYearId);
}

Status CarryThemesCommand::apply()
{
    if (!m_carried) {
        auto ids = m_themes.carry(m_fromYearId, yearId());
        if (!ids.ok())
            return ids.error();
        for (const Id id : ids.value()) {
            auto entry = m_themes.entry(id);
            if (!entry.ok())
                return entry.error();
            m_entries << *entry;
        }
        m_carried = true;
        return {};
    }
    for (const ThemeYear &entry : std::as_const(m_entries)) {
        if (Status restored = m_themes.restoreEntry(entry); !restored.ok())
            return restored;
    }
    return {};
}

Status CarryThemesCommand::revert()
{
    for (const ThemeYear &entry : std::as_const(m_entries)) {
        if (Status removed = m_themes.removeFromYear(entry.id); !removed.ok())
            return removed;
    }
    return {};
}

ThemeLinkCommand::ThemeLinkCommand(ThemeRepository &themes, const ThemeLink &link, bool unlink)
    : StoredCommand(unlink ? Tr::tr("Unlink Theme") : Tr::tr("Link Theme"))
    , m_themes(themes)
    , m_link(link)
    , m_unlink(unlink)
{ }

Status ThemeLinkCommand::add()
{
    if (m_link.id != 0)
        return m_themes.restoreLink(m_link);
    auto id = m_themes.link(m_link);
    if (!id.ok())
        return id.error();
    m_link.id = *id;
    return {};
}

Status ThemeLinkCommand::remove()
{
    return m_themes.unlink(m_link.id);
}

Status ThemeLinkCommand::apply()
{
    return m_unlink ? remove() : add();
}
Status ThemeLinkCommand::revert()
{
    return m_unlink ? add() : remove();
}

} // namespace hoego
