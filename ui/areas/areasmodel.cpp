// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "areasmodel.h"

#include "common/lockglyph.h"
#include "storage/arearepository.h"

#include <QFont>
#include <QGuiApplication>
#include <QPainter>
#include <QPalette>
#include <QPixmap>

namespace hoego {

AreasModel::AreasModel(const AreaRepository &areas, QObject *parent)
    : QAbstractListModel(parent)
    , m_areas(areas)
{ }

QString AreasModel::reload()
{
    auto areas = m_areas.all();
    if (!areas.ok())
        return areas.error().message;
    beginResetModel();
    m_rows = areas.value();
    endResetModel();
    return {};
}

const Area *AreasModel::areaAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

QModelIndex AreasModel::indexOfArea(Id id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].id == id)
            return index(row);
    }
    return {};
}

int AreasModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant AreasModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Area &area = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return area.name;
    case Qt::DecorationRole: {
        // A private area shows a padlock beside its colour (issue 14).
        QPixmap swatch(area.isPrivate ? 30 : 14, 14);
        swatch.fill(Qt::transparent);
        QPainter painter(&swatch);
        painter.fillRect(QRect(0, 0, 14, 14), area.color);
        if (area.isPrivate)
            lockglyph::paint(painter, QRectF(16, 0, 14, 14), QGuiApplication::palette().color(QPalette::Text));
        painter.end();
        return swatch;
    }
    case Qt::FontRole: {
        if (!area.isPrivate)
            return {};
        QFont font = QGuiApplication::font();
        font.setItalic(true);
        return font;
    }
    case Qt::ToolTipRole:
        return area.isPrivate ? tr("Private: left out of public exports with everything in it") : QString();
    case Qt::AccessibleDescriptionRole:
        return area.isPrivate ? area.color.name() + QLatin1Char(' ') + tr("private") : area.color.name();
    case PrivateRole:
        return area.isPrivate;
    case AreaIdRole:
        return area.id;
    case ColorRole:
        return area.color;
    default:
        return {};
    }
}

bool AreasModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const QString name = value.toString().trimmed();
    if (name == m_rows[index.row()].name)
        return false;
    emit renameRequested(m_rows[index.row()], name);
    return true;
}

Qt::ItemFlags AreasModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractListModel::flags(index);
    if (index.isValid() && !m_readOnly)
        flags |= Qt::ItemIsEditable;
    return flags;
}

} // namespace hoego
