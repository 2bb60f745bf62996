#include "command.h"
#include "opendatabase.h"

#include "i18n/language.h"
#include "io/exporter.h"
#include "storage/repositories.h"

#include <QCoreApplication>

namespace hoego::cli {
namespace {

QString tr(const char *text) { return QCoreApplication::translate("hoego::cli", text); }

int fail(Context &context, const QString &message)
{
    context.err << QStringLiteral("hoego export: %1").arg(message) << Qt::endl;
    return Failure;
}

struct ExportArguments
{
    int year = 0;
    QString format;
    QString output;
    QString language;
    bool byMonth = false;
    bool frontMatter = true;
};

bool parse(const QStringList &arguments, ExportArguments *parsed, QString *error)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments[i];
        const auto value = [&](const QString &name, QString *out) {
            if (argument.startsWith(name + QLatin1Char('='))) {
                *out = argument.mid(name.size() + 1);
                return true;
            }
            if (argument != name)
                return false;
            if (i + 1 >= arguments.size()) {
                *error = tr("%1 needs a value.").arg(name);
                return true;
            }
            *out = arguments[++i];
            return true;
        };
        QString year;
        if (value(QStringLiteral("--year"), &year)) {
            bool ok = false;
            parsed->year = year.toInt(&ok);
            if (!ok && error->isEmpty())
                *error = tr("--year needs a year number, e.g. --year 2025.");
        } else if (value(QStringLiteral("--format"), &parsed->format) || value(QStringLiteral("--output"), &parsed->output)
                   || value(QStringLiteral("--lang"), &parsed->language)) {
        } else if (argument == QLatin1String("--by-month")) {
            parsed->byMonth = true;
        } else if (argument == QLatin1String("--no-front-matter")) {
            parsed->frontMatter = false;
        } else {
            *error = tr("unknown argument \"%1\".").arg(argument);
        }
        if (!error->isEmpty())
            return false;
    }
    return true;
}

} // namespace

int runExport(Context &context)
{
    ExportArguments arguments;
    QString error;
    if (!parse(context.arguments, &arguments, &error))
        return fail(context, error);
    const auto format = exportFormatFromName(arguments.format.isEmpty() ? QStringLiteral("md") : arguments.format);
    if (!format)
        return fail(context, tr("unknown format \"%1\"; use md, html, pdf or json.").arg(arguments.format));
    ReportOptions options;
    options.language = i18n::languageForLocale(QLocale());
    if (!arguments.language.isEmpty()) {
        const auto language = i18n::languageFromCode(arguments.language);
        if (!language)
            return fail(context, tr("unknown language \"%1\"; use ko or en.").arg(arguments.language));
        options.language = *language;
    }
    options.grouping = arguments.byMonth ? ReportOptions::Grouping::ByMonth : ReportOptions::Grouping::ByArea;
    options.frontMatter = arguments.frontMatter;
    if (arguments.year == 0 && *format != ExportFormat::Json)
        return fail(context, tr("give the year to export with --year N (only json exports every year)."));
    if (*format == ExportFormat::Pdf && arguments.output.isEmpty())
        return fail(context, tr("a PDF needs --output FILE."));

    auto database = openDatabase(context, false);
    if (!database)
        return CannotOpenDatabase;
    std::optional<Id> yearId;
    if (arguments.year != 0) {
        auto year = YearRepository(database->connectionName()).byNumber(arguments.year);
        if (!year.ok())
            return fail(context, year.error().message);
        yearId = year->id;
    }
    if (!arguments.output.isEmpty()) {
        const Status written = exportToFile(database->connectionName(), yearId, *format, options, arguments.output);
        if (!written.ok())
            return fail(context, written.error().message);
        return Success;
    }
    auto text = exportText(database->connectionName(), yearId, *format, options);
    if (!text.ok())
        return fail(context, text.error().message);
    context.out << QString::fromUtf8(*text);
    context.out.flush();
    return Success;
}

} // namespace hoego::cli
