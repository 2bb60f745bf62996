// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>

namespace hoego::cli {

// Exit codes shared by every subcommand.
enum ExitCode { Success = 0, Failure = 1, CannotOpenDatabase = 2 };

// What a subcommand gets: its own arguments (after its name), the database path and the output streams.
struct Context
{
    QString databasePath;
    QStringList arguments;
    QTextStream &out;
    QTextStream &err;
};

struct Command
{
    QString name;
    QString synopsis; // shown by --help, e.g. "search TEXT"
    QString description; // one line
    std::function<int(Context &)> run;
    bool needsFonts = false; // lays out text (PDF): main() creates a QGuiApplication for it
};

// Every subcommand registers itself here; main() and --help read the list.
const QList<Command> &commands();
const Command *findCommand(const QString &name);

} // namespace hoego::cli
