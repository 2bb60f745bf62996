// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

namespace hoego {

// Reads a whole input file; errors name the file. Only a regular file is read (see readRegularFile).
Result<QByteArray> readInputFile(const QString &path);

// Decodes UTF-8 strictly: invalid bytes are an error naming the file and line, never replacement characters
// silently stored in the database. A leading byte order mark is dropped.
Result<QString> decodeUtf8(const QByteArray &data, const QString &fileName);

} // namespace hoego
