// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "importer.h"

#include "htmlpost/htmlpost.h"

#include "markdown/markdownimport.h"
#include "rednotebook/rednotebookimport.h"
#include "storage/repositories.h"
#include "textfile.h"
#include "json/jsonformat.h"

#include <QFileInfo>

namespace hoego {

std::optional<ImportFormat> importFormatFromName(const QString &name)
{
    const QString key = name.trimmed().toLower();
    if (key == QLatin1String("json"))
        return ImportFormat::Json;
    if (key == QLatin1String("md") || key == QLatin1String("markdown"))
        return ImportFormat::Markdown;
    if (key == QLatin1String("rednotebook"))
        return ImportFormat::RedNotebook;
    return std::nullopt;
}

ImportFormat guessImportFormat(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir())
        return ImportFormat::RedNotebook;
    if (info.suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) == 0)
        return ImportFormat::Json;
    return ImportFormat::Markdown;
}

Result<ImportBatch> readImport(const ImportRequest &request, const QStringList &knownAreas)
{
    switch (request.format) {
    case ImportFormat::RedNotebook:
        return readRedNotebookJournal(request.path);
    case ImportFormat::Json: {
        auto bytes = readInputFile(request.path);
        if (!bytes.ok())
            return bytes.error();
        return jsonformat::parseJson(*bytes, request.path);
    }
    case ImportFormat::Markdown: {
        auto document = readMarkdownDocument(request.path, request.year);
        if (!document.ok())
            return document.error();
        return markdownBatch(*document, knownAreas);
    }
    }
    return Error::invalid(QStringLiteral("unknown format"));
}

Result<MarkdownDocument> readMarkdownDocument(const QString &path, int year)
{
    auto bytes = readInputFile(path);
    if (!bytes.ok())
        return bytes.error();
    // A saved blog page is read as the Markdown of its article, through the same reader.
    if (path.endsWith(QLatin1String(".html"), Qt::CaseInsensitive)
        || path.endsWith(QLatin1String(".htm"), Qt::CaseInsensitive) || looksLikeHtml(*bytes)) {
        auto page = readHtmlPost(*bytes, path);
        if (!page.ok())
            return page.error();
        auto document = parseMarkdownRetrospective(page->markdown, path, year);
        if (document.ok())
            document.value().leftOut = page->leftOut;
        return document;
    }
    auto text = decodeUtf8(*bytes, path);
    if (!text.ok())
        return text.error();
    return parseMarkdownRetrospective(*text, path, year);
}

QStringList areaNames(const QString &connection)
{
    QStringList names;
    auto areas = AreaRepository(connection).all();
    if (areas.ok()) {
        for (const Area &area : areas.value())
            names << area.name;
    }
    return names;
}

Result<ImportResult> importFile(const QString &connection, const ImportRequest &request, const ImportOptions &options)
{
    auto batch = readImport(request, areaNames(connection));
    if (!batch.ok())
        return batch.error();
    return writeImportBatch(connection, *batch, options);
}

} // namespace hoego
