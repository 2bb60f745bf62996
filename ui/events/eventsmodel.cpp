// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "eventsmodel.h"

#include "i18n/dates.h"
#include "storage/repositories.h"

namespace hoego {

EventsModel::EventsModel(Repositories &repos, QObject *parent)
    : QAbstractListModel(parent)
    , m_repos(repos)
{ }

QString EventsModel::setYear(Id yearId)
{
    m_yearId = yearId;
    return reload();
}

QString EventsModel::reload()
{
    QList<Event> events;
    QList<Area> areas;
    int number = 0;
    if (m_yearId > 0) {
        auto year = m_repos.years.get(m_yearId);
        if (!year.ok())
            return year.error().message;
        number = year->number;
        auto loaded = m_repos.events.forYear(m_yearId);
        if (!loaded.ok())
            return loaded.error().message;
        events = std::move(loaded).value();
        auto loadedAreas = m_repos.areas.all();
        if (!loadedAreas.ok())
            return loadedAreas.error().message;
        areas = std::move(loadedAreas).value();
    }
    beginResetModel();
    m_yearNumber = number;
    m_events = std::move(events);
    m_areas = std::move(areas);
    m_areaIndex.clear();
    for (int i = 0; i < m_areas.size(); ++i)
        m_areaIndex.insert(m_areas[i].id, i);
    endResetModel();
    return {};
}

QModelIndex EventsModel::indexOfEvent(Id eventId) const
{
    for (int row = 0; row < m_events.size(); ++row) {
        if (m_events[row].id == eventId)
            return index(row);
    }
    return {};
}

int EventsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

QVariant EventsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Event &event = m_events[index.row()];
    const auto area = m_areaIndex.constFind(event.areaId);
    const bool hasArea = area != m_areaIndex.constEnd();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return event.title;
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole: {
        QStringList parts{i18n::partialDateText(event.date)};
        if (hasArea)
            parts << m_areas[*area].name;
        if (!event.tags.isEmpty())
            parts << event.tags.join(QStringLiteral(", "));
        return parts.join(QStringLiteral(" · "));
    }
    case EventIdRole:
        return event.id;
    case MonthRole:
        return event.date.month();
    case DayRole:
        return event.date.day();
    case DateTextRole:
        return i18n::partialDateText(event.date);
    case AreaIdRole:
        return event.areaId;
    case AreaNameRole:
        return hasArea ? m_areas[*area].name : QString();
    case AreaColorRole:
        return hasArea ? m_areas[*area].color : QColor();
    case TagsRole:
        return event.tags;
    case NotesRole:
        return event.notes;
    case PrivateRole:
        return event.isPrivate;
    default:
        return {};
    }
}

Qt::ItemFlags EventsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsDragEnabled | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> EventsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(EventIdRole, "eventId");
    names.insert(MonthRole, "month");
    names.insert(DayRole, "day");
    names.insert(DateTextRole, "dateText");
    names.insert(AreaIdRole, "areaId");
    names.insert(AreaNameRole, "areaName");
    names.insert(AreaColorRole, "areaColor");
    names.insert(TagsRole, "tags");
    names.insert(NotesRole, "notes");
    names.insert(PrivateRole, "private");
    return names;
}

} // namespace hoego
