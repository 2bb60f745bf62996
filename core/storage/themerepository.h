// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "model/entities.h"
#include "result.h"

#include <QList>

#include <optional>

namespace hoego {

// A theme with everything that hangs off it, so deleting it can be undone whole.
struct ThemeSnapshot
{
    Theme theme;
    QList<ThemeYear> years;
    QList<ThemeLink> links;
};

// What adding a theme to a year by its name did: the theme may have been made for it.
struct ThemeAdded
{
    Id entryId = 0;
    Id themeId = 0;
    bool createdTheme = false;
};

// Themes followed across years (issue 12): the theme itself, its state and note per year, and its links to the
// goals, events and sections that concern it. Names are unique regardless of ASCII case.
class ThemeRepository
{
public:
    explicit ThemeRepository(QString connection)
        : m_connection(std::move(connection))
    { }

    Result<QList<Theme>> all() const;
    Result<Theme> get(Id id) const;
    // The theme of that name (ASCII case ignored), or one with id 0 when there is none.
    Result<Theme> findByName(const QString &name) const;
    Result<Id> create(const Theme &theme);
    // `shown`: the text the editing view showed. On a server the edit is refused when another client changed it
    // since (rowversion::writeIfShown); nothing to compare when unset.
    Status rename(Id id, const QString &name, const std::optional<QString> &shown = std::nullopt);
    Status setArea(Id id, Id areaId);
    Status setNotes(Id id, const QString &notes, const std::optional<QString> &shown = std::nullopt);
    Result<ThemeSnapshot> snapshot(Id id) const;
    // Deletes the theme with its years and links.
    Status remove(Id id);
    // Puts a deleted theme back with the ids it had, its years and links, in one transaction.
    Status restore(const ThemeSnapshot &snapshot);

    // The year's themes in the user's order.
    Result<QList<YearTheme>> forYear(Id yearId) const;
    // Every theme's years (for the history grid), by theme then year number.
    Result<QList<ThemeYear>> allYears() const;
    Result<ThemeYear> entry(Id entryId) const;
    // Adds a theme to a year, at the end. A theme is in a year at most once.
    Result<Id> addToYear(const ThemeYear &entry);
    // Adds the named theme to a year, making the theme first when no theme has that name; one transaction.
    Result<ThemeAdded> addToYearByName(const QString &name, Id areaId, Id yearId, ThemeState state,
                                       const QString &note);
    Status restoreEntry(const ThemeYear &entry);
    Status setState(Id entryId, ThemeState state);
    Status setNote(Id entryId, const QString &note, const std::optional<QString> &shown = std::nullopt);
    Status removeFromYear(Id entryId);
    Status move(Id entryId, int newIndex);
    // Adds to `toYearId` every theme of `fromYearId` it does not have yet, in the same state with an empty note.
    // Returns the new entries' ids.
    Result<QList<Id>> carry(Id fromYearId, Id toYearId);

    Result<QList<ThemeLink>> linksOf(Id themeId) const;
    Result<QList<ThemeLink>> linksTo(ThemeLinkTarget target, Id targetId) const;
    // The links whose target is an event, goal or section of the year, each with its theme's name; one query.
    Result<QList<std::pair<ThemeLink, QString>>> linksInYear(Id yearId) const;
    Result<Id> link(const ThemeLink &link);
    Status restoreLink(const ThemeLink &link);
    Status unlink(Id linkId);

private:
    Result<Id> insertTheme(const Theme &theme, bool keepId);
    Result<Id> insertEntry(const ThemeYear &entry, bool keepId);
    Result<Id> insertLink(const ThemeLink &link, bool keepId);

    QString m_connection;
};

} // namespace hoego
