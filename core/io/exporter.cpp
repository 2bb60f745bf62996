// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "exporter.h"

#include "html/htmlexport.h"
#include "markdown/markdownexport.h"
#include "pdf/pdfexport.h"
#include "publicview.h"
#include "safefile.h"
#include "storage/repositories.h"
#include "json/jsonformat.h"

#include <QCoreApplication>

namespace hoego {
namespace {

// Names the context of this file's strings for tr() and for lupdate alike.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hoego::Exporter)
};

// The report an export shows: the whole year, or only its public part.
Result<YearReport> reportFor(const Repositories &repos, Id yearId, const ReportOptions &options)
{
    auto report = loadYearReport(repos, yearId);
    if (!report.ok() || !options.publicOnly)
        return report;
    return publicReport(*report);
}

} // namespace

std::optional<ExportFormat> exportFormatFromName(const QString &name)
{
    const QString key = name.trimmed().toLower();
    if (key == QLatin1String("md") || key == QLatin1String("markdown"))
        return ExportFormat::Markdown;
    if (key == QLatin1String("html"))
        return ExportFormat::Html;
    if (key == QLatin1String("pdf"))
        return ExportFormat::Pdf;
    if (key == QLatin1String("json"))
        return ExportFormat::Json;
    return std::nullopt;
}

QString exportFormatSuffix(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Markdown:
        return QStringLiteral("md");
    case ExportFormat::Html:
        return QStringLiteral("html");
    case ExportFormat::Pdf:
        return QStringLiteral("pdf");
    case ExportFormat::Json:
        return QStringLiteral("json");
    }
    return {};
}

Result<QByteArray> exportText(const QString &connection, std::optional<Id> yearId, ExportFormat format,
                              const ReportOptions &options)
{
    const Repositories repos(connection);
    if (format == ExportFormat::Json)
        return jsonformat::exportJson(repos, yearId, options.publicOnly);
    if (format == ExportFormat::Pdf)
        return Error::invalid(Tr::tr("A PDF is not text; write it to a file."));
    if (!yearId)
        return Error::invalid(Tr::tr("Choose the year to export."));
    auto report = reportFor(repos, *yearId, options);
    if (!report.ok())
        return report.error();
    const QString text
            = format == ExportFormat::Markdown ? exportMarkdown(*report, options) : exportHtml(*report, options);
    return text.toUtf8();
}

Status exportToFile(const QString &connection, std::optional<Id> yearId, ExportFormat format,
                    const ReportOptions &options, const QString &path)
{
    // Before the report is built: a device or a pipe at `path` is refused without waiting for the export.
    if (Status usable = checkOutputFile(path); !usable.ok())
        return usable;
    if (format == ExportFormat::Pdf) {
        if (!yearId)
            return Error::invalid(Tr::tr("Choose the year to export."));
        auto report = reportFor(Repositories(connection), *yearId, options);
        if (!report.ok())
            return report.error();
        return exportPdf(*report, options, path);
    }
    auto bytes = exportText(connection, yearId, format, options);
    if (!bytes.ok())
        return bytes.error();
    return writeFileAtomically(path, [&bytes](QIODevice &device) {
        device.write(*bytes); // a failed write is reported by writeFileAtomically
        return Status();
    });
}

} // namespace hoego
