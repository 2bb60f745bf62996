#include "command.h"
#include "opendatabase.h"

#include "io/importer.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace hoego::cli {
namespace {

QString tr(const char *text) { return QCoreApplication::translate("hoego::cli", text); }

int fail(Context &context, const QString &message)
{
    context.err << QStringLiteral("hoego import: %1").arg(message) << Qt::endl;
    return Failure;
}

} // namespace

int runImport(Context &context)
{
    ImportRequest request;
    ImportOptions options;
    QString format;
    const QStringList &arguments = context.arguments;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments[i];
        const auto needValue = [&]() -> QString {
            return i + 1 < arguments.size() ? arguments[++i] : QString();
        };
        if (argument == QLatin1String("--format")) {
            format = needValue();
        } else if (argument.startsWith(QLatin1String("--format="))) {
            format = argument.mid(9);
        } else if (argument == QLatin1String("--year") || argument.startsWith(QLatin1String("--year="))) {
            const QString value = argument == QLatin1String("--year") ? needValue() : argument.mid(7);
            bool ok = false;
            request.year = value.toInt(&ok);
            if (!ok)
                return fail(context, tr("--year needs a year number, e.g. --year 2023."));
        } else if (argument == QLatin1String("--dry-run")) {
            options.dryRun = true;
        } else if (argument == QLatin1String("--merge")) {
            options.mergeIntoExisting = true;
        } else if (argument.startsWith(QLatin1String("--"))) {
            return fail(context, tr("unknown option \"%1\".").arg(argument));
        } else if (request.path.isEmpty()) {
            request.path = argument;
        } else {
            return fail(context, tr("give one file or folder to import."));
        }
    }
    if (request.path.isEmpty())
        return fail(context, tr("give the file or folder to import."));
    if (!QFileInfo::exists(request.path))
        return fail(context, tr("%1 does not exist.").arg(request.path));
    if (format.isEmpty()) {
        request.format = guessImportFormat(request.path);
    } else if (const auto known = importFormatFromName(format)) {
        request.format = *known;
    } else {
        return fail(context, tr("unknown format \"%1\"; use md, json or rednotebook.").arg(format));
    }

    auto database = openDatabase(context, true);
    if (!database)
        return CannotOpenDatabase;
    auto result = importFile(database->connectionName(), request, options);
    if (!result.ok())
        return fail(context, result.error().message);
    if (options.dryRun)
        context.out << tr("Dry run: nothing was written. The import would add:") << '\n';
    for (const QString &line : result->countLines())
        context.out << line << '\n';
    context.out.flush();
    return Success;
}

} // namespace hoego::cli
