#pragma once

#include <QString>
#include <QStringList>

namespace hoego::cli {

// The parsed top level of Hoego's command line: global options and, when given, a subcommand.
struct Invocation
{
    QString databasePath; // empty: the default database
    QString language;     // empty: the system locale
    QString command;      // empty: start the GUI
    QStringList commandArguments;
    bool help = false;
    bool version = false;
    QString error; // a usage error to print
};

// Parses without needing a QCoreApplication, so main() can choose between the GUI and the terminal.
Invocation parseInvocation(const QStringList &arguments);
QString usageText();

} // namespace hoego::cli
