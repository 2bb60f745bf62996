#include "command.h"

#include <QCoreApplication>

namespace hoego::cli {

int runSearch(Context &context);
int runBackup(Context &context);
int runRestore(Context &context);
int runGoals(Context &context);
int runGoal(Context &context);
int runExport(Context &context);
int runImport(Context &context);
int runThemes(Context &context);
int runQuestions(Context &context);

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
             QStringLiteral("goal check ID [--on YYYY-MM-DD] | goal uncheck ID | goal progress ID N"),
             QCoreApplication::translate("hoego::cli", "Check a goal off, uncheck it, or set a counted goal's count."),
             runGoal},
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
            {QStringLiteral("restore"), QStringLiteral("restore BACKUP"),
             QCoreApplication::translate("hoego::cli",
                                         "Replace the database with BACKUP after saving the current one as a backup."),
             runRestore},
            {QStringLiteral("export"),
             QStringLiteral("export --year N --format md|html|pdf|json [--output FILE] [--lang ko|en] [--by-month] "
                            "[--no-front-matter]"),
             QCoreApplication::translate("hoego::cli",
                                         "Export a year summary (text formats to stdout without --output; json without "
                                         "--year exports every year)."),
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
