// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include <QByteArray>
#include <QString>

namespace hoego::test {

// SHA-256 of the file's bytes as they are on disk (empty when it cannot be read): equal hashes mean the
// file was not touched.
QByteArray fileSha256(const QString &path);

} // namespace hoego::test
