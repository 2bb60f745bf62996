// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "noteitem.h"

#include "common/orderedrowsmodel.h"

namespace hoego {

// The lessons or unfinished items of one year, in the user's order. Edits made in a view (rename, drag) are
// not written here: the model asks for them through signals, the page turns them into undo commands, and what
// was stored comes back through the change feed into showStored. So every change is undoable and the rows
// always mirror the database.
class NotesModel final : public OrderedRowsModel<ListItem>
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        FirstLinkRole,
        SecondLinkRole,
        LinkLabelRole,
        PrivateRole, // bool: left out of a public export (issue 14)
    };

    explicit NotesModel(ListKind kind, QObject *parent = nullptr);

    ListKind kind() const { return m_kind; }
    void setItems(Id yearId, const QList<ListItem> &items);
    void setLinkTargets(const QList<LinkTarget> &targets);
    const QList<LinkTarget> &linkTargets() const { return m_targets; }
    void setEditable(bool editable);

    QModelIndex indexOfItem(Id id) const;
    ListItem itemAt(int row) const;
    QString linkLabel(const ListItem &item) const;

    void reportError(const QString &message);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    Qt::DropActions supportedDropActions() const override;
    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count, const QModelIndex &destinationParent,
                  int destinationChild) override;

signals:
    void textEditRequested(Id id, const QString &text);
    void moveRequested(Id id, int newIndex);
    void errorOccurred(const QString &message);

private:
    ListKind m_kind;
    bool m_editable = true;
    QList<LinkTarget> m_targets;
};

} // namespace hoego
