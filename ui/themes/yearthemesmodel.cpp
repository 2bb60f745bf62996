// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "yearthemesmodel.h"

#include "common/lockglyph.h"
#include "themestates.h"

#include <QGuiApplication>
#include <QPalette>

namespace hoego {

void YearThemesModel::setThemes(const QList<YearTheme> &themes, const QHash<Id, Area> &areas)
{
    beginResetModel();
    m_themes = themes;
    m_areas = areas;
    endResetModel();
}

int YearThemesModel::rowOfEntry(Id entryId) const
{
    for (int row = 0; row < m_themes.size(); ++row) {
        if (m_themes[row].entry.id == entryId)
            return row;
    }
    return -1;
}

int YearThemesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_themes.size());
}

int YearThemesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant YearThemesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const YearTheme &theme = m_themes[index.row()];
    switch (role) {
    case EntryIdRole:
        return theme.entry.id;
    case ThemeIdRole:
        return theme.theme.id;
    case StateRole:
        return int(theme.entry.state);
    case PrivateRole:
        return theme.entry.isPrivate;
    case Qt::DecorationRole:
        if (index.column() == NameColumn && theme.entry.isPrivate)
            return lockglyph::icon(QGuiApplication::palette().color(QPalette::Text));
        return {};
    case Qt::AccessibleTextRole:
        if (index.column() == NameColumn && theme.entry.isPrivate)
            return tr("%1 (private)").arg(theme.theme.name);
        return {};
    case Qt::ToolTipRole: {
        QString tip = theme.theme.name;
        if (m_areas.contains(theme.theme.areaId))
            tip += QStringLiteral(" · ") + m_areas.value(theme.theme.areaId).name;
        if (!theme.theme.notes.isEmpty())
            tip += QStringLiteral("\n") + theme.theme.notes;
        return tip;
    }
    case Qt::ForegroundRole:
        if (index.column() == StateColumn)
            return themestates::color(theme.entry.state, QGuiApplication::palette());
        return {};
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case NameColumn:
            return theme.theme.name;
        case StateColumn:
            return role == Qt::EditRole ? QVariant(int(theme.entry.state))
                                        : QVariant(themestates::name(theme.entry.state));
        case NoteColumn:
            return role == Qt::EditRole ? theme.entry.note : theme.entry.note.simplified();
        }
        return {};
    default:
        return {};
    }
}

QVariant YearThemesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Theme");
    case StateColumn:
        return tr("State");
    case NoteColumn:
        return tr("This year's note");
    }
    return {};
}

Qt::ItemFlags YearThemesModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (m_editable)
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool YearThemesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !m_editable
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const YearTheme theme = m_themes[index.row()];
    ThemeYear after = theme.entry;
    switch (index.column()) {
    case NameColumn:
        if (value.toString().simplified() == theme.theme.name || value.toString().simplified().isEmpty())
            return false;
        emit renameRequested(theme.theme, value.toString().simplified());
        return true;
    case StateColumn:
        after.state = ThemeState(qBound(0, value.toInt(), 3));
        break;
    case NoteColumn:
        after.note = value.toString();
        break;
    default:
        return false;
    }
    if (after.state == theme.entry.state && after.note == theme.entry.note)
        return false;
    emit entryEditRequested(theme.entry, after);
    return true;
}

} // namespace hoego
