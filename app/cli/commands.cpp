// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "command.h"

#include <QCoreApplication>

namespace hoego::cli {

int runSearch(Context &context);
int runBackup(Context &context);
int runRestore(Context &context);
int runCopy(Context &context);
int runGoals(Context &context);
int runGoal(Context &context);
int runExport(Context &context);
int runImport(Context &context);
int runThemes(Context &context);
int runQuestions(Context &context);
int runOutputs(Context &context);
int runOutput(Context &context);

const QList<Command> &commands()
{
    static const QList<Command> list = {
            {QStringLiteral("search"), QStringLiteral("search TEXT"),
             QCoreApplication::translate("hoego::cli", "Search all years; prints year, kind and title per match."),
             runSearch},
            {QStringLiteral("goals"), QStringLiteral("goals [--year N] [--json] [--summary]"),
             QCoreApplication::translate("hoego::cli",
                                         "List a year's goals (default: the latest year with goals): id, status, "
                                         "progress and title; --summary counts them instead."),
             runGoals},
            {QStringLiteral("goal"),
             QStringLiteral("goal check ID [--on YYYY-MM-DD] | goal uncheck ID | goal progress ID N | "
                            "goal evidence ID [--add OUTPUT_ID | --remove OUTPUT_ID]"),
             QCoreApplication::translate("hoego::cli",
                                         "Check a goal off, uncheck it, set a counted goal's count, or list the "
                                         "outputs and events linked to it as evidence, link an output or unlink it."),
             runGoal},
            {QStringLiteral("outputs"), QStringLiteral("outputs [--year N] [--kind K] [--json]"),
             QCoreApplication::translate("hoego::cli",
                                         "List what was made (posts, talks, books...): id, year, date, kind, title "
                                         "and link."),
             runOutputs},
            {QStringLiteral("output"),
             QStringLiteral("output add --year N --kind K --title T [--date D] [--link URL] [--venue V] [--goal ID] | "
                            "output edit ID [--title T] [--date D] [--link URL | --no-link] [--kind K] "
                            "[--venue V | --no-venue] | "
                            "output remove ID"),
             QCoreApplication::translate("hoego::cli",
                                         "Add an output to a year, optionally as evidence for a goal; change an "
                                         "output's fields; remove an output and its evidence links."),
             runOutput},
            {QStringLiteral("themes"), QStringLiteral("themes [--year N] [--json]"),
             QCoreApplication::translate("hoego::cli",
                                         "List the themes followed across years and their radar state per year; with "
                                         "--year, that year's themes, states and notes."),
             runThemes},
            {QStringLiteral("questions"), QStringLiteral("questions [--year N] [--json]"),
             QCoreApplication::translate("hoego::cli",
                                         "List the questions asked across years with each year's answer; with --year, "
                                         "that year's questions."),
             runQuestions},
            {QStringLiteral("backup"), QStringLiteral("backup [--output FILE]"),
             QCoreApplication::translate(
                     "hoego::cli", "Write a consistent copy of the database (default: the backups folder beside it)."),
             runBackup},
            {QStringLiteral("copy"), QStringLiteral("copy --from SOURCE --to TARGET"),
             QCoreApplication::translate("hoego::cli",
                                         "Copy a whole database into an empty one: files and server addresses "
                                         "(postgresql://user@host:port/database) alike, in either direction."),
             runCopy},
            {QStringLiteral("restore"), QStringLiteral("restore BACKUP"),
             QCoreApplication::translate("hoego::cli",
                                         "Replace the database with BACKUP after saving the current one as a backup."),
             runRestore},
            {QStringLiteral("export"),
             QStringLiteral(
                     "export --year N --format md|html|pdf|json [--output FILE] [--lang ko|en] [--by-month] "
                     "[--flavour static-site|commonmark|blog-editor] [--no-front-matter] [--public] [--profile NAME]"),
             QCoreApplication::translate("hoego::cli",
                                         "Export a year summary (text formats to stdout without --output; json without "
                                         "--year exports every year; headings in the database's language without "
                                         "--lang, renamed by an export profile with --profile)."),
             runExport, true},
            {QStringLiteral("import"),
             QStringLiteral("import FILE_OR_FOLDER [--format md|json|rednotebook] [--year N] [--merge] [--dry-run] "
                            "[--map \"HEADING=KIND\"]..."),
             QCoreApplication::translate(
                     "hoego::cli",
                     "Import a Markdown retrospective, a Hoego JSON export or a RedNotebook journal; "
                     "prints what it added."),
             runImport},
    };
    return list;
}

const Command *findCommand(const QString &name)
{
    for (const Command &command : commands()) {
        if (command.name == name)
            return &command;
    }
    return nullptr;
}

} // namespace hoego::cli
