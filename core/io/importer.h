// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "importbatch.h"
#include "markdown/markdownimport.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace hoego {

enum class ImportFormat { Json, Markdown, RedNotebook };

// "json", "md"/"markdown", "rednotebook"; nullopt otherwise.
std::optional<ImportFormat> importFormatFromName(const QString &name);
// A folder is a RedNotebook journal, *.json is Hoego JSON, anything else is read as Markdown.
ImportFormat guessImportFormat(const QString &path);

struct ImportRequest
{
    QString path;
    ImportFormat format = ImportFormat::Markdown;
    int year = 0; // Markdown: the year when the title has none (or to override it)
};

// Reads and checks the input without touching the database. `knownAreas` are the database's area names.
Result<ImportBatch> readImport(const ImportRequest &request, const QStringList &knownAreas);

// Reads a Markdown post (strict UTF-8) into the document the import preview shows.
Result<MarkdownDocument> readMarkdownDocument(const QString &path, int year);

// Reads and writes in one transaction (see writeImportBatch).
Result<ImportResult> importFile(const QString &connection, const ImportRequest &request, const ImportOptions &options);

// The database's area names, for readImport.
QStringList areaNames(const QString &connection);

} // namespace hoego
