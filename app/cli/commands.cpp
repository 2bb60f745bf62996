#include "command.h"

#include <QCoreApplication>

namespace hoego::cli {

int runSearch(Context &context);
int runGoals(Context &context);
int runGoal(Context &context);

const QList<Command> &commands()
{
    static const QList<Command> list = {
        {QStringLiteral("search"), QStringLiteral("search TEXT"),
         QCoreApplication::translate("hoego::cli", "Search all years; prints year, kind and title per match."),
         runSearch},
        {QStringLiteral("goals"), QStringLiteral("goals [--year N] [--json]"),
         QCoreApplication::translate("hoego::cli",
                                     "List a year's goals (default: the latest year with goals): id, status, "
                                     "progress and title."),
         runGoals},
        {QStringLiteral("goal"), QStringLiteral("goal check ID | goal uncheck ID | goal progress ID N"),
         QCoreApplication::translate("hoego::cli", "Check a goal off, uncheck it, or set a counted goal's count."),
         runGoal},
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
