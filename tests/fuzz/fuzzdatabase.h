// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include <QString>

// Set-up of the libFuzzer targets: one QCoreApplication and one temporary Hoego database per process.
namespace hoego::fuzz {

void initialize(int *argc, char ***argv);
const QString &connection();
// A private scratch folder for targets whose importer reads files.
const QString &scratchFolder();

} // namespace hoego::fuzz
