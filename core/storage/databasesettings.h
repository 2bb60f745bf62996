// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "result.h"

#include <QString>

namespace hoego {

// Settings that belong to the database file rather than to the user's machine (the database's language), kept
// in the file so a backup or a copy on another computer has them. Keys are Hoego's own, never user text.
class DatabaseSettings
{
public:
    explicit DatabaseSettings(QString connection)
        : m_connection(std::move(connection))
    { }

    // An empty string when the key was never set.
    Result<QString> value(const QString &key) const;
    Status setValue(const QString &key, const QString &value);

private:
    QString m_connection;
};

} // namespace hoego
