#include "command.h"

#include <QCoreApplication>

namespace hoego::cli {

int runSearch(Context &context);

const QList<Command> &commands()
{
    static const QList<Command> list = {
        {QStringLiteral("search"), QStringLiteral("search TEXT"),
         QCoreApplication::translate("hoego::cli", "Search all years; prints year, kind and title per match."),
         runSearch},
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
