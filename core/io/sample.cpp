// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "sample.h"

#include "io/json/jsonformat.h"
#include "storage/repositories.h"

#include <QCoreApplication>
#include <QFile>

// Q_INIT_RESOURCE must be used outside a namespace. The resource lives in the static core library, whose
// initialiser the linker could otherwise drop.
static void initSampleResource()
{
    Q_INIT_RESOURCE(hoego_sample);
}

namespace hoego {
namespace {

// Names the context of this file's strings for tr() and for lupdate alike.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hoego::Sample)
};

const QString kSamplePath = QStringLiteral(":/sample/sample.json");

} // namespace

QByteArray sampleJson()
{
    initSampleResource();
    QFile file(kSamplePath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

Status loadSample(const QString &connection, const QHash<QString, QString> &areaAliases)
{
    const QByteArray json = sampleJson();
    if (json.isEmpty())
        return Error{Error::Code::Io, Tr::tr("The built-in sample is missing from this build of Hoego.")};
    auto batch = jsonformat::parseJson(json, kSamplePath);
    if (!batch.ok())
        return batch.error();
    const Repositories repos(connection);
    for (const YearData &year : batch->years) {
        auto existing = repos.years.byNumber(year.year.number);
        if (existing.ok())
            return Error{Error::Code::Conflict,
                         Tr::tr("The sample contains the year %1, which already exists in this database. Nothing was "
                                "changed; open the sample in a new, empty database.")
                                 .arg(year.year.number)};
        if (existing.error().code != Error::Code::NotFound)
            return existing.error();
    }
    ImportOptions options;
    options.areaAliases = areaAliases;
    return writeImportBatch(connection, *batch, options);
}

} // namespace hoego
