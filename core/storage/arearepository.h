#pragma once

#include "model/entities.h"
#include "result.h"

#include <QList>

namespace hoego {

// Life areas (Life, Work, Study...) that group events and goals; user-editable with a colour and an order.
class AreaRepository
{
public:
    explicit AreaRepository(QString connection) : m_connection(std::move(connection)) {}

    Result<QList<Area>> all() const;
    Result<Id> create(const QString &name, const QColor &color);
    Status rename(Id id, const QString &name);
    Status setColor(Id id, const QColor &color);
    Status move(Id id, int newIndex);
    // Events and goals of a removed area keep existing, without an area.
    Status remove(Id id);

private:
    QString m_connection;
};

} // namespace hoego
