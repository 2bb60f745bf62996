// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "storage/arearepository.h"
#include "undo/storedcommand.h"

#include <QCoreApplication>

#include <utility>

namespace hoego {

// Undo commands for the areas (Edit > Areas…). Each keeps a copy of the repository (it holds only the
// connection name). MainWindow reloads the year page after any of them, since every tab shows area names.
class AreaCommand : public StoredCommand
{
    Q_DECLARE_TR_FUNCTIONS(hoego::AreaCommand)

public:
    AreaCommand(const QString &text, const AreaRepository &areas)
        : StoredCommand(text)
        , m_areas(areas)
    { }

protected:
    AreaRepository m_areas;
};

class AddAreaCommand final : public AreaCommand
{
public:
    AddAreaCommand(const AreaRepository &areas, const QString &name, const QColor &color);
    Id areaId() const { return m_area.id; }

protected:
    Status apply() override;
    Status revert() override;

private:
    Area m_area;
};

// An area's name or colour: one SetValueCommand each.
StoredCommand *renameAreaCommand(const AreaRepository &areas, const Area &area, const QString &newName);
StoredCommand *recolorAreaCommand(const AreaRepository &areas, const Area &area, const QColor &newColor);

// Its events and goals stay, without an area; undo gives it back to them.
class RemoveAreaCommand final : public AreaCommand
{
public:
    RemoveAreaCommand(const AreaRepository &areas, const Area &area);

protected:
    Status apply() override;
    Status revert() override { return m_areas.restore(m_area, m_links); }

private:
    Area m_area;
    IncomingLinks m_links;
};

class MoveAreaCommand final : public AreaCommand
{
public:
    MoveAreaCommand(const AreaRepository &areas, const Area &area, int fromIndex, int toIndex);

protected:
    Status apply() override { return m_areas.move(m_id, m_to); }
    Status revert() override { return m_areas.move(m_id, m_from); }

private:
    Id m_id;
    int m_from;
    int m_to;
};

} // namespace hoego
