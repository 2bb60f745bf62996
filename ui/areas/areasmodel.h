// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "model/entities.h"

#include <QAbstractListModel>

namespace hoego {

class AreaRepository;

// The areas in their order, for the Areas dialog: the name (editable in place) with a colour swatch. An edit
// is not written here: renameRequested lets the dialog store it as an undoable command.
class AreasModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { AreaIdRole = Qt::UserRole + 1, ColorRole, PrivateRole };

    explicit AreasModel(const AreaRepository &areas, QObject *parent = nullptr);

    // Reads the areas again; returns the error message on failure (the old rows stay).
    QString reload();
    const Area *areaAt(int row) const;
    QModelIndex indexOfArea(Id id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }

signals:
    void renameRequested(const hoego::Area &area, const QString &newName);

private:
    const AreaRepository &m_areas;
    QList<Area> m_rows;
    bool m_readOnly = false;
};

} // namespace hoego
