// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "fuzzdatabase.h"

#include "storage/database.h"
#include "storage/sql.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>
#include <memory>

namespace hoego::fuzz {
namespace {

struct State
{
    std::unique_ptr<QCoreApplication> app;
    std::unique_ptr<QTemporaryDir> folder;
    std::unique_ptr<Database> database;
    QString scratch;
};

// Never destroyed: libFuzzer leaves through exit(), after Qt's own globals (the connection registry) are gone,
// so closing the database then would touch freed state. The process ends anyway.
State &state()
{
    static State *instance = new State;
    return *instance;
}

[[noreturn]] void die(const QString &message)
{
    std::fprintf(stderr, "fuzz set-up failed: %s\n", qPrintable(message));
    std::abort();
}

} // namespace

void initialize(int *argc, char ***argv)
{
    State &s = state();
    s.app = std::make_unique<QCoreApplication>(*argc, *argv);
    s.folder = std::make_unique<QTemporaryDir>();
    if (!s.folder->isValid())
        die(QStringLiteral("no temporary folder"));
    auto opened = Database::open(s.folder->filePath(QStringLiteral("fuzz.sqlite")));
    if (!opened.ok())
        die(opened.error().message);
    s.database = std::move(opened).value();
    // Dry runs roll back; no need to wait for the disk.
    if (auto fast = sql::exec(s.database->connectionName(), QStringLiteral("PRAGMA synchronous = OFF")); !fast.ok())
        die(fast.error().message);
    s.scratch = s.folder->filePath(QStringLiteral("scratch"));
}

const QString &connection()
{
    return state().database->connectionName();
}

const QString &scratchFolder()
{
    return state().scratch;
}

} // namespace hoego::fuzz
