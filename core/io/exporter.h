// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "yearreport.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace hoego {

enum class ExportFormat { Markdown, Html, Pdf, Json };

// "md"/"markdown", "html", "pdf", "json"; nullopt otherwise.
std::optional<ExportFormat> exportFormatFromName(const QString &name);
QString exportFormatSuffix(ExportFormat format); // "md", "html", "pdf", "json"

// Markdown, HTML or JSON as UTF-8 bytes. JSON without a year is the whole database.
Result<QByteArray> exportText(const QString &connection, std::optional<Id> yearId, ExportFormat format,
                              const ReportOptions &options);

// Writes any format to `path` through writeFileAtomically: a failed write leaves an old file intact, and a
// `path` that is not a regular file (a device, a pipe) is refused.
Status exportToFile(const QString &connection, std::optional<Id> yearId, ExportFormat format,
                    const ReportOptions &options, const QString &path);

} // namespace hoego
