#pragma once

#include "storedcommand.h"
#include "storage/yearrepository.h"

namespace hoego {

// Changes one text field of a year. Successive changes of the closing note merge into one undo step, so
// undo takes back a writing session rather than each idle save.
class EditYearFieldCommand final : public StoredCommand
{
public:
    enum class Field { Title, Summary, ClosingNote };

    EditYearFieldCommand(const YearRepository &years, Id yearId, Field field, const QString &before,
                         const QString &after, QUndoCommand *parent = nullptr);

    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

protected:
    Status apply() override;
    Status revert() override;

private:
    Status write(const QString &value);

    YearRepository m_years;
    Id m_yearId;
    Field m_field;
    QString m_before;
    QString m_after;
};

} // namespace hoego
