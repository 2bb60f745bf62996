// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "storage/themerepository.h"
#include "undo/storedcommand.h"

namespace hoego {

// Undo steps for themes (issue 12). Each writes through ThemeRepository; the views follow the change feed.

// Adds a theme to a year by its name; undo takes it out again (and drops the theme when it was made for it).
class AddThemeCommand final : public StoredCommand
{
public:
    AddThemeCommand(ThemeRepository &themes, Id yearId, const QString &name, ThemeState state, Id areaId = 0);
    Id entryId() const { return m_entry.id; }

protected:
    Status apply() override;
    Status revert() override;

private:
    ThemeRepository &m_themes;
    QString m_name;
    Id m_areaId;
    ThemeYear m_entry;
    bool m_createdTheme = false;
    ThemeSnapshot m_snapshot; // the made theme as it was, once undone
};

class RemoveThemeFromYearCommand final : public StoredCommand
{
public:
    RemoveThemeFromYearCommand(ThemeRepository &themes, const ThemeYear &entry, const QString &name);

protected:
    Status apply() override;
    Status revert() override;

private:
    ThemeRepository &m_themes;
    ThemeYear m_entry;
};

// A theme's state or note in one year.
class EditThemeYearCommand final : public StoredCommand
{
public:
    EditThemeYearCommand(ThemeRepository &themes, const ThemeYear &before, const ThemeYear &after, const QString &text);

protected:
    Status apply() override;
    Status revert() override;

private:
    // `compare`: the edit is made from `from` (do and redo), so a server refuses it when another client changed
    // those texts since; undo is guarded by StoredCommand.
    Status write(const ThemeYear &from, const ThemeYear &to, bool compare);

    ThemeRepository &m_themes;
    ThemeYear m_before;
    ThemeYear m_after;
};

// A theme's name, area or notes, which every year shares.
class EditThemeCommand final : public StoredCommand
{
public:
    EditThemeCommand(ThemeRepository &themes, const Theme &before, const Theme &after);

protected:
    Status apply() override;
    Status revert() override;

private:
    Status write(const Theme &from, const Theme &to, bool compare); // as EditThemeYearCommand::write

    ThemeRepository &m_themes;
    Theme m_before;
    Theme m_after;
};

// Adds last year's themes to a year with their states.
class CarryThemesCommand final : public StoredCommand
{
public:
    CarryThemesCommand(ThemeRepository &themes, Id fromYearId, Id toYearId);
    int carriedCount() const { return int(m_entries.size()); }

protected:
    Status apply() override;
    Status revert() override;

private:
    ThemeRepository &m_themes;
    Id m_fromYearId;
    QList<ThemeYear> m_entries; // what the first carry added, restored as they were on redo
    bool m_carried = false;
};

// Links a theme to a goal, event or section, or (with `unlink`) removes that link.
class ThemeLinkCommand final : public StoredCommand
{
public:
    ThemeLinkCommand(ThemeRepository &themes, const ThemeLink &link, bool unlink);

protected:
    Status apply() override;
    Status revert() override;

private:
    Status add();
    Status remove();

    ThemeRepository &m_themes;
    ThemeLink m_link;
    bool m_unlink;
};

} // namespace hoego
