#pragma once

#include "model/entities.h"

#include <QAbstractListModel>

namespace hoego {

// The narrative sections of one year, in order. Like NotesModel it never writes: renames and drags become
// requests the page turns into undo commands, and the commands report stored changes through apply*.
class SectionsModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { IdRole = Qt::UserRole + 1, BodyRole, SummaryRole };

    explicit SectionsModel(QObject *parent = nullptr);

    Id yearId() const { return m_yearId; }
    void setSections(Id yearId, const QList<Section> &sections);
    void setEditable(bool editable);
    QModelIndex indexOfSection(Id id) const;
    Section sectionAt(int row) const;

    // Called by the undo commands after a successful write; sections of another year are ignored.
    void applyInserted(const Section &section);
    void applyUpdated(const Section &section);
    void applyRemoved(Id id);
    void applyMoved(Id id, int newIndex);
    void reportError(const QString &message);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    Qt::DropActions supportedDropActions() const override;
    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count, const QModelIndex &destinationParent,
                  int destinationChild) override;

signals:
    void renameRequested(Id id, const QString &heading);
    void moveRequested(Id id, int newIndex);
    void changed();
    void errorOccurred(const QString &message);

private:
    int rowOf(Id id) const;

    Id m_yearId = 0;
    bool m_editable = true;
    QList<Section> m_sections;
};

} // namespace hoego
