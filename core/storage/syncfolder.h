// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include <QString>

// A live SQLite database (its -wal, -shm and lock beside it) inside a folder that a file-sync service copies is
// copied half-way or forked into conflict copies. Hoego warns when it sees one of the common services' marks.
namespace hoego::syncfolder {

// The name of the sync service that manages a folder holding `path` ("Dropbox", "Syncthing", "Nextcloud or
// ownCloud", ...), or an empty string when none is recognised. Looks at the folder and its parents only.
QString serviceManaging(const QString &path);

// The warning shown for a database inside such a folder, with the safe alternatives.
QString warningFor(const QString &databasePath, const QString &service);

} // namespace hoego::syncfolder
