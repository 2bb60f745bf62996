// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "command.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <optional>

namespace hoego::cli {

// A usage error: a source text of the "hoego::cli" context and what fills its %1, %2. It is translated when
// printed, because the top level is parsed before the translators are installed.
struct UsageError
{
    const char *text = nullptr;
    QStringList arguments;

    bool isEmpty() const { return text == nullptr; }
    QString message() const;
};
QTextStream &operator<<(QTextStream &stream, const UsageError &error);

// Whether options may follow positional arguments ("import FILE --dry-run") or everything from the first
// positional argument on is positional (the top level: the subcommand's name and its arguments).
enum class OptionsAfterPositional { AreOptions, ArePositional };

// Parses `arguments` (those after the program's or the subcommand's name) with QCommandLineParser, plus the
// checks it leaves out: a value is neither missing, nor empty, nor the next option's name ("--db --lang"); an
// option with a value is given once (unless its value name ends in "...": --map A=x --map B=y); a flag takes
// no "=value". Options also read with one dash ("-db").
UsageError parseArguments(QCommandLineParser &parser, const QList<QCommandLineOption> &options,
                          const QStringList &arguments,
                          OptionsAfterPositional after = OptionsAfterPositional::AreOptions);

// A whole number written with digits only ("12"; not "+12", " 12", "1e3" or "0x10").
std::optional<qint64> wholeNumber(const QString &text);

// The parsed top level of Hoego's command line: global options and, when given, a subcommand.
struct Invocation
{
    QString databasePath; // empty: the default database
    QString language; // empty: the system locale
    QString command; // empty: start the GUI
    QStringList commandArguments;
    // Files given instead of a command ("hoego post.md"), absolute: the window previews their import. A
    // database file among them becomes databasePath.
    QStringList files;
    bool help = false;
    bool version = false;
    UsageError error; // a usage error to print
};

// Parses without needing a QCoreApplication, so main() can choose between the GUI and the terminal.
Invocation parseInvocation(const QStringList &arguments);
QString usageText();

// One subcommand's arguments and the one way every subcommand reports a problem: "hoego COMMAND: message" on
// stderr and an exit code (Failure for a bad argument or value, CannotOpenDatabase for the database).
class CommandArguments
{
public:
    CommandArguments(Context &context, const QString &command);

    // Parses the subcommand's arguments, which take `options` and from `minPositional` to `maxPositional`
    // positional arguments (-1: any number), none of them empty. False after printing the usage error.
    bool parse(const QList<QCommandLineOption> &options, qsizetype minPositional, qsizetype maxPositional);
    bool isSet(const QString &option) const { return m_parser.isSet(option); }
    QString value(const QString &option) const { return m_parser.value(option); }
    QStringList values(const QString &option) const { return m_parser.values(option); }
    QStringList positional() const { return m_parser.positionalArguments(); }
    // --year's value checked as a year Hoego can hold; 0 when not given, nullopt after printing the error.
    std::optional<int> year();

    int fail(const QString &message, int code = Failure) const;
    Context &context() const { return m_context; }

private:
    Context &m_context;
    QString m_command;
    QCommandLineParser m_parser;
};

} // namespace hoego::cli
