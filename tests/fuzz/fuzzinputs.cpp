// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "fuzzinputs.h"

#include "io/htmlpost/htmlpost.h"

#include "io/importbatch.h"
#include "io/json/jsonformat.h"
#include "io/markdown/markdownimport.h"
#include "io/rednotebook/rednotebookimport.h"
#include "io/textfile.h"

#include <QDir>
#include <QFile>

namespace hoego::fuzz {
namespace {

// Errors are the expected answer to bad input; only a crash, a hang or a sanitizer report is a finding.
void importDryRun(const ImportBatch &batch, const QString &connection)
{
    ImportOptions options;
    options.dryRun = true;
    options.mergeIntoExisting = true;
    (void)writeImportBatch(connection, batch, options);
}

} // namespace

void feedMarkdown(const QByteArray &data, const QString &connection)
{
    if (data.isEmpty())
        return;
    // The first byte picks whether the year is given (as the import dialog can) or must be found in the text.
    const int givenYear = (data[0] & 1) ? 2023 : 0;
    auto text = decodeUtf8(data.mid(1), QStringLiteral("fuzz.md"));
    if (!text.ok())
        return;
    auto document = parseMarkdownRetrospective(text.value(), QStringLiteral("fuzz.md"), givenYear);
    if (!document.ok())
        return;
    importDryRun(markdownBatch(document.value(), {QStringLiteral("Life"), QStringLiteral("Tech")}), connection);
}

void feedHtml(const QByteArray &data, const QString &connection)
{
    auto page = readHtmlPost(data, QStringLiteral("fuzz.html"));
    if (!page.ok())
        return;
    auto document = parseMarkdownRetrospective(page.value().markdown, QStringLiteral("fuzz.html"), 2023);
    if (!document.ok())
        return;
    importDryRun(markdownBatch(document.value(), {QStringLiteral("Life"), QStringLiteral("Tech")}), connection);
}

void feedJson(const QByteArray &data, const QString &connection)
{
    auto batch = jsonformat::parseJson(data, QStringLiteral("fuzz.json"));
    if (batch.ok())
        importDryRun(batch.value(), connection);
}

void feedRedNotebook(const QByteArray &data, const QString &connection, const QString &scratchFolder)
{
    if (!QDir().mkpath(scratchFolder))
        return;
    const QString path = QDir(scratchFolder).filePath(QStringLiteral("2023-05.txt"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return;
    file.write(data);
    file.close();
    auto batch = readRedNotebookJournal(path);
    if (batch.ok())
        importDryRun(batch.value(), connection);
}

} // namespace hoego::fuzz
