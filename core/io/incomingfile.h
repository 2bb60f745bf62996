// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include <QString>

namespace hoego {

// What a file handed to Hoego from outside (the command line, a second launch, a drop on the window) is for.
enum class IncomingKind {
    Database, // a Hoego database: opened
    Import, // a post, an export or a RedNotebook journal folder: previewed in File > Import
    Missing, // nothing at that path
    Unsupported, // a file Hoego neither opens nor imports
};

// Decides by the name first (.hoego, .sqlite, .sqlite3, .db; .md, .markdown, .txt, .html, .htm, .json; a
// folder), then, for another name, by SQLite's header, so a database saved under any name still opens.
IncomingKind incomingKind(const QString &path);

} // namespace hoego
