#include "command.h"
#include "commandline.h"
#include "opendatabase.h"

#include "io/importer.h"
#include "io/safefile.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace hoego::cli {
namespace {

QString tr(const char *text) { return QCoreApplication::translate("hoego::cli", text); }

QList<QCommandLineOption> importOptions()
{
    return {QCommandLineOption(QStringLiteral("format"), QString(), QStringLiteral("FORMAT")),
            QCommandLineOption(QStringLiteral("year"), QString(), QStringLiteral("N")),
            QCommandLineOption(QStringLiteral("merge")), QCommandLineOption(QStringLiteral("dry-run"))};
}

} // namespace

int runImport(Context &context)
{
    CommandArguments arguments(context, QStringLiteral("import"));
    if (!arguments.parse(importOptions(), 0, 1))
        return Failure;
    const std::optional<int> year = arguments.year();
    if (!year)
        return Failure;
    if (arguments.positional().isEmpty())
        return arguments.fail(tr("give the file or folder to import."));
    ImportRequest request;
    request.path = arguments.positional().first();
    request.year = *year;
    ImportOptions options;
    options.dryRun = arguments.isSet(QStringLiteral("dry-run"));
    options.mergeIntoExisting = arguments.isSet(QStringLiteral("merge"));
    if (!QFileInfo::exists(request.path))
        return arguments.fail(tr("%1 does not exist.").arg(request.path));
    const QString format = arguments.value(QStringLiteral("format"));
    if (format.isEmpty()) {
        request.format = guessImportFormat(request.path);
    } else if (const auto known = importFormatFromName(format)) {
        request.format = *known;
    } else {
        return arguments.fail(tr("unknown format \"%1\"; use md, json or rednotebook.").arg(format));
    }
    // A pipe or a device would block or never end: refused before the database is even opened. A journal
    // folder's month files are *.txt.
    const bool folder = QFileInfo(request.path).isDir() && request.format == ImportFormat::RedNotebook;
    const Status usable
            = folder ? checkInputFolder(request.path, {QStringLiteral("*.txt")}) : checkInputFile(request.path);
    if (!usable.ok())
        return arguments.fail(usable.error().message);

    auto database = openDatabase(arguments, true);
    if (!database)
        return CannotOpenDatabase;
    auto result = importFile(database->connectionName(), request, options);
    if (!result.ok())
        return arguments.fail(result.error().message);
    if (options.dryRun)
        context.out << tr("Dry run: nothing was written. The import would add:") << '\n';
    for (const QString &line : result->countLines())
        context.out << line << '\n';
    context.out.flush();
    return Success;
}

} // namespace hoego::cli
