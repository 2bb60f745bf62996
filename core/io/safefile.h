// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "result.h"

#include <QByteArray>
#include <QIODevice>
#include <QString>
#include <QStringList>

#include <functional>

namespace hoego {

// Import reads only regular files: reading a named pipe blocks forever and a device never ends. Checked with
// stat, before anything opens the file. A symbolic link counts as what it points to.
Status checkInputFile(const QString &path);

// checkInputFile for each entry of `folder` matching `nameFilters` ("*.txt"), pipes and devices included,
// so an importer that lists only regular files does not skip them silently. A broken link is skipped.
Status checkInputFolder(const QString &folder, const QStringList &nameFilters);

// Reads a whole regular file (checkInputFile first, then a non-blocking open checked again, so a pipe swapped
// in meanwhile is refused too).
Result<QByteArray> readRegularFile(const QString &path);

// Export writes only where nothing or a regular file is (a symbolic link to one writes that file): an atomic
// replace would swap a device node or a pipe for a plain file.
Status checkOutputFile(const QString &path);

// Writes `path` through a temporary file in the same folder, synced to disk and renamed over `path` only when
// `write` succeeded and so did every write to the device. On any error (a full disk, a size limit) the
// previous file is untouched and the temporary file is removed.
Status writeFileAtomically(const QString &path, const std::function<Status(QIODevice &device)> &write);

} // namespace hoego
