// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "areacommands.h"

#include "undo/setvaluecommand.h"

namespace hoego {

AddAreaCommand::AddAreaCommand(const AreaRepository &areas, const QString &name, const QColor &color)
    : AreaCommand(AreaCommand::tr("Add Area \u201c%1\u201d").arg(name), areas)
{
    m_area.name = name;
    m_area.color = color;
}

Status AddAreaCommand::apply()
{
    if (m_area.id > 0)
        return m_areas.restore(m_area); // redo: the same id, so later steps still find it
    auto created = m_areas.create(m_area.name, m_area.color);
    if (!created.ok())
        return created.error();
    m_area.id = created.value();
    auto stored = m_areas.all();
    if (!stored.ok())
        return stored.error();
    for (const Area &area : stored.value()) {
        if (area.id == m_area.id)
            m_area = area;
    }
    return {};
}

Status AddAreaCommand::revert()
{
    return m_areas.remove(m_area.id);
}

StoredCommand *renameAreaCommand(const AreaRepository &areas, const Area &area, const QString &newName)
{
    return new SetValueCommand<QString>(
            AreaCommand::tr("Rename Area \u201c%1\u201d").arg(area.name),
            [repository = areas, id = area.id](const QString &name, const std::optional<QString> &shown) mutable {
                return repository.rename(id, name, shown);
            },
            area.name, newName);
}

StoredCommand *recolorAreaCommand(const AreaRepository &areas, const Area &area, const QColor &newColor)
{
    return new SetValueCommand<QColor>(
            AreaCommand::tr("Change Colour of \u201c%1\u201d").arg(area.name),
            [repository = areas, id = area.id](const QColor &color, const std::optional<QColor> &) mutable {
                return repository.setColor(id, color);
            },
            area.color, newColor);
}

RemoveAreaCommand::RemoveAreaCommand(const AreaRepository &areas, const Area &area)
    : AreaCommand(AreaCommand::tr("Remove Area \u201c%1\u201d").arg(area.name), areas)
    , m_area(area)
{ }

Status RemoveAreaCommand::apply()
{
    auto links = m_areas.incomingLinks(m_area.id);
    if (!links.ok())
        return links.error();
    m_links = links.value();
    return m_areas.remove(m_area.id);
}

MoveAreaCommand::MoveAreaCommand(const AreaRepository &areas, const Area &area, int fromIndex, int toIndex)
    : AreaCommand(AreaCommand::tr("Move Area \u201c%1\u201d").arg(area.name), areas)
    , m_id(area.id)
    , m_from(fromIndex)
    , m_to(toIndex)
{ }

} // namespace hoego
