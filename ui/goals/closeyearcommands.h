// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "storage/yearclosing.h"
#include "storage/yearsfootprint.h"
#include "undo/storedcommand.h"

namespace hoego {

// Close the Year as one step: every carry, drop, lesson and unfinished item is written in one transaction.
// Undo puts the closed year and the next one back as they were (the next one goes when the closing made it);
// redo puts back what the closing wrote, with the same ids.
class CloseYearCommand final : public StoredCommand
{
public:
    CloseYearCommand(QString connection, YearClosing closing, int yearNumber);

protected:
    Status apply() override;
    Status revert() override;

private:
    QString m_connection;
    YearClosing m_closing;
    QList<int> m_yearNumbers;
    std::optional<YearsFootprint> m_before;
    std::optional<YearsFootprint> m_after;
};

} // namespace hoego
