// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "command.h"
#include "commandline.h"
#include "opendatabase.h"

#include "i18n/language.h"
#include "io/exporter.h"
#include "storage/databaselanguage.h"
#include "storage/exportprofilerepository.h"
#include "storage/repositories.h"

#include <QCoreApplication>

namespace hoego::cli {
namespace {

// Names the context of this file's strings for tr() and for lupdate alike.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hoego::cli)
};

QList<QCommandLineOption> exportOptions()
{
    return {QCommandLineOption(QStringLiteral("year"), QString(), QStringLiteral("N")),
            QCommandLineOption(QStringLiteral("format"), QString(), QStringLiteral("FORMAT")),
            QCommandLineOption(QStringLiteral("output"), QString(), QStringLiteral("FILE")),
            QCommandLineOption(QStringLiteral("lang"), QString(), QStringLiteral("CODE")),
            QCommandLineOption(QStringLiteral("by-month")),
            QCommandLineOption(QStringLiteral("no-front-matter")),
            QCommandLineOption(QStringLiteral("flavour"), QString(), QStringLiteral("FLAVOUR")),
            QCommandLineOption(QStringLiteral("public")),
            QCommandLineOption(QStringLiteral("profile"), QString(), QStringLiteral("NAME"))};
}

} // namespace

int runExport(Context &context)
{
    CommandArguments arguments(context, QStringLiteral("export"));
    if (!arguments.parse(exportOptions(), 0, 0))
        return Failure;
    const std::optional<int> year = arguments.year();
    if (!year)
        return Failure;
    const QString formatName = arguments.value(QStringLiteral("format"));
    const QString output = arguments.value(QStringLiteral("output"));
    const QString languageCode = arguments.value(QStringLiteral("lang"));
    const auto format = exportFormatFromName(formatName.isEmpty() ? QStringLiteral("md") : formatName);
    if (!format)
        return arguments.fail(Tr::tr("unknown format \"%1\"; use md, html, pdf or json.").arg(formatName));
    ReportOptions options;
    options.language = i18n::languageForLocale(QLocale());
    if (!languageCode.isEmpty()) {
        const auto language = i18n::languageFromCode(languageCode);
        if (!language)
            return arguments.fail(Tr::tr("unknown language \"%1\"; use ko or en.").arg(languageCode));
        options.language = *language;
    }
    options.grouping = arguments.isSet(QStringLiteral("by-month")) ? ReportOptions::Grouping::ByMonth
                                                                   : ReportOptions::Grouping::ByArea;
    // --no-front-matter came first and stays: it is the plain CommonMark post.
    if (arguments.isSet(QStringLiteral("no-front-matter")))
        options.flavour = MarkdownFlavour::CommonMark;
    if (arguments.isSet(QStringLiteral("flavour"))) {
        const QString key = arguments.value(QStringLiteral("flavour"));
        const auto flavour = flavourFromKey(key);
        if (!flavour)
            return arguments.fail(
                    Tr::tr("unknown flavour \"%1\"; use static-site, commonmark or blog-editor.").arg(key));
        if (arguments.isSet(QStringLiteral("no-front-matter")) && *flavour != MarkdownFlavour::CommonMark)
            return arguments.fail(Tr::tr("--no-front-matter is the commonmark flavour; give one or the other."));
        options.flavour = *flavour;
    }
    options.publicOnly = arguments.isSet(QStringLiteral("public"));
    if (*year == 0 && *format != ExportFormat::Json)
        return arguments.fail(Tr::tr("give the year to export with --year N (only json exports every year)."));
    if (*format == ExportFormat::Pdf && output.isEmpty())
        return arguments.fail(Tr::tr("a PDF needs --output FILE."));

    auto database = openDatabase(arguments, false);
    if (!database)
        return CannotOpenDatabase;
    // Without --lang, the headings follow the language the database is written in.
    if (languageCode.isEmpty())
        options.language = databaseLanguage(database->connectionName()).value_or(options.language);
    // An export profile renames the parts' headings (issue 14); it lives in the database, so it is looked up
    // once the database is open. A name that is not there is a usage error, like an unknown format.
    if (arguments.isSet(QStringLiteral("profile"))) {
        const QString name = arguments.value(QStringLiteral("profile"));
        auto profile = ExportProfileRepository(database->connectionName()).byName(name);
        if (!profile.ok()) {
            if (profile.error().code != Error::Code::NotFound)
                return arguments.fail(profile.error().message);
            auto names = ExportProfileRepository(database->connectionName()).names();
            const QString known = names.ok() && !names->isEmpty() ? names->join(QStringLiteral(", ")) : QString();
            return arguments.fail(known.isEmpty()
                                          ? Tr::tr("unknown export profile \"%1\"; the database has none.").arg(name)
                                          : Tr::tr("unknown export profile \"%1\"; use one of: %2.").arg(name, known));
        }
        options.headings = profile->headings;
    }
    std::optional<Id> yearId;
    if (*year != 0) {
        auto found = YearRepository(database->connectionName()).byNumber(*year);
        if (!found.ok())
            return arguments.fail(found.error().message);
        yearId = found->id;
    }
    if (!output.isEmpty()) {
        const Status written = exportToFile(database->connectionName(), yearId, *format, options, output);
        if (!written.ok())
            return arguments.fail(written.error().message);
        return Success;
    }
    auto text = exportText(database->connectionName(), yearId, *format, options);
    if (!text.ok())
        return arguments.fail(text.error().message);
    context.out << QString::fromUtf8(*text);
    context.out.flush();
    return Success;
}

} // namespace hoego::cli
