// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "result.h"

#include <QHash>
#include <QString>

namespace hoego {

// Loads the built-in sample retrospective (a resource in Hoego's JSON format: the year 2025 with a short 2024
// and the goals set for 2026) in one transaction. Refuses, writing nothing, when one of its years exists.
// `areaAliases`: see ImportOptions (the sample's areas are the starting six, in English).
Status loadSample(const QString &connection, const QHash<QString, QString> &areaAliases = {});

// The sample's JSON text, for tests and previews.
QByteArray sampleJson();

} // namespace hoego
