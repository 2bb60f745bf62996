// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "model/entities.h"

#include "common/orderedrowsmodel.h"

namespace hoego {

// The narrative sections of one year, in order. Like NotesModel it never writes: renames and drags become
// requests the page turns into undo commands, and what was stored comes back through the change feed.
class SectionsModel final : public OrderedRowsModel<Section>
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        BodyRole,
        SummaryRole,
        PrivateRole, // bool: left out of a public export (issue 14)
    };

    explicit SectionsModel(QObject *parent = nullptr);

    void setSections(Id yearId, const QList<Section> &sections);
    void setEditable(bool editable);
    QModelIndex indexOfSection(Id id) const;
    Section sectionAt(int row) const;

    void reportError(const QString &message);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    Qt::DropActions supportedDropActions() const override;
    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count, const QModelIndex &destinationParent,
                  int destinationChild) override;

signals:
    void renameRequested(Id id, const QString &heading);
    void moveRequested(Id id, int newIndex);
    void errorOccurred(const QString &message);

private:
    bool m_editable = true;
};

} // namespace hoego
