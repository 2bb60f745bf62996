// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "commandline.h"

#include "i18n/particles.h"

#include "i18n/language.h"
#include "io/incomingfile.h"
#include "model/partialdate.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace hoego::cli {
namespace {

// Names the context of this file's strings for tr() and for lupdate alike.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hoego::cli)
};

QString dashed(const QString &name)
{
    return (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
}

// "-" alone is a positional argument and "-5" a (bad) number, not an option.
bool looksLikeOption(const QString &argument)
{
    return argument.size() > 1 && argument.startsWith(QLatin1Char('-')) && !argument.at(1).isDigit();
}

const QCommandLineOption *findOption(const QList<QCommandLineOption> &options, const QString &name)
{
    for (const QCommandLineOption &option : options) {
        if (option.names().contains(name))
            return &option;
    }
    return nullptr;
}

// Qt's own options for the window (QGuiApplication, QApplication, xcb): they pass through to Qt, but only
// when no command is given.
QList<QCommandLineOption> qtWindowOptions()
{
    QList<QCommandLineOption> options;
    for (const char *name :
         {"platform", "platformpluginpath", "platformtheme", "plugin", "qwindowgeometry", "geometry", "qwindowtitle",
          "title", "qwindowicon", "icon", "session", "display", "name", "style", "stylesheet", "qmljsdebugger"})
        options << QCommandLineOption(QString::fromLatin1(name), QString(), QStringLiteral("VALUE"));
    for (const char *name : {"reverse", "widgetcount", "nograb", "dograb", "sync"})
        options << QCommandLineOption(QString::fromLatin1(name));
    return options;
}

UsageError countPositional(const QStringList &positional, qsizetype min, qsizetype max, const QString &synopsis)
{
    if (max >= 0 && positional.size() > max)
        return {QT_TRANSLATE_NOOP("hoego::cli", "unexpected argument \"%1\"; usage: hoego %2"),
                {positional[max], synopsis}};
    if (positional.size() < min)
        return {QT_TRANSLATE_NOOP("hoego::cli", "an argument is missing; usage: hoego %1"), {synopsis}};
    if (positional.contains(QString()))
        return {QT_TRANSLATE_NOOP("hoego::cli", "an argument is empty; usage: hoego %1"), {synopsis}};
    return {};
}

// A word without a folder or an extension that names nothing is a mistyped command, not a missing file.
bool looksLikeFileName(const QString &argument)
{
    return argument.contains(QLatin1Char('/')) || !QFileInfo(argument).suffix().isEmpty();
}

// "hoego FILE...": each file is a database to open (one at most, and not besides --db) or something to import.
UsageError takeFiles(const QStringList &positional, bool databaseGiven, Invocation &invocation)
{
    QString databaseFile;
    for (const QString &argument : positional) {
        switch (incomingKind(argument)) {
        case IncomingKind::Missing:
            if (argument.isEmpty() || !looksLikeFileName(argument))
                return {QT_TRANSLATE_NOOP("hoego::cli",
                                          "\"%1\" is neither a command nor a file. Run hoego --help for the list."),
                        {argument}};
            return {QT_TRANSLATE_NOOP("hoego::cli", "cannot open \"%1\": no such file or folder."), {argument}};
        case IncomingKind::Unsupported:
            return {QT_TRANSLATE_NOOP("hoego::cli",
                                      "cannot open \"%1\": it is neither a Hoego database (.hoego, .sqlite) nor a "
                                      "file Hoego imports (.md, .txt, .html, .json or a RedNotebook folder)."),
                    {argument}};
        case IncomingKind::Database:
            if (databaseGiven || !databaseFile.isEmpty())
                return {QT_TRANSLATE_NOOP("hoego::cli", "\"%1\" is a second database; open one at a time."),
                        {argument}};
            databaseFile = QFileInfo(argument).absoluteFilePath();
            break;
        case IncomingKind::Import:
            invocation.files << QFileInfo(argument).absoluteFilePath();
            break;
        }
    }
    if (!databaseFile.isEmpty())
        invocation.databasePath = databaseFile;
    return {};
}

} // namespace

QString UsageError::message() const
{
    return i18n::fillWords(Tr::tr(text), arguments);
}

QTextStream &operator<<(QTextStream &stream, const UsageError &error)
{
    return stream << error.message();
}

UsageError parseArguments(QCommandLineParser &parser, const QList<QCommandLineOption> &options,
                          const QStringList &arguments, OptionsAfterPositional after)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const bool optionsEnd = after == OptionsAfterPositional::ArePositional;
    if (optionsEnd)
        parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    parser.addOptions(options);
    // QCommandLineParser takes whatever follows an option as its value, even the next option.
    bool positionalSeen = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments[i];
        if (argument == QLatin1String("--"))
            break;
        if (!looksLikeOption(argument)) {
            positionalSeen = true;
            continue;
        }
        if (positionalSeen && optionsEnd)
            break;
        const QString body = argument.mid(argument.startsWith(QLatin1String("--")) ? 2 : 1);
        const QString name = body.section(QLatin1Char('='), 0, 0);
        const QCommandLineOption *option = findOption(options, name);
        if (!option)
            continue; // QCommandLineParser names it below
        const bool inlineValue = body.contains(QLatin1Char('='));
        if (option->valueName().isEmpty() && inlineValue)
            return {QT_TRANSLATE_NOOP("hoego::cli", "%1 takes no value."), {dashed(name)}};
        if (!option->valueName().isEmpty() && !inlineValue) {
            if (i + 1 >= arguments.size() || looksLikeOption(arguments[i + 1]))
                return {QT_TRANSLATE_NOOP("hoego::cli", "%1 needs a value."), {dashed(name)}};
            ++i;
        }
    }
    if (!parser.parse(QStringList{QString()} + arguments)) {
        if (!parser.unknownOptionNames().isEmpty())
            return {QT_TRANSLATE_NOOP("hoego::cli", "unknown option \"%1\"."),
                    {dashed(parser.unknownOptionNames().first())}};
        return {"%1", {parser.errorText()}}; // not reached: the checks above cover QCommandLineParser's others
    }
    for (const QCommandLineOption &option : options) {
        if (option.valueName().isEmpty())
            continue;
        const QStringList values = parser.values(option);
        if (values.size() > 1 && !option.valueName().endsWith(QLatin1String("...")))
            return {QT_TRANSLATE_NOOP("hoego::cli", "%1 is given more than once."), {dashed(option.names().last())}};
        for (const QString &value : values) {
            if (value.trimmed().isEmpty())
                return {QT_TRANSLATE_NOOP("hoego::cli", "%1 needs a value."), {dashed(option.names().last())}};
        }
    }
    return {};
}

std::optional<qint64> wholeNumber(const QString &text)
{
    if (text.isEmpty() || text.size() > 18)
        return std::nullopt;
    for (const QChar c : text) {
        if (c.unicode() < u'0' || c.unicode() > u'9')
            return std::nullopt;
    }
    return text.toLongLong();
}

Invocation parseInvocation(const QStringList &arguments)
{
    Invocation invocation;
    QCommandLineParser parser;
    const QCommandLineOption database(QStringLiteral("db"), QString(), QStringLiteral("PATH"));
    const QCommandLineOption language(QStringLiteral("lang"), QString(), QStringLiteral("CODE"));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    const QCommandLineOption version(QStringList{QStringLiteral("v"), QStringLiteral("version")});
    const QList<QCommandLineOption> qtOptions = qtWindowOptions();
    // Everything from the subcommand's name on belongs to the subcommand.
    invocation.error = parseArguments(parser, QList<QCommandLineOption>{database, language, help, version} + qtOptions,
                                      arguments.mid(1), OptionsAfterPositional::ArePositional);
    if (!invocation.error.isEmpty())
        return invocation;
    invocation.databasePath = parser.value(database);
    invocation.language = parser.value(language);
    invocation.help = parser.isSet(help);
    invocation.version = parser.isSet(version);
    QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty() && !findCommand(positional.first())) {
        invocation.error = takeFiles(positional, parser.isSet(database), invocation);
        if (!invocation.error.isEmpty())
            return invocation;
    } else if (!positional.isEmpty()) {
        invocation.command = positional.takeFirst();
        invocation.commandArguments = positional;
        for (const QCommandLineOption &option : qtOptions) {
            if (parser.isSet(option)) {
                invocation.error
                        = {QT_TRANSLATE_NOOP("hoego::cli", "unknown option \"%1\"."), {dashed(option.names().first())}};
                return invocation;
            }
        }
    }
    if (!invocation.language.isEmpty() && !i18n::languageFromCode(invocation.language))
        invocation.error
                = {QT_TRANSLATE_NOOP("hoego::cli", "unknown language \"%1\"; use ko or en."), {invocation.language}};
    return invocation;
}

QString usageText()
{
    QString text = Tr::tr(
            "Usage: hoego [--db PATH] [--lang ko|en] [FILE... | COMMAND ...]\n\n"
            "Hoego keeps your yearly retrospectives and goals. Without a command it opens the window, or "
            "brings the Hoego that already has the database open to the front.\n"
            "FILE is a database to open (.hoego, .sqlite) or a post, export or journal to import (.md, "
            ".txt, .html, .json, a RedNotebook folder); the window shows the import's preview.\n\n"
            "Options:\n"
            "  --db PATH      use this database file, or a server database (postgresql://user@host:port/name),\n"
            "                 instead of the default\n"
            "  --lang CODE    user interface language (ko or en)\n"
            "  --help         show this help\n"
            "  --version      show the version\n\n"
            "Commands:\n");
    for (const Command &command : commands())
        text += QStringLiteral("  %1\n      %2\n").arg(command.synopsis, command.description);
    return text;
}

CommandArguments::CommandArguments(Context &context, const QString &command)
    : m_context(context)
    , m_command(command)
{ }

bool CommandArguments::parse(const QList<QCommandLineOption> &options, qsizetype minPositional, qsizetype maxPositional)
{
    UsageError error = parseArguments(m_parser, options, m_context.arguments);
    if (error.isEmpty()) {
        const QString synopsis = findCommand(m_command) ? findCommand(m_command)->synopsis : m_command;
        error = countPositional(m_parser.positionalArguments(), minPositional, maxPositional, synopsis);
    }
    if (error.isEmpty())
        return true;
    fail(error.message());
    return false;
}

std::optional<int> CommandArguments::year()
{
    const QString text = value(QStringLiteral("year"));
    if (text.isEmpty())
        return 0;
    const std::optional<qint64> number = wholeNumber(text);
    if (!number || *number < kMinYear || *number > kMaxYear) {
        fail(i18n::fillWords(Tr::tr("--year needs a year from %1 to %2, not \"%3\"."), QString::number(kMinYear),
                             QString::number(kMaxYear), text));
        return std::nullopt;
    }
    return int(*number);
}

int CommandArguments::fail(const QString &message, int code) const
{
    m_context.err << QStringLiteral("hoego %1: %2").arg(m_command, message) << Qt::endl;
    return code;
}

} // namespace hoego::cli
