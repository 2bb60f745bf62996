// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "io/importbatch.h"
#include "result.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace hoego {

struct Repositories;

// Hoego's own exchange format: {"format": "hoego", "version": 1, ...}, described in docs/FORMATS.md. Ids in
// the file are keys for the links between items (lessons to events and sections, unfinished items and
// carried goals to goals); areas are referred to by name.
namespace jsonformat {

// Version 2 adds themes (with their states per year and links) and questions with their answers; version 3 adds
// each year's outputs and each goal's evidence and whether it counts it; version 4 marks private items and areas
// ("private": true), so a Hoego that would publish them refuses the file. Files of versions 1 to 3 still import.
constexpr int kVersion = 4;

// The whole database, or only the year with id `yearId`. Indented UTF-8 JSON. A public export leaves out the
// private items and areas and everything in a private area (see io/publicview.h).
Result<QByteArray> exportJson(const Repositories &repos, std::optional<Id> yearId = std::nullopt,
                              bool publicOnly = false);

// Reads a file written by exportJson. Every error names the file and the place (line for syntax errors, the
// JSON path such as years[0].events[3].date otherwise).
Result<ImportBatch> parseJson(const QByteArray &data, const QString &fileName);

} // namespace jsonformat
} // namespace hoego
