// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "command.h"
#include "commandline.h"
#include "i18n/particles.h"
#include "opendatabase.h"

#include "areas/startingareas.h"
#include "io/importer.h"
#include "io/safefile.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTemporaryDir>

namespace hoego::cli {
namespace {

// Names the context of this file's strings for tr() and for lupdate alike.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hoego::cli)
};

QList<QCommandLineOption> importOptions()
{
    return {QCommandLineOption(QStringLiteral("format"), QString(), QStringLiteral("FORMAT")),
            QCommandLineOption(QStringLiteral("year"), QString(), QStringLiteral("N")),
            QCommandLineOption(QStringLiteral("merge")), QCommandLineOption(QStringLiteral("dry-run")),
            QCommandLineOption(QStringLiteral("map"), QString(), QStringLiteral("HEADING=KIND..."))};
}

// --map "HEADING=KIND" overrides what a part of a Markdown post becomes; every heading must exist.
bool applyMaps(const CommandArguments &arguments, const QStringList &maps, MarkdownDocument *document)
{
    for (const QString &map : maps) {
        const qsizetype equals = map.lastIndexOf(QLatin1Char('='));
        const QString heading = map.left(equals).simplified();
        // "goals:2023" gives the goals to that year: the post's own (how they went) or another.
        QString kindText = equals > 0 ? map.mid(equals + 1) : QString();
        int goalYear = 0;
        if (const qsizetype colon = kindText.indexOf(QLatin1Char(':')); colon > 0) {
            bool number = false;
            goalYear = kindText.mid(colon + 1).trimmed().toInt(&number);
            if (!number || goalYear < 1900 || goalYear > 2200)
                goalYear = -1;
            kindText.truncate(colon);
        }
        const auto kind = equals > 0 ? partKindFromKey(kindText) : std::nullopt;
        if (!kind || goalYear < 0 || (goalYear != 0 && *kind != MarkdownPart::Kind::Goals)) {
            arguments.fail(Tr::tr("--map takes \"HEADING=KIND\" with KIND one of section, events, tech-events, themes, "
                                  "questions, lessons, unfinished, goals (or goals:YEAR), closing-note, summary, "
                                  "outputs, skip (got \"%1\").")
                                   .arg(map));
            return false;
        }
        bool found = false;
        for (MarkdownPart &part : document->parts) {
            if (part.heading.simplified().compare(heading, Qt::CaseInsensitive) == 0) {
                part.kind = *kind;
                if (goalYear != 0)
                    part.goalYear = goalYear;
                found = true;
            }
        }
        if (!found) {
            arguments.fail(Tr::tr("the post has no heading \"%1\" (see the parts with --dry-run).").arg(heading));
            return false;
        }
    }
    return true;
}

// What each part would create, counted by building that part alone.
QString partCounts(const MarkdownDocument &document, qsizetype index, const QStringList &areas)
{
    const ImportBatch batch = markdownPartBatch(document, index, areas);
    int events = 0, sections = 0, lessons = 0, unfinished = 0, goals = 0, themes = 0, questions = 0, outputs = 0;
    for (const YearData &year : batch.years) {
        events += int(year.events.size());
        sections += int(year.sections.size());
        lessons += int(year.lessons.size());
        unfinished += int(year.unfinished.size());
        goals += int(year.goals.size());
        themes += int(year.themes.size());
        questions += int(year.questions.size());
        outputs += int(year.outputs.size());
    }
    QStringList parts;
    const auto add = [&parts](int count, const char *what) {
        if (count > 0)
            parts << QStringLiteral("%1 %2").arg(count).arg(QLatin1String(what));
    };
    add(events, "events");
    add(sections, "sections");
    add(lessons, "lessons");
    add(unfinished, "unfinished");
    add(goals, "goals");
    add(themes, "themes");
    add(questions, "questions");
    add(outputs, "outputs");
    if (document.parts[index].kind == MarkdownPart::Kind::ClosingNote
        && !document.parts[index].body.trimmed().isEmpty())
        parts << QStringLiteral("closing note");
    if (document.parts[index].kind == MarkdownPart::Kind::Summary && !document.parts[index].body.trimmed().isEmpty())
        parts << QStringLiteral("summary");
    return parts.join(QStringLiteral(", "));
}

void printTree(QTextStream &out, const MarkdownDocument &document, const QStringList &areas)
{
    out << QCoreApplication::translate("hoego::cli", "%1: the year %2, %n part(s):", nullptr,
                                       int(document.parts.size()))
                    .arg(document.fileName)
                    .arg(document.year)
        << '\n';
    for (qsizetype p = 0; p < document.parts.size(); ++p) {
        const MarkdownPart &part = document.parts[p];
        const QString indent(2 * qMax(1, part.level - document.partLevel + 1), QLatin1Char(' '));
        QString line = QStringLiteral("%1%2 %3 (line %4) -> %5")
                               .arg(indent, QString(part.level, QLatin1Char('#')), part.heading)
                               .arg(part.line)
                               .arg(partKindKey(part.kind));
        if (part.kind == MarkdownPart::Kind::Goals)
            line += QStringLiteral(" %1").arg(part.goalYear);
        if (const QString counts = partCounts(document, p, areas); !counts.isEmpty())
            line += QStringLiteral(": ") + counts;
        out << line << '\n';
    }
    for (const QString &left : document.leftOut)
        out << QCoreApplication::translate("hoego::cli", "  left out: %1").arg(left) << '\n';
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
        return arguments.fail(Tr::tr("give the file or folder to import."));
    ImportRequest request;
    request.path = arguments.positional().first();
    request.year = *year;
    ImportOptions options;
    options.dryRun = arguments.isSet(QStringLiteral("dry-run"));
    options.mergeIntoExisting = arguments.isSet(QStringLiteral("merge"));
    // As in the window: a file's "Life" joins the database's "삶" rather than standing beside it.
    options.areaAliases = translatedStartingAreaNames();
    if (!QFileInfo::exists(request.path))
        return arguments.fail(i18n::fillWords(Tr::tr("%1 does not exist."), request.path));
    const QString format = arguments.value(QStringLiteral("format"));
    if (format.isEmpty()) {
        request.format = guessImportFormat(request.path);
    } else if (const auto known = importFormatFromName(format)) {
        request.format = *known;
    } else {
        return arguments.fail(Tr::tr("unknown format \"%1\"; use md, json or rednotebook.").arg(format));
    }
    const QStringList maps = arguments.values(QStringLiteral("map"));
    if (!maps.isEmpty() && request.format != ImportFormat::Markdown)
        return arguments.fail(Tr::tr("--map applies to Markdown posts only."));
    // A pipe or a device would block or never end: refused before the database is even opened. A journal
    // folder's month files are *.txt.
    const bool folder = QFileInfo(request.path).isDir() && request.format == ImportFormat::RedNotebook;
    const Status usable
            = folder ? checkInputFolder(request.path, {QStringLiteral("*.txt")}) : checkInputFile(request.path);
    if (!usable.ok())
        return arguments.fail(usable.error().message);

    // A dry run never creates a database: without one it checks against an empty database of its own.
    QTemporaryDir scratch;
    std::unique_ptr<Database> database;
    const QString target = context.databasePath.isEmpty() ? Database::defaultPath() : context.databasePath;
    if (options.dryRun && !QFileInfo::exists(target)) {
        auto opened = Database::open(scratch.filePath(QStringLiteral("dry-run.sqlite")));
        if (!opened.ok())
            return arguments.fail(opened.error().message, CannotOpenDatabase);
        database = std::move(opened).value();
    } else {
        database = openDatabase(arguments, true);
    }
    if (!database)
        return CannotOpenDatabase;

    Result<ImportResult> result = Error::invalid({});
    if (request.format == ImportFormat::Markdown) {
        auto document = readMarkdownDocument(request.path, request.year);
        if (!document.ok())
            return arguments.fail(document.error().message);
        if (!applyMaps(arguments, maps, &document.value()))
            return Failure;
        const QStringList areas = areaNames(database->connectionName());
        if (options.dryRun)
            printTree(context.out, *document, areas);
        result = writeImportBatch(database->connectionName(), markdownBatch(*document, areas), options);
    } else {
        result = importFile(database->connectionName(), request, options);
    }
    if (!result.ok())
        return arguments.fail(result.error().message);
    if (options.dryRun)
        context.out << Tr::tr("Dry run: nothing was written. The import would add:") << '\n';
    for (const QString &line : result->countLines())
        context.out << line << '\n';
    context.out.flush();
    return Success;
}

} // namespace hoego::cli
