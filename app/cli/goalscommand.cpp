#include "command.h"
#include "opendatabase.h"
#include "progress/goalprogress.h"
#include "storage/repositories.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace hoego::cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("hoego::cli", text);
}

QString goalLine(const Goal &goal)
{
    return QStringLiteral("%1\t%2\t%3\t%4")
            .arg(goal.id)
            .arg(goalStatusKey(goal.status), progress::label(goal), goal.title);
}

QJsonObject goalJson(const Goal &goal, int yearNumber)
{
    QJsonObject object{{QStringLiteral("id"), goal.id},
                       {QStringLiteral("year"), yearNumber},
                       {QStringLiteral("title"), goal.title},
                       {QStringLiteral("kind"), goalKindKey(goal.kind)},
                       {QStringLiteral("status"), goalStatusKey(goal.status)},
                       {QStringLiteral("progress"), progress::label(goal)},
                       {QStringLiteral("fraction"), progress::fraction(goal)}};
    if (goal.kind == GoalKind::Count) {
        object.insert(QStringLiteral("current"), goal.current);
        object.insert(QStringLiteral("target"), goal.target);
    }
    if (goal.doneOn.isValid())
        object.insert(QStringLiteral("doneOn"), goal.doneOn.toString(Qt::ISODate));
    if (!goal.dropReason.isEmpty())
        object.insert(QStringLiteral("dropReason"), goal.dropReason);
    return object;
}

int fail(Context &context, const QString &command, const QString &message)
{
    context.err << QStringLiteral("hoego %1: %2").arg(command, message) << Qt::endl;
    return Failure;
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
        *error = tr("there is no year %1.").arg(requested);
    return requested == 0; // no goals anywhere: an empty list, not an error
}

} // namespace

int runGoals(Context &context)
{
    int year = 0;
    bool json = false;
    const QStringList &args = context.arguments;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--json")) {
            json = true;
        } else if (args[i] == QLatin1String("--year") && i + 1 < args.size()) {
            bool ok = false;
            year = args[++i].toInt(&ok);
            if (!ok || year <= 0)
                return fail(context, QStringLiteral("goals"),
                            tr("--year needs a year number, not \"%1\".").arg(args[i]));
        } else {
            return fail(context, QStringLiteral("goals"),
                        tr("unexpected \"%1\". Usage: hoego goals [--year N] [--json]").arg(args[i]));
        }
    }
    auto database = openDatabase(context, false);
    if (!database)
        return CannotOpenDatabase;
    Repositories repos(database->connectionName());
    YearOverview chosen;
    QString error;
    if (!chooseYear(repos, year, &chosen, &error))
        return fail(context, QStringLiteral("goals"), error);
    QList<Goal> goals;
    if (chosen.year.id != 0) {
        auto loaded = repos.goals.forYear(chosen.year.id);
        if (!loaded.ok())
            return fail(context, QStringLiteral("goals"), loaded.error().message);
        goals = loaded.value();
    }
    if (json) {
        QJsonArray array;
        for (const Goal &goal : goals)
            array << goalJson(goal, chosen.year.number);
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
    const QString name = QStringLiteral("goal");
    const QStringList &args = context.arguments;
    const QString usage = tr("usage: hoego goal check ID | goal uncheck ID | goal progress ID N");
    if (args.size() < 2)
        return fail(context, name, usage);
    const QString action = args[0];
    const bool isProgress = action == QLatin1String("progress");
    if ((action != QLatin1String("check") && action != QLatin1String("uncheck") && !isProgress)
        || args.size() != (isProgress ? 3 : 2))
        return fail(context, name, usage);
    bool ok = false;
    const Id id = args[1].toLongLong(&ok);
    if (!ok || id <= 0)
        return fail(context, name, tr("\"%1\" is not a goal id.").arg(args[1]));
    int count = 0;
    if (isProgress) {
        count = args[2].toInt(&ok);
        if (!ok || count < 0)
            return fail(context, name, tr("\"%1\" is not a count (a whole number, 0 or more).").arg(args[2]));
    }
    // Changing a goal never creates a new, empty database where the user mistyped a path.
    if (!QFileInfo::exists(context.databasePath)) {
        context.err << tr("hoego: cannot open the database: %1 does not exist.").arg(context.databasePath) << Qt::endl;
        return CannotOpenDatabase;
    }
    auto database = openDatabase(context, true);
    if (!database)
        return CannotOpenDatabase;
    Repositories repos(database->connectionName());
    auto before = repos.goals.get(id);
    if (!before.ok())
        return fail(context, name, before.error().message);
    // A dropped or carried goal is decided; the board asks to reopen it first, and so does the command line.
    if (before->status == GoalStatus::Dropped || before->status == GoalStatus::CarriedOver)
        return fail(
                context, name,
                tr("goal %1 is %2; reopen it in Hoego before changing it.").arg(id).arg(goalStatusKey(before->status)));
    Status changed = action == QLatin1String("check") ? repos.goals.check(id)
            : action == QLatin1String("uncheck")      ? repos.goals.uncheck(id)
                                                      : repos.goals.setCount(id, count);
    if (!changed.ok())
        return fail(context, name, changed.error().message);
    auto goal = repos.goals.get(id);
    if (!goal.ok())
        return fail(context, name, goal.error().message);
    context.out << goalLine(goal.value()) << '\n';
    context.out.flush();
    return Success;
}

} // namespace hoego::cli
