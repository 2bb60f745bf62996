// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "model/entities.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace hoego {

// A year's themes as a table: name, state on the radar, that year's note. Edits are not written here: the
// model asks for them through signals, the page turns them into undo commands and reads the year again.
class YearThemesModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, StateColumn, NoteColumn, ColumnCount };
    enum Role {
        EntryIdRole = Qt::UserRole + 1,
        ThemeIdRole,
        StateRole,
        PrivateRole, // bool: this year's entry is left out of a public export (issue 14)
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setThemes(const QList<YearTheme> &themes, const QHash<Id, Area> &areas);
    const QList<YearTheme> &themes() const { return m_themes; }
    void setEditable(bool editable) { m_editable = editable; }
    int rowOfEntry(Id entryId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    void renameRequested(const hoego::Theme &before, const QString &name);
    void entryEditRequested(const hoego::ThemeYear &before, const hoego::ThemeYear &after);

private:
    QList<YearTheme> m_themes;
    QHash<Id, Area> m_areas;
    bool m_editable = true;
};

} // namespace hoego
