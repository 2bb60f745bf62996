// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "model/entities.h"

#include <QAbstractListModel>
#include <QHash>

namespace hoego {

struct Repositories;

// The events of one year in date order, with their area's name and colour for the month timeline.
class EventsModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        EventIdRole = Qt::UserRole + 1,
        MonthRole, // 0 when only the year is known
        DayRole, // 0 when the day is unknown
        DateTextRole,
        AreaIdRole,
        AreaNameRole,
        AreaColorRole, // invalid QColor when the event has no area
        TagsRole, // QStringList
        NotesRole,
        PrivateRole, // bool: left out of a public export
    };

    explicit EventsModel(Repositories &repos, QObject *parent = nullptr);

    // Shows the events of `yearId` (0: none); returns the error message on failure.
    QString setYear(Id yearId);
    // Reads the events and areas again, keeping the year.
    QString reload();
    Id yearId() const { return m_yearId; }
    int yearNumber() const { return m_yearNumber; }
    const QList<Area> &areas() const { return m_areas; }
    const Event &eventAt(int row) const { return m_events.at(row); }
    QModelIndex indexOfEvent(Id eventId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    Repositories &m_repos;
    Id m_yearId = 0;
    int m_yearNumber = 0;
    QList<Event> m_events;
    QList<Area> m_areas;
    QHash<Id, int> m_areaIndex;
};

} // namespace hoego
