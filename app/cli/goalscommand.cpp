// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "command.h"
#include "commandline.h"
#include "i18n/particles.h"
#include "opendatabase.h"
#include "progress/goalcounts.h"
#include "progress/goalprogress.h"
#include "storage/repositories.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <limits>

namespace hoego::cli {
namespace {

// Names the context of this file's strings for tr() and for lupdate alike.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hoego::cli)
};

} // namespace

// A goal's evidence, one line each, and linking or unlinking an output (outputscommand.cpp).
int printGoalEvidence(CommandArguments &arguments, Id goalId);
int changeGoalEvidence(CommandArguments &arguments, Id goalId, const QString &outputText, bool add);

namespace {

QString goalLine(const Goal &goal)
{
    return QStringLiteral("%1\t%2\t%3\t%4")
            .arg(goal.id)
            .arg(goalStatusKey(goal.status), progress::label(goal), goal.title);
}

QJsonValue dateOrNull(QDate day)
{
    return day.isValid() ? QJsonValue(day.toString(Qt::ISODate)) : QJsonValue();
}

// The keys and value forms of the JSON export's goal (FORMATS.md), plus what only the listing adds: the year,
// the progress label and fraction, and carried_from as the id of the goal it continues.
QJsonObject goalJson(const Goal &goal, int yearNumber, const QHash<Id, QString> &areaNames)
{
    QJsonArray milestones;
    for (const Milestone &milestone : goal.milestones)
        milestones.append(QJsonObject{{QStringLiteral("title"), milestone.title},
                                      {QStringLiteral("done"), milestone.done},
                                      {QStringLiteral("done_on"), dateOrNull(milestone.doneOn)}});
    QJsonArray links;
    for (const EvidenceLink &link : goal.links)
        links.append(QJsonObject{{QStringLiteral("label"), link.label},
                                 {QStringLiteral("url"), link.url.toString(QUrl::FullyEncoded)}});
    QJsonObject object{
            {QStringLiteral("id"), goal.id},
            {QStringLiteral("year"), yearNumber},
            {QStringLiteral("title"), goal.title},
            {QStringLiteral("area"),
             areaNames.contains(goal.areaId) ? QJsonValue(areaNames.value(goal.areaId)) : QJsonValue()},
            {QStringLiteral("notes"), goal.notes},
            {QStringLiteral("kind"), goalKindKey(goal.kind)},
            {QStringLiteral("status"), goalStatusKey(goal.status)},
            {QStringLiteral("done_on"), dateOrNull(goal.doneOn)},
            {QStringLiteral("drop_reason"), goal.dropReason},
            {QStringLiteral("carried_from"), goal.carriedFromId != 0 ? QJsonValue(goal.carriedFromId) : QJsonValue()},
            {QStringLiteral("milestones"), milestones},
            {QStringLiteral("links"), links},
            {QStringLiteral("progress"), progress::label(goal)},
            {QStringLiteral("fraction"), progress::fraction(goal)}};
    if (goal.kind == GoalKind::Count) {
        object.insert(QStringLiteral("current"), goal.current);
        object.insert(QStringLiteral("target"), goal.target);
    }
    return object;
}

QJsonObject countsJson(const progress::GoalCounts &counts, int yearNumber)
{
    return {{QStringLiteral("year"), yearNumber},
            {QStringLiteral("done"), counts.done},
            {QStringLiteral("in_progress"), counts.inProgress},
            {QStringLiteral("open"), counts.open},
            {QStringLiteral("dropped"), counts.dropped},
            {QStringLiteral("carried"), counts.carried},
            {QStringLiteral("total"), counts.total()},
            {QStringLiteral("percent"), counts.percent()}};
}

// The year to list: the one asked for, or the latest year that has goals. Returns false with a message.
bool chooseYear(Repositories &repos, int requested, YearOverview *chosen, QString *error)
{
    auto years = repos.years.overviews();
    if (!years.ok()) {
        *error = years.error().message;
        return false;
    }
    for (auto it = years->crbegin(); it != years->crend(); ++it) {
        if (requested != 0 ? it->year.number == requested : it->goalCount > 0) {
            *chosen = *it;
            return true;
        }
    }
    if (requested != 0)
        *error = Tr::tr("there is no year %1.").arg(requested);
    return requested == 0; // no goals anywhere: an empty list, not an error
}

} // namespace

int runGoals(Context &context)
{
    CommandArguments arguments(context, QStringLiteral("goals"));
    if (!arguments.parse({QCommandLineOption(QStringLiteral("year"), QString(), QStringLiteral("N")),
                          QCommandLineOption(QStringLiteral("json")), QCommandLineOption(QStringLiteral("summary"))},
                         0, 0))
        return Failure;
    const std::optional<int> year = arguments.year();
    if (!year)
        return Failure;
    const bool json = arguments.isSet(QStringLiteral("json"));
    const bool summary = arguments.isSet(QStringLiteral("summary"));
    auto database = openDatabase(arguments, false);
    if (!database)
        return CannotOpenDatabase;
    Repositories repos(database->connectionName());
    YearOverview chosen;
    QString error;
    if (!chooseYear(repos, *year, &chosen, &error))
        return arguments.fail(error);
    QList<Goal> goals;
    if (chosen.year.id != 0) {
        auto loaded = repos.goals.forYear(chosen.year.id);
        if (!loaded.ok())
            return arguments.fail(loaded.error().message);
        goals = loaded.value();
    }
    QHash<Id, QString> areaNames;
    if (json && !summary) {
        auto areas = repos.areas.all();
        if (!areas.ok())
            return arguments.fail(areas.error().message);
        for (const Area &area : areas.value())
            areaNames.insert(area.id, area.name);
    }
    // The counts follow the one rule of progress/goalcounts.h, as the window and the exports do.
    const progress::GoalCounts counts = progress::countGoals(goals);
    if (summary && json) {
        context.out << QString::fromUtf8(
                QJsonDocument(countsJson(counts, chosen.year.number)).toJson(QJsonDocument::Indented));
    } else if (summary) {
        context.out << chosen.year.number << '\t' << progress::CountsText::line(counts) << '\n';
    } else if (json) {
        QJsonArray array;
        for (const Goal &goal : goals)
            array << goalJson(goal, chosen.year.number, areaNames);
        context.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    } else {
        for (const Goal &goal : goals)
            context.out << goalLine(goal) << '\n';
    }
    context.out.flush();
    return Success;
}

int runGoal(Context &context)
{
    CommandArguments arguments(context, QStringLiteral("goal"));
    if (!arguments.parse({QCommandLineOption(QStringLiteral("on"), QString(), QStringLiteral("date")),
                          QCommandLineOption(QStringLiteral("add"), QString(), QStringLiteral("OUTPUT_ID")),
                          QCommandLineOption(QStringLiteral("remove"), QString(), QStringLiteral("OUTPUT_ID"))},
                         2, 3))
        return Failure;
    const QStringList args = arguments.positional();
    const QString usage
            = Tr::tr("usage: hoego goal check ID [--on YYYY-MM-DD] | goal uncheck ID | goal progress ID N | "
                     "goal evidence ID [--add OUTPUT_ID | --remove OUTPUT_ID]");
    const QString action = args[0];
    const bool adding = arguments.isSet(QStringLiteral("add"));
    const bool removing = arguments.isSet(QStringLiteral("remove"));
    if (action == QLatin1String("evidence")) {
        const std::optional<qint64> goalId = args.size() == 2 ? wholeNumber(args[1]) : std::nullopt;
        if (!goalId || *goalId <= 0 || arguments.isSet(QStringLiteral("on")) || (adding && removing))
            return arguments.fail(usage);
        if (adding || removing)
            return changeGoalEvidence(arguments, *goalId,
                                      arguments.value(adding ? QStringLiteral("add") : QStringLiteral("remove")),
                                      adding);
        return printGoalEvidence(arguments, *goalId);
    }
    if (adding || removing)
        return arguments.fail(usage);
    const bool isProgress = action == QLatin1String("progress");
    if ((action != QLatin1String("check") && action != QLatin1String("uncheck") && !isProgress)
        || args.size() != (isProgress ? 3 : 2))
        return arguments.fail(usage);
    const std::optional<qint64> parsedId = wholeNumber(args[1]);
    if (!parsedId || *parsedId <= 0)
        return arguments.fail(i18n::fillWords(Tr::tr("\"%1\" is not a goal id."), args[1]));
    const Id id = *parsedId;
    // The day it was done, when that was not today (the goals of a past year checked off later).
    QDate doneOn;
    if (arguments.isSet(QStringLiteral("on"))) {
        doneOn = QDate::fromString(arguments.value(QStringLiteral("on")), Qt::ISODate);
        if (action != QLatin1String("check"))
            return arguments.fail(usage);
        if (!doneOn.isValid() || doneOn > QDate::currentDate())
            return arguments.fail(i18n::fillWords(Tr::tr("--on needs a date that has come, as YYYY-MM-DD, not \"%1\"."),
                                                  arguments.value(QStringLiteral("on"))));
    }
    int count = 0;
    if (isProgress) {
        const std::optional<qint64> parsedCount = wholeNumber(args[2]);
        if (!parsedCount || *parsedCount > std::numeric_limits<int>::max())
            return arguments.fail(
                    i18n::fillWords(Tr::tr("\"%1\" is not a count (a whole number, 0 or more)."), args[2]));
        count = int(*parsedCount);
    }
    auto database = openExistingForChange(arguments);
    if (!database)
        return CannotOpenDatabase;
    Repositories repos(database->connectionName());
    auto before = repos.goals.get(id);
    if (!before.ok())
        return arguments.fail(before.error().message);
    // A dropped or carried goal is decided; the board asks to reopen it first, and so does the command line.
    if (before->status == GoalStatus::Dropped || before->status == GoalStatus::CarriedOver)
        return arguments.fail(i18n::fillWords(Tr::tr("goal %1 is %2; reopen it in Hoego before changing it."), id,
                                              goalStatusKey(before->status)));
    Status changed = action == QLatin1String("check") ? repos.goals.check(id, doneOn)
            : action == QLatin1String("uncheck")      ? repos.goals.uncheck(id)
                                                      : repos.goals.setCount(id, count);
    if (!changed.ok())
        return arguments.fail(changed.error().message);
    auto goal = repos.goals.get(id);
    if (!goal.ok())
        return arguments.fail(goal.error().message);
    context.out << goalLine(goal.value()) << '\n';
    context.out.flush();
    return Success;
}

} // namespace hoego::cli
