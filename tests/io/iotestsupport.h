// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "tempdatabase.h"

#include <QByteArray>
#include <QString>

namespace hoego::test {

// The whole content of a database as text with ids replaced by what they point at (a lesson's event by its
// title...), so two databases with the same content but different ids compare equal.
QString contentFingerprint(const Repositories &repos);

// SHA-256 of the database file after a checkpoint folds the write-ahead log into it: equal hashes mean the
// file is byte-for-byte unchanged.
QByteArray databaseFileHash(TempDatabase &db);

// Writes `bytes` to `path`, creating folders; false on failure.
bool writeFile(const QString &path, const QByteArray &bytes);
QByteArray readFile(const QString &path);

} // namespace hoego::test
