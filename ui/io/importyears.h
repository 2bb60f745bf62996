// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "io/importbatch.h"

#include <QStringList>

namespace hoego {

// What each year of an import will get, one line per year in the order of the batch, for the import preview:
// "2023: events 4 · lessons 2 · goals 3 (1 done) · closing note".
QStringList yearResults(const ImportBatch &batch);
// What one part of a post gives, in the same words, its years together: "events 4 · lessons 2"; "nothing".
QString partResult(const ImportBatch &partBatch);

} // namespace hoego
