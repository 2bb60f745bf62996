#include "commandline.h"

#include "command.h"

#include <QCoreApplication>

namespace hoego::cli {
namespace {

QString tr(const char *text) { return QCoreApplication::translate("hoego::cli", text); }

// Reads "--name VALUE" or "--name=VALUE"; advances `index` past what it used.
bool takeValue(const QStringList &arguments, qsizetype &index, const QString &name, QString *value, QString *error)
{
    const QString &argument = arguments[index];
    if (argument.startsWith(name + QLatin1Char('='))) {
        *value = argument.mid(name.size() + 1);
        return true;
    }
    if (argument != name)
        return false;
    if (index + 1 >= arguments.size()) {
        *error = tr("%1 needs a value.").arg(name);
        return true;
    }
    *value = arguments[++index];
    return true;
}

} // namespace

Invocation parseInvocation(const QStringList &arguments)
{
    Invocation invocation;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments[i];
        if (!invocation.command.isEmpty()) {
            invocation.commandArguments << argument;
            continue;
        }
        if (takeValue(arguments, i, QStringLiteral("--db"), &invocation.databasePath, &invocation.error)
            || takeValue(arguments, i, QStringLiteral("--lang"), &invocation.language, &invocation.error)) {
            if (!invocation.error.isEmpty())
                return invocation;
            continue;
        }
        if (argument == QLatin1String("--help") || argument == QLatin1String("-h")) {
            invocation.help = true;
        } else if (argument == QLatin1String("--version") || argument == QLatin1String("-v")) {
            invocation.version = true;
        } else if (argument.startsWith(QLatin1Char('-'))) {
            // Qt's own GUI options (-platform, -style...) pass through when no subcommand is given.
            continue;
        } else if (findCommand(argument)) {
            invocation.command = argument;
        } else {
            invocation.error = tr("Unknown command \"%1\". Run hoego --help for the list.").arg(argument);
            return invocation;
        }
    }
    return invocation;
}

QString usageText()
{
    QString text = tr("Usage: hoego [--db PATH] [--lang ko|en] [COMMAND ...]\n\n"
                      "Hoego keeps your yearly retrospectives and goals. Without a command it opens the window.\n\n"
                      "Options:\n"
                      "  --db PATH      use this database file instead of the default\n"
                      "  --lang CODE    user interface language (ko or en)\n"
                      "  --help         show this help\n"
                      "  --version      show the version\n\n"
                      "Commands:\n");
    for (const Command &command : commands())
        text += QStringLiteral("  %1\n      %2\n").arg(command.synopsis, command.description);
    return text;
}

} // namespace hoego::cli
