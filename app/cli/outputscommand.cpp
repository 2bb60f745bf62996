// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "command.h"
#include "commandline.h"
#include "i18n/particles.h"
#include "model/outputkinds.h"
#include "opendatabase.h"
#include "progress/goalprogress.h"
#include "storage/repositories.h"
#include "storage/sql.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace hoego::cli {
namespace {

// Names the context of this file's strings for tr() and for lupdate alike.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hoego::cli)
};

QString linkText(const QUrl &url)
{
    return url.isEmpty() ? QString() : url.toString(QUrl::FullyEncoded);
}

// id, year, date, kind, title, link: one output per line.
QString outputLine(const Output &output)
{
    return QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6")
            .arg(output.id)
            .arg(output.date.year())
            .arg(output.date.toIsoString(), output.kind, output.title.simplified(), linkText(output.link));
}

// id, status, progress, title: a goal as `hoego goals` prints it.
QString goalLine(const Goal &goal)
{
    return QStringLiteral("%1\t%2\t%3\t%4")
            .arg(goal.id)
            .arg(goalStatusKey(goal.status), progress::label(goal), goal.title);
}

} // namespace

int runOutputs(Context &context)
{
    CommandArguments arguments(context, QStringLiteral("outputs"));
    if (!arguments.parse({QCommandLineOption(QStringLiteral("year"), QString(), QStringLiteral("N")),
                          QCommandLineOption(QStringLiteral("kind"), QString(), QStringLiteral("K")),
                          QCommandLineOption(QStringLiteral("json"))},
                         0, 0))
        return Failure;
    const std::optional<int> year = arguments.year();
    if (!year)
        return Failure;
    // "글" and "posts" name the built-in kind as the database stores it.
    const QString kind = arguments.isSet(QStringLiteral("kind"))
            ? outputkinds::fromText(arguments.value(QStringLiteral("kind")))
            : QString();
    auto database = openDatabase(arguments, false);
    if (!database)
        return CannotOpenDatabase;
    Repositories repos(database->connectionName());
    auto years = repos.years.overviews();
    auto areas = repos.areas.all();
    if (!years.ok() || !areas.ok())
        return arguments.fail((!years.ok() ? years.error() : areas.error()).message);
    QHash<Id, QString> areaNames;
    for (const Area &area : areas.value())
        areaNames.insert(area.id, area.name);
    bool found = *year == 0;
    QJsonArray array;
    for (const YearOverview &overview : years.value()) {
        if (*year != 0 && overview.year.number != *year)
            continue;
        found = true;
        auto outputs = repos.outputs.forYear(overview.year.id);
        if (!outputs.ok())
            return arguments.fail(outputs.error().message);
        for (const Output &output : outputs.value()) {
            if (!kind.isEmpty() && output.kind != kind)
                continue;
            if (!arguments.isSet(QStringLiteral("json"))) {
                context.out << outputLine(output) << '\n';
                continue;
            }
            auto goals = repos.evidence.goalsOf(EvidenceSource::Output, output.id);
            if (!goals.ok())
                return arguments.fail(goals.error().message);
            QJsonArray goalArray;
            for (const Id goal : goals.value())
                goalArray.append(goal);
            array.append(QJsonObject{
                    {QStringLiteral("id"), output.id},
                    {QStringLiteral("year"), overview.year.number},
                    {QStringLiteral("kind"), output.kind},
                    {QStringLiteral("title"), output.title},
                    {QStringLiteral("date"), output.date.toIsoString()},
                    {QStringLiteral("link"), linkText(output.link)},
                    {QStringLiteral("venue"), output.venue},
                    {QStringLiteral("area"),
                     areaNames.contains(output.areaId) ? QJsonValue(areaNames.value(output.areaId)) : QJsonValue()},
                    {QStringLiteral("notes"), output.notes},
                    {QStringLiteral("goals"), goalArray}});
        }
    }
    if (!found)
        return arguments.fail(Tr::tr("there is no year %1.").arg(*year));
    if (arguments.isSet(QStringLiteral("json")))
        context.out << QString::fromUtf8(
                QJsonDocument(QJsonObject{{QStringLiteral("outputs"), array}}).toJson(QJsonDocument::Indented));
    context.out.flush();
    return Success;
}

namespace {

// `hoego output add`: a new output of a year, linked to a goal with --goal in the same transaction.
int addOutput(CommandArguments &arguments, const QString &usage)
{
    Context &context = arguments.context();
    const std::optional<int> year = arguments.year();
    if (!year)
        return Failure;
    if (*year == 0 || !arguments.isSet(QStringLiteral("kind")) || !arguments.isSet(QStringLiteral("title"))
        || arguments.isSet(QStringLiteral("no-link")) || arguments.isSet(QStringLiteral("no-venue")))
        return arguments.fail(usage);
    Output output;
    output.kind = arguments.value(QStringLiteral("kind"));
    output.title = arguments.value(QStringLiteral("title"));
    output.date = PartialDate::ofYear(*year);
    if (arguments.isSet(QStringLiteral("date"))) {
        output.date = PartialDate::fromIsoString(arguments.value(QStringLiteral("date")));
        if (!output.date.isValid() || output.date.year() != *year)
            return arguments.fail(i18n::fillWords(Tr::tr("--date needs a date in %1 (YYYY, YYYY-MM or YYYY-MM-DD), "
                                                         "not \"%2\"."),
                                                  *year, arguments.value(QStringLiteral("date"))));
    }
    if (arguments.isSet(QStringLiteral("link")))
        output.link = QUrl(arguments.value(QStringLiteral("link")));
    output.venue = arguments.value(QStringLiteral("venue"));
    Id goalId = 0;
    if (arguments.isSet(QStringLiteral("goal"))) {
        const std::optional<qint64> parsed = wholeNumber(arguments.value(QStringLiteral("goal")));
        if (!parsed || *parsed <= 0)
            return arguments.fail(
                    i18n::fillWords(Tr::tr("\"%1\" is not a goal id."), arguments.value(QStringLiteral("goal"))));
        goalId = *parsed;
    }
    // Refused before the database is opened: nothing is created for a bad value.
    if (auto clean = OutputRepository::cleaned(output); !clean.ok())
        return arguments.fail(clean.error().message);
    auto database = openExistingForChange(arguments);
    if (!database)
        return CannotOpenDatabase;
    Repositories repos(database->connectionName());
    auto yearRow = repos.years.byNumber(*year);
    if (!yearRow.ok())
        return arguments.fail(Tr::tr("there is no year %1.").arg(*year));
    output.yearId = yearRow->id;
    // Adding it and linking it to the goal is one intent: both or neither.
    auto added = sql::inTransaction(database->connectionName(), [&]() -> Result<Id> {
        auto id = repos.outputs.create(output);
        if (!id.ok() || goalId == 0)
            return id;
        if (auto linked = repos.evidence.link(goalId, EvidenceSource::Output, *id); !linked.ok())
            return linked.error();
        return id;
    });
    if (!added.ok())
        return arguments.fail(added.error().message);
    auto stored = repos.outputs.get(*added);
    if (!stored.ok())
        return arguments.fail(stored.error().message);
    context.out << outputLine(stored.value()) << '\n';
    if (goalId != 0) {
        auto goal = repos.goals.get(goalId);
        if (!goal.ok())
            return arguments.fail(goal.error().message);
        context.out << goalLine(goal.value()) << '\n';
    }
    context.out.flush();
    return Success;
}

// `hoego output edit ID`: rewrites the fields given; the output stays in its year.
int editOutput(CommandArguments &arguments, const QString &usage, Id id)
{
    Context &context = arguments.context();
    if (arguments.isSet(QStringLiteral("year")) || arguments.isSet(QStringLiteral("goal")))
        return arguments.fail(usage);
    const QStringList fields{QStringLiteral("title"),   QStringLiteral("date"),  QStringLiteral("link"),
                             QStringLiteral("kind"),    QStringLiteral("venue"), QStringLiteral("no-link"),
                             QStringLiteral("no-venue")};
    if (std::none_of(fields.cbegin(), fields.cend(), [&](const QString &field) { return arguments.isSet(field); }))
        return arguments.fail(Tr::tr("nothing to change: give --title, --date, --link, --kind or --venue."));
    // A value cannot be empty on the command line (that is usually a mistake), so clearing has its own options.
    if ((arguments.isSet(QStringLiteral("link")) && arguments.isSet(QStringLiteral("no-link")))
        || (arguments.isSet(QStringLiteral("venue")) && arguments.isSet(QStringLiteral("no-venue"))))
        return arguments.fail(Tr::tr("give either --link or --no-link, and either --venue or --no-venue."));
    auto database = openExistingForChange(arguments);
    if (!database)
        return CannotOpenDatabase;
    Repositories repos(database->connectionName());
    auto stored = repos.outputs.get(id);
    if (!stored.ok())
        return arguments.fail(stored.error().message);
    Output output = stored.value();
    if (arguments.isSet(QStringLiteral("title")))
        output.title = arguments.value(QStringLiteral("title"));
    if (arguments.isSet(QStringLiteral("kind")))
        output.kind = arguments.value(QStringLiteral("kind"));
    if (arguments.isSet(QStringLiteral("venue")))
        output.venue = arguments.value(QStringLiteral("venue"));
    if (arguments.isSet(QStringLiteral("link")))
        output.link = QUrl(arguments.value(QStringLiteral("link")));
    if (arguments.isSet(QStringLiteral("no-link")))
        output.link.clear();
    if (arguments.isSet(QStringLiteral("no-venue")))
        output.venue.clear();
    if (arguments.isSet(QStringLiteral("date"))) {
        const int year = output.date.year();
        output.date = PartialDate::fromIsoString(arguments.value(QStringLiteral("date")));
        if (!output.date.isValid() || output.date.year() != year)
            return arguments.fail(i18n::fillWords(Tr::tr("--date needs a date in %1 (YYYY, YYYY-MM or YYYY-MM-DD), "
                                                         "not \"%2\"."),
                                                  year, arguments.value(QStringLiteral("date"))));
    }
    if (Status updated = repos.outputs.update(output); !updated.ok())
        return arguments.fail(updated.error().message);
    auto updated = repos.outputs.get(id);
    if (!updated.ok())
        return arguments.fail(updated.error().message);
    context.out << outputLine(updated.value()) << '\n';
    context.out.flush();
    return Success;
}

// `hoego output remove ID`: deletes the output with its evidence links; prints it, then each goal it fed as that
// goal stands now (a goal counting its evidence may have gone below its target and reopened).
int removeOutput(CommandArguments &arguments, const QString &usage, Id id)
{
    Context &context = arguments.context();
    for (const char *option : {"year", "kind", "title", "date", "link", "goal", "venue", "no-link", "no-venue"}) {
        if (arguments.isSet(QLatin1String(option)))
            return arguments.fail(usage);
    }
    auto database = openExistingForChange(arguments);
    if (!database)
        return CannotOpenDatabase;
    Repositories repos(database->connectionName());
    auto snapshot = repos.outputs.snapshot(id);
    if (!snapshot.ok())
        return arguments.fail(snapshot.error().message);
    if (Status removed = repos.outputs.remove(id); !removed.ok())
        return arguments.fail(removed.error().message);
    context.out << outputLine(snapshot->output) << '\n';
    for (const Id goalId : snapshot->evidenceFor) {
        auto goal = repos.goals.get(goalId);
        if (!goal.ok())
            return arguments.fail(goal.error().message);
        context.out << goalLine(goal.value()) << '\n';
    }
    context.out.flush();
    return Success;
}

} // namespace

int runOutput(Context &context)
{
    CommandArguments arguments(context, QStringLiteral("output"));
    if (!arguments.parse({QCommandLineOption(QStringLiteral("year"), QString(), QStringLiteral("N")),
                          QCommandLineOption(QStringLiteral("kind"), QString(), QStringLiteral("K")),
                          QCommandLineOption(QStringLiteral("title"), QString(), QStringLiteral("T")),
                          QCommandLineOption(QStringLiteral("date"), QString(), QStringLiteral("D")),
                          QCommandLineOption(QStringLiteral("link"), QString(), QStringLiteral("URL")),
                          QCommandLineOption(QStringLiteral("venue"), QString(), QStringLiteral("V")),
                          QCommandLineOption(QStringLiteral("goal"), QString(), QStringLiteral("ID")),
                          QCommandLineOption(QStringLiteral("no-link")),
                          QCommandLineOption(QStringLiteral("no-venue"))},
                         1, 2))
        return Failure;
    const QString usage = Tr::tr("usage: hoego output add --year N --kind K --title T [--date D] [--link URL] "
                                 "[--venue V] [--goal ID] | output edit ID [--title T] [--date D] "
                                 "[--link URL | --no-link] [--kind K] [--venue V | --no-venue] | output remove ID");
    const QStringList args = arguments.positional();
    const QString action = args.constFirst();
    if (action == QLatin1String("add") && args.size() == 1)
        return addOutput(arguments, usage);
    if ((action != QLatin1String("edit") && action != QLatin1String("remove")) || args.size() != 2)
        return arguments.fail(usage);
    const std::optional<qint64> id = wholeNumber(args[1]);
    if (!id || *id <= 0)
        return arguments.fail(i18n::fillWords(Tr::tr("\"%1\" is not an output id."), args[1]));
    return action == QLatin1String("edit") ? editOutput(arguments, usage, *id) : removeOutput(arguments, usage, *id);
}

int printGoalEvidence(CommandArguments &arguments, Id goalId)
{
    auto database = openDatabase(arguments, false);
    if (!database)
        return CannotOpenDatabase;
    Repositories repos(database->connectionName());
    if (auto goal = repos.goals.get(goalId); !goal.ok())
        return arguments.fail(goal.error().message);
    auto evidence = repos.evidence.forGoal(goalId);
    if (!evidence.ok())
        return arguments.fail(evidence.error().message);
    // source, id, date, kind (outputs only), title, link
    for (const EvidenceItem &item : evidence.value())
        arguments.context().out << (item.link.source == EvidenceSource::Output ? "output" : "event") << '\t'
                                << item.link.sourceId << '\t' << item.date.toIsoString() << '\t' << item.kind << '\t'
                                << item.title.simplified() << '\t' << linkText(item.url) << '\n';
    arguments.context().out.flush();
    return Success;
}

int changeGoalEvidence(CommandArguments &arguments, Id goalId, const QString &outputText, bool add)
{
    Context &context = arguments.context();
    const std::optional<qint64> outputId = wholeNumber(outputText);
    if (!outputId || *outputId <= 0)
        return arguments.fail(i18n::fillWords(Tr::tr("\"%1\" is not an output id."), outputText));
    auto database = openExistingForChange(arguments);
    if (!database)
        return CannotOpenDatabase;
    Repositories repos(database->connectionName());
    if (auto goal = repos.goals.get(goalId); !goal.ok())
        return arguments.fail(goal.error().message);
    if (auto output = repos.outputs.get(*outputId); !output.ok())
        return arguments.fail(output.error().message);
    if (add) {
        if (auto linked = repos.evidence.link(goalId, EvidenceSource::Output, *outputId); !linked.ok())
            return arguments.fail(linked.error().message);
    } else {
        auto link = repos.evidence.find(goalId, EvidenceSource::Output, *outputId);
        if (!link.ok())
            return arguments.fail(link.error().message);
        if (link->id == 0)
            return arguments.fail(i18n::fillWords(Tr::tr("output %1 is not evidence for goal %2."), *outputId, goalId));
        if (Status unlinked = repos.evidence.unlink(link->id); !unlinked.ok())
            return arguments.fail(unlinked.error().message);
    }
    auto goal = repos.goals.get(goalId);
    if (!goal.ok())
        return arguments.fail(goal.error().message);
    context.out << goalLine(goal.value()) << '\n';
    context.out.flush();
    return Success;
}

} // namespace hoego::cli
